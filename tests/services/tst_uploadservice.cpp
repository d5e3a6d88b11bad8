// The upload engine against the sandbox over HTTP with real files in a temporary folder and a
// real SQLite cache: small and segmented files reach Procore and are attached to a submittal,
// a second service on the same cache (a restart) does not send stored segments again, storage
// drops and expiry are survived, a vanished file fails with its reason, cancel stops.
#include "signedinfixture.h"

#include "cache/cachedatabase.h"
#include "uploads/uploadservice.h"
#include "uploads/uploadstore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

using namespace sitedesk;

namespace {

constexpr qint64 kCompany = Q_INT64_C(562949953421312);
constexpr qint64 kProject = Q_INT64_C(562949953600000);
constexpr qint64 kMiB = 1024 * 1024;

QByteArray pattern(qint64 size, int seed)
{
    QByteArray data(size, Qt::Uninitialized);
    for (qint64 i = 0; i < size; ++i)
        data[i] = char((seed + i * 7 + i / 4099) % 251);
    return data;
}

} // namespace

class TestUploadService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void smallFileIsAttachedToTheSubmittal();
    void twelveMegabytesGoInThreeCheckedSegments();
    void restartDoesNotSendStoredSegmentsAgain();
    void droppedStorageConnectionIsRetried();
    void expiredUploadStartsAgainCleanly();
    void vanishedFileFailsWithItsReason();
    void cancelStopsTheUpload();
    void networkLossPausesAndResumesWhenOnline();

private:
    QString writeFile(const QString &name, const QByteArray &data);
    UploadTarget target() const { return {kCompany, kProject, QStringLiteral("submittals"), m_submittalId}; }
    QJsonArray attachments();
    QJsonObject storageState(const QString &uuid);
    bool waitIdle(UploadService &service);
    // Waits until the entry has at least one stored segment.
    bool waitForFirstSegment(UploadService &service, qint64 id);

    std::unique_ptr<SignedInFixture> m_fixture;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CacheDatabase> m_cache;
    qint64 m_submittalId = 0;
    QString m_token;
};

void TestUploadService::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_fixture = std::make_unique<SignedInFixture>();
    QVERIFY(m_fixture->signIn());
    m_token = m_fixture->sandbox->issueTokens().access;
    const QJsonArray log = m_fixture->sandbox->listAll(QStringLiteral("/rest/v1.1/projects/%1/submittals").arg(kProject), m_token, kCompany);
    QVERIFY(!log.isEmpty());
    m_submittalId = log.first().toObject().value(QStringLiteral("id")).toInteger();
}

void TestUploadService::init()
{
    m_fixture->sandbox->clearFaults();
    m_fixture->api.setApiBase(m_fixture->sandbox->baseUrl());
    m_cache.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    m_cache = std::make_unique<CacheDatabase>(m_dir->filePath(QStringLiteral("sitedesk.sqlite")));
    QCOMPARE(m_cache->open(), CacheDatabase::OpenStatus::Created);
}

