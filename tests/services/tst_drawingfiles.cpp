// Drawing sheets downloaded through the FileStore from a synced cache, when the wire misbehaves:
// a pre-signed link that expired (the revision is read again for a fresh one, once) and a
// connection cut half way through a sheet (the rest is asked for with Range).
#include "signedinfixture.h"

#include "cache/cachedatabase.h"
#include "drawings/drawingfileurls.h"
#include "drawings/drawingssync.h"
#include "drawings/drawingstore.h"
#include "files/filefetch.h"
#include "files/filestore.h"
#include "files/offlinedownload.h"
#include "projects/projectstore.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

using namespace sitedesk;

class TestDrawingFiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void expiredLinkIsRefreshedOnceAndTheSheetArrives();
    void linkThatStaysExpiredFailsInWords();
    void interruptedDownloadContinuesWhereItStopped();
    void cancelledDownloadLeavesNoPartialFile();
    void offlineDownloadEstimatesThenPinsEverySheet();
    void pausedOfflineDownloadStartsNoMoreUntilResumed();
    void cancelledOfflineDownloadLeavesNothingHalfKept();

private:
    struct Result { QString path; ApiError error; QList<qint64> progress; bool resumed = false; };
    Result run(FileFetch *fetch);
    int showRequests(qint64 revisionId);
    QStringList filesOnDisk() const;
    QList<OfflineItem> offlineItems(int count) const;

    std::unique_ptr<SignedInFixture> m_fixture;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CacheDatabase> m_cache;
    std::unique_ptr<FileStore> m_store;
    QList<DrawingRow> m_log;
    qint64 m_companyId = 0;
    qint64 m_projectId = 0;
};

void TestDrawingFiles::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_fixture = std::make_unique<SignedInFixture>(QStringList{QStringLiteral("--scale"), QStringLiteral("tiny")});
    QVERIFY(m_fixture->signIn());
    const QString token = m_fixture->auth.accessToken();
    m_companyId = m_fixture->sandbox->get(QStringLiteral("/rest/v1.0/companies"), token).json().array().first().toObject().value(QStringLiteral("id")).toInteger();
    const QJsonObject project = m_fixture->sandbox->listAll(QStringLiteral("/rest/v1.0/projects?company_id=%1").arg(m_companyId), token, m_companyId)
                                    .first().toObject();
    m_projectId = project.value(QStringLiteral("id")).toInteger();

    m_dir = std::make_unique<QTemporaryDir>();
    m_cache = std::make_unique<CacheDatabase>(m_dir->filePath(QStringLiteral("cache.sqlite")));
    QCOMPARE(m_cache->open(), CacheDatabase::OpenStatus::Created);
    QVERIFY(ProjectStore(*m_cache).replaceForCompany(m_companyId, {*Project::fromJson(project, m_companyId)}));
    DrawingsSync sync;
    bool done = false;
    ApiError error;
    connect(&sync, &ToolSync::finished, this, [&](const ApiError &e) { error = e; done = true; });
    sync.start({&m_fixture->api, m_cache.get(), m_companyId, m_projectId});
    QTRY_VERIFY_WITH_TIMEOUT(done, 60000);
    QVERIFY2(!error, qPrintable(error.userMessage()));
    m_log = DrawingStore(*m_cache).log(m_projectId);
    QVERIFY(m_log.size() >= 4);
}

void TestDrawingFiles::init()
{
    m_fixture->sandbox->clearFaults();
    m_fixture->sandbox->resetStats();
    m_store = std::make_unique<FileStore>(&m_fixture->api, m_cache.get(), m_dir->filePath(QStringLiteral("files-%1").arg(QTest::currentTestFunction())));
    DrawingFileUrls::install(*m_store, &m_fixture->api, m_cache.get());
    for (const DrawingRow &row : std::as_const(m_log))   // each test starts with no sheet here
        m_store->remove(DrawingRevision::fileKeyFor(row.revisionId));
}

TestDrawingFiles::Result TestDrawingFiles::run(FileFetch *fetch)
{
    Result result;
    bool done = false;
    connect(fetch, &FileFetch::progress, this, [&result](qint64 received, qint64) { result.progress.append(received); });
    connect(fetch, &FileFetch::finished, this, [&, fetch](const QString &path, const ApiError &error) {
        result.path = path;
        result.error = error;
        result.resumed = fetch->resumed();
        done = true;
    });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 20000); }();
    return result;
}