QString TestUploadService::writeFile(const QString &name, const QByteArray &data)
{
    QFile file(m_dir->filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
        return {};
    return file.fileName();
}

QJsonArray TestUploadService::attachments()
{
    const QString path = QStringLiteral("/rest/v1.1/projects/%1/submittals/%2").arg(kProject).arg(m_submittalId);
    return m_fixture->sandbox->get(path, m_token, kCompany).json().object().value(QStringLiteral("associated_attachments")).toArray();
}

QJsonObject TestUploadService::storageState(const QString &uuid)
{
    return m_fixture->sandbox->get(QStringLiteral("/__storage/uploads/%1").arg(uuid)).json().object();
}

bool TestUploadService::waitIdle(UploadService &service)
{
    return QTest::qWaitFor([&] { return service.isIdle(); }, 120000);
}

bool TestUploadService::waitForFirstSegment(UploadService &service, qint64 id)
{
    return QTest::qWaitFor([&] { return service.store()->entry(id)->bytesStored() > 0; }, 60000);
}

void TestUploadService::smallFileIsAttachedToTheSubmittal()
{
    const qsizetype before = attachments().size();
    const QString path = writeFile(QStringLiteral("Shop drawing Ä.pdf"), pattern(300 * 1024, 1));
    UploadService service(&m_fixture->api, &m_fixture->network);
    service.setCache(m_cache.get());
    service.start();
    const QList<qint64> ids = service.enqueue(target(), {path});
    QCOMPARE(ids.size(), 1);
    QVERIFY(waitIdle(service));
    const UploadEntry entry = *service.store()->entry(ids.first());
    QCOMPARE(entry.error, QString());
    QCOMPARE(entry.state, UploadEntry::State::Attached);
    const QJsonArray shown = attachments();
    QCOMPARE(shown.size(), before + 1);
    QCOMPARE(shown.last().toObject().value(QStringLiteral("filename")).toString(), QStringLiteral("Shop drawing Ä.pdf"));
    QCOMPARE(storageState(entry.uuid).value(QStringLiteral("size")).toInteger(), 300 * 1024);
}

void TestUploadService::twelveMegabytesGoInThreeCheckedSegments()
{
    const QByteArray data = pattern(12 * kMiB, 2);
    const QString path = writeFile(QStringLiteral("specs.bin"), data);
    UploadService service(&m_fixture->api, &m_fixture->network);
    service.setCache(m_cache.get());
    service.start();
    const qint64 id = service.enqueue(target(), {path}).value(0);
    QVERIFY(waitIdle(service));
    const UploadEntry entry = *service.store()->entry(id);
    QCOMPARE(entry.error, QString());
    QCOMPARE(entry.state, UploadEntry::State::Attached);
    QCOMPARE(entry.segments.size(), 3);
    const QJsonArray stored = storageState(entry.uuid).value(QStringLiteral("segments")).toArray();
    QCOMPARE(stored.size(), 3);
    for (int i = 0; i < 3; ++i) {
        const UploadSegment &segment = entry.segments.at(i);
        const QByteArray bytes = data.mid(segment.offset, segment.size);
        QCOMPARE(segment.sha256, QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
        const QJsonObject remote = stored.at(i).toObject();
        QCOMPARE(remote.value(QStringLiteral("etag")).toString(), segment.etag);
        QCOMPARE(remote.value(QStringLiteral("puts")).toInt(), 1);
    }
    QCOMPARE(service.progress(id).bytes, 12 * kMiB);
    QCOMPARE(attachments().last().toObject().value(QStringLiteral("filename")).toString(), QStringLiteral("specs.bin"));
}

void TestUploadService::restartDoesNotSendStoredSegmentsAgain()
{
    const QString path = writeFile(QStringLiteral("model.ifc"), pattern(26 * kMiB, 3));
    qint64 id = 0;
    QList<UploadSegment> storedBeforeQuit;
    {
        UploadService first(&m_fixture->api, &m_fixture->network);
    first.setCache(m_cache.get());
        first.start();
        id = first.enqueue(target(), {path}).value(0);
        QVERIFY(waitForFirstSegment(first, id));
        storedBeforeQuit = first.store()->entry(id)->segments;
    }   // quit mid-upload
    UploadService second(&m_fixture->api, &m_fixture->network);
    second.setCache(m_cache.get());
    QCOMPARE(second.store()->entry(id)->state, UploadEntry::State::Uploading);
    second.start();
    QVERIFY(waitIdle(second));
    const UploadEntry entry = *second.store()->entry(id);
    QCOMPARE(entry.state, UploadEntry::State::Attached);
    const QJsonArray remote = storageState(entry.uuid).value(QStringLiteral("segments")).toArray();
    int alreadyStored = 0;
    for (int i = 0; i < storedBeforeQuit.size(); ++i) {
        if (storedBeforeQuit.at(i).etag.isEmpty())
            continue;
        ++alreadyStored;
        QCOMPARE(remote.at(i).toObject().value(QStringLiteral("puts")).toInt(), 1);
    }
    QVERIFY(alreadyStored >= 1);
}

void TestUploadService::droppedStorageConnectionIsRetried()
{
    // Qt's network manager itself re-sends twice after a drop; four drops reach our own retry.
    m_fixture->sandbox->injectFault(QStringLiteral("drop"), 4, QStringLiteral("/__storage/"));
    const QString path = writeFile(QStringLiteral("photo.raw"), pattern(7 * kMiB, 4));
    UploadService service(&m_fixture->api, &m_fixture->network);
    service.setCache(m_cache.get());
    service.start();
    const qint64 id = service.enqueue(target(), {path}).value(0);
    QVERIFY(waitIdle(service));
    const UploadEntry entry = *service.store()->entry(id);
    QCOMPARE(entry.error, QString());
    QCOMPARE(entry.state, UploadEntry::State::Attached);
}

void TestUploadService::expiredUploadStartsAgainCleanly()
{
    const QString path = writeFile(QStringLiteral("late.bin"), pattern(16 * kMiB, 5));
    UploadService service(&m_fixture->api, &m_fixture->network);
    service.setCache(m_cache.get());
    service.start();
    const qint64 id = service.enqueue(target(), {path}).value(0);
    QVERIFY(waitForFirstSegment(service, id));
    const QString firstUuid = service.store()->entry(id)->uuid;
    const qint64 recordId = storageState(firstUuid).value(QStringLiteral("id")).toInteger();
    // An hour passes: the sandbox's upload expires and its storage answers 403.
    QCOMPARE(m_fixture->sandbox->postJson(QStringLiteral("/__admin/records/uploads/%1").arg(recordId), {{QStringLiteral("_expires_ms"), 0}}).status, 200);
    QVERIFY(waitIdle(service));
    const UploadEntry entry = *service.store()->entry(id);
    QCOMPARE(entry.error, QString());
    QCOMPARE(entry.state, UploadEntry::State::Attached);
    QVERIFY(entry.uuid != firstUuid);
    QCOMPARE(entry.restarts, 1);
}

void TestUploadService::vanishedFileFailsWithItsReason()
{
    const QString path = writeFile(QStringLiteral("gone.bin"), pattern(41 * kMiB, 6));
    UploadService service(&m_fixture->api, &m_fixture->network);
    service.setCache(m_cache.get());
    service.start();
    const qint64 id = service.enqueue(target(), {path}).value(0);
    QVERIFY(waitForFirstSegment(service, id));
    QVERIFY(QFile::remove(path));
    QVERIFY(waitIdle(service));
    const UploadEntry entry = *service.store()->entry(id);
    QCOMPARE(entry.state, UploadEntry::State::Failed);
    QVERIFY2(entry.error.contains(QStringLiteral("moved or deleted")), qPrintable(entry.error));
}

void TestUploadService::cancelStopsTheUpload()
{
    const qsizetype before = attachments().size();
    const QString path = writeFile(QStringLiteral("big.bin"), pattern(41 * kMiB, 7));
    UploadService service(&m_fixture->api, &m_fixture->network);
    service.setCache(m_cache.get());
    service.start();
    const qint64 id = service.enqueue(target(), {path}).value(0);
    QVERIFY(waitForFirstSegment(service, id));
    service.cancel(id);
    QVERIFY(waitIdle(service));
    QCOMPARE(service.store()->entry(id)->state, UploadEntry::State::Cancelled);
    QCOMPARE(attachments().size(), before);
    QCOMPARE(service.clearFinished(), 1);
    QVERIFY(!service.store()->entry(id));
}

void TestUploadService::networkLossPausesAndResumesWhenOnline()
{
    const ApiClient::Policy policy = m_fixture->api.policy();
    ApiClient::Policy once = policy;
    once.maxAttempts = 1;
    m_fixture->api.setPolicy(once);
    m_fixture->api.setApiBase(QUrl(QStringLiteral("http://127.0.0.1:1")));   // nothing listens: offline
    const QString path = writeFile(QStringLiteral("offline.pdf"), pattern(2000, 8));
    UploadService service(&m_fixture->api, &m_fixture->network);
    service.setCache(m_cache.get());
    service.setNetworkRetryInterval(300);
    service.start();
    const qint64 id = service.enqueue(target(), {path}).value(0);
    QVERIFY(QTest::qWaitFor([&] { return service.store()->entry(id)->waitingForNetwork; }, 30000));
    QCOMPARE(service.store()->entry(id)->state, UploadEntry::State::Paused);
    m_fixture->api.setApiBase(m_fixture->sandbox->baseUrl());   // the network is back
    m_fixture->api.setPolicy(policy);
    QVERIFY(QTest::qWaitFor([&] { return service.store()->entry(id)->state == UploadEntry::State::Attached; }, 60000));
}

QTEST_GUILESS_MAIN(TestUploadService)
#include "tst_uploadservice.moc"