int TestDrawingFiles::showRequests(qint64 revisionId)
{
    const QJsonObject byPath = m_fixture->sandbox->stats().value(QStringLiteral("by_path")).toObject();
    return byPath.value(QStringLiteral("/rest/v1.0/projects/%1/drawing_revisions/%2").arg(m_projectId).arg(revisionId)).toInt();
}

QStringList TestDrawingFiles::filesOnDisk() const
{
    QStringList files;
    QDirIterator it(m_store->folder(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    return files;
}

void TestDrawingFiles::expiredLinkIsRefreshedOnceAndTheSheetArrives()
{
    const DrawingRow &sheet = m_log.at(0);
    m_fixture->sandbox->injectFault(QStringLiteral("expire"), 1, QStringLiteral("/__files/drawings/"));
    const Result result = run(m_store->fetch(DrawingRevision::fileKeyFor(sheet.currentRevisionId), QUrl(sheet.pdfUrl)));
    QVERIFY2(!result.error, qPrintable(result.error.userMessage()));
    QVERIFY(m_store->verify(DrawingRevision::fileKeyFor(sheet.currentRevisionId)));
    QCOMPARE(showRequests(sheet.currentRevisionId), 1);
}

void TestDrawingFiles::linkThatStaysExpiredFailsInWords()
{
    const DrawingRow &sheet = m_log.at(1);
    const QString key = DrawingRevision::fileKeyFor(sheet.currentRevisionId);
    m_fixture->sandbox->injectFault(QStringLiteral("expire"), 5, QStringLiteral("/__files/drawings/"));
    const Result result = run(m_store->fetch(key, QUrl(sheet.pdfUrl)));
    QCOMPARE(result.error.kind, ApiError::Kind::Forbidden);
    QVERIFY2(result.error.userMessage().contains(QStringLiteral("expired")), qPrintable(result.error.userMessage()));
    QCOMPARE(showRequests(sheet.currentRevisionId), 1);   // one fresh link asked for, not a loop
    QVERIFY(!m_store->contains(key));
    QVERIFY(filesOnDisk().isEmpty());
}

void TestDrawingFiles::interruptedDownloadContinuesWhereItStopped()
{
    const DrawingRow &sheet = m_log.at(2);
    const QString key = DrawingRevision::fileKeyFor(sheet.currentRevisionId);
    // The whole sheet once, as the reference, then again cut half way.
    const Result whole = run(m_store->fetch(key, QUrl(sheet.pdfUrl)));
    QVERIFY(!whole.error);
    const QString reference = m_store->info(key)->sha256;
    QVERIFY(m_store->remove(key));

    m_fixture->sandbox->injectFault(QStringLiteral("truncate"), 1, QStringLiteral("/__files/drawings/"));
    const Result resumed = run(m_store->fetch(key, QUrl(sheet.pdfUrl)));
    QVERIFY2(!resumed.error, qPrintable(resumed.error.userMessage()));
    QVERIFY(resumed.resumed);
    // Progress never went back to zero: the second try carried on from the half already here.
    for (qsizetype i = 1; i < resumed.progress.size(); ++i)
        QVERIFY(resumed.progress.at(i) >= resumed.progress.at(i - 1));
    QCOMPARE(m_store->info(key)->sha256, reference);
    QVERIFY(m_store->verify(key));
    QCOMPARE(filesOnDisk(), QStringList{resumed.path});   // no .part left behind
}

void TestDrawingFiles::cancelledDownloadLeavesNoPartialFile()
{
    const DrawingRow &sheet = m_log.at(3);
    const QString key = DrawingRevision::fileKeyFor(sheet.currentRevisionId);
    // Cut once, then cancelled while it waits to try again: the half file goes too.
    m_fixture->sandbox->injectFault(QStringLiteral("truncate"), 1, QStringLiteral("/__files/drawings/"));
    FileFetch *fetch = m_store->fetch(key, QUrl(sheet.pdfUrl));
    bool cut = false;
    bool done = false;
    ApiError error;
    connect(fetch, &FileFetch::progress, this, [&cut](qint64 received, qint64) { cut = cut || received > 0; });
    connect(fetch, &FileFetch::finished, this, [&](const QString &, const ApiError &e) { error = e; done = true; });
    QTRY_VERIFY_WITH_TIMEOUT(cut, 10000);
    if (!done)
        fetch->cancel();
    QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    QCOMPARE(error.kind, ApiError::Kind::Cancelled);
    QVERIFY(!m_store->contains(key));
    QVERIFY(filesOnDisk().isEmpty());
}

QList<OfflineItem> TestDrawingFiles::offlineItems(int count) const
{
    QList<OfflineItem> items;
    for (const DrawingRow &row : m_log.mid(0, count))
        items.append({DrawingRevision::fileKeyFor(row.revisionId), QUrl(row.pdfUrl), row.pdfSize, row.number});
    return items;
}

void TestDrawingFiles::offlineDownloadEstimatesThenPinsEverySheet()
{
    const QList<OfflineItem> items = offlineItems(10);
    QVERIFY(!run(m_store->fetch(items.at(0).key, items.at(0).url)).error);   // one is here already
    const OfflineDownload::Estimate estimate = OfflineDownload::estimate(*m_store, items);
    QCOMPARE(estimate.files, 10);
    QCOMPARE(estimate.alreadyHere, 1);
    qint64 expected = 0;
    for (const OfflineItem &item : items.mid(1))
        expected += item.size;
    QCOMPARE(estimate.bytes, expected);

    OfflineDownload job(m_store.get(), items);
    QSignalSpy finished(&job, &OfflineDownload::finished);
    job.start();
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().first().toInt(), 0);
    QCOMPARE(job.filesDone(), 10);
    QCOMPARE(job.state(), OfflineDownload::State::Finished);
    for (const OfflineItem &item : items) {
        QVERIFY2(m_store->isPinned(item.key), qPrintable(item.label));
        QVERIFY(m_store->verify(item.key));
    }
}

void TestDrawingFiles::pausedOfflineDownloadStartsNoMoreUntilResumed()
{
    const QList<OfflineItem> items = offlineItems(10);
    OfflineDownload job(m_store.get(), items);
    QSignalSpy finished(&job, &OfflineDownload::finished);
    job.start();
    job.pause();   // the few on their way finish; no more start
    QTRY_VERIFY_WITH_TIMEOUT(job.filesDone() > 0, 10000);
    QTest::qWait(300);
    const int done = job.filesDone();
    QVERIFY2(done < 10, qPrintable(QString::number(done)));
    QCOMPARE(job.state(), OfflineDownload::State::Paused);
    QCOMPARE(finished.count(), 0);
    job.resume();
    QVERIFY(finished.wait(20000));
    QCOMPARE(job.filesDone(), 10);
    for (const OfflineItem &item : items)
        QVERIFY(m_store->isPinned(item.key));
}

void TestDrawingFiles::cancelledOfflineDownloadLeavesNothingHalfKept()
{
    const QList<OfflineItem> items = offlineItems(10);
    QVERIFY(!run(m_store->fetch(items.at(0).key, items.at(0).url)).error);
    QVERIFY(m_store->setPinned(items.at(0).key, true));   // pinned before: stays pinned
    // Every sheet cut half way once, so the job is caught with partial files on disk.
    m_fixture->sandbox->injectFault(QStringLiteral("truncate"), 10, QStringLiteral("/__files/drawings/"));
    OfflineDownload job(m_store.get(), items);
    QSignalSpy finished(&job, &OfflineDownload::finished);
    job.start();
    QTRY_VERIFY_WITH_TIMEOUT(job.filesDone() >= 2 && job.bytesReceived() > 0, 10000);
    job.cancel();
    QCOMPARE(job.state(), OfflineDownload::State::Cancelled);
    QTest::qWait(500);   // nothing more arrives after a cancel
    QCOMPARE(finished.count(), 0);
    QVERIFY(m_store->isPinned(items.at(0).key));
    for (const OfflineItem &item : items.mid(1))
        QVERIFY2(!m_store->isPinned(item.key), qPrintable(item.label));
    for (const QString &file : filesOnDisk())
        QVERIFY2(!file.endsWith(QLatin1String(".part")), qPrintable(file));
}

QTEST_GUILESS_MAIN(TestDrawingFiles)
#include "tst_drawingfiles.moc"
