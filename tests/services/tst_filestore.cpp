// FileStore against the sandbox's drawing files: a Procore URL that demands the bearer token
// and redirects to a pre-signed storage URL that refuses it, into a real cache folder.
#include "signedinfixture.h"

#include "cache/cachedatabase.h"
#include "files/filefetch.h"
#include "files/filestore.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace sitedesk;

class TestFileStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void downloadWritesTheFileAndItsChecksum();
    void fetchingACachedKeyNeedsNoNetwork();
    void fetchingTheSameKeyTwiceJoinsOneDownload();
    void droppedConnectionIsRetriedFromTheStart();
    void truncatedBodyIsNeverKept();
    void pinnedFileSurvivesEviction();
    void missingFileSaysItIsNoLongerOnProcore();
    void refusedTokenSaysSoWithoutKeepingAFile();

private:
    struct Result { QString path; ApiError error; QList<qint64> progress; };
    Result run(FileFetch *fetch);
    QUrl pdfUrl(int index) const;
    QString keyOf(int index) const;

    std::unique_ptr<SignedInFixture> m_fixture;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CacheDatabase> m_cache;
    std::unique_ptr<FileStore> m_store;
    QJsonArray m_revisions;
};

void TestFileStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_fixture = std::make_unique<SignedInFixture>(QStringList{QStringLiteral("--scale"), QStringLiteral("tiny")});
    QVERIFY(m_fixture->signIn());
    const qint64 companyId = m_fixture->firstCompanyId();
    const qint64 projectId = m_fixture->firstProjectId(companyId);
    m_revisions = m_fixture->sandbox->listAll(QStringLiteral("/rest/v1.0/projects/%1/drawing_revisions").arg(projectId),
                                              m_fixture->auth.accessToken(), companyId);
    QVERIFY(m_revisions.size() >= 5);
}

void TestFileStore::init()
{
    m_fixture->sandbox->clearFaults();
    m_store.reset();
    m_cache.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    m_cache = std::make_unique<CacheDatabase>(m_dir->filePath(QStringLiteral("cache.sqlite")));
    QCOMPARE(m_cache->open(), CacheDatabase::OpenStatus::Created);
    m_store = std::make_unique<FileStore>(&m_fixture->api, m_cache.get(), FileStore::defaultFolder(*m_cache));
}

QUrl TestFileStore::pdfUrl(int index) const
{
    return QUrl(m_revisions.at(index).toObject().value(QStringLiteral("pdf_url")).toString());
}

QString TestFileStore::keyOf(int index) const
{
    return QStringLiteral("drawing_revision:%1").arg(m_revisions.at(index).toObject().value(QStringLiteral("id")).toInteger());
}

TestFileStore::Result TestFileStore::run(FileFetch *fetch)
{
    Result result;
    bool done = false;
    connect(fetch, &FileFetch::progress, this, [&result](qint64 received, qint64) { result.progress.append(received); });
    connect(fetch, &FileFetch::finished, this, [&](const QString &path, const ApiError &error) {
        result.path = path;
        result.error = error;
        done = true;
    });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 20000); }();
    return result;
}

void TestFileStore::downloadWritesTheFileAndItsChecksum()
{
    const Result result = run(m_store->fetch(keyOf(0), pdfUrl(0)));
    QVERIFY2(!result.error, qPrintable(result.error.userMessage()));
    QVERIFY(result.path.startsWith(m_store->folder()));
    QFile file(result.path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("%PDF-"));
    QVERIFY(!result.progress.isEmpty());
    QCOMPARE(result.progress.last(), bytes.size());
    const std::optional<CachedFile> info = m_store->info(keyOf(0));
    QVERIFY(info);
    QCOMPARE(info->size, bytes.size());
    QCOMPARE(info->sha256, QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    QVERIFY(m_store->verify(keyOf(0)));
    QCOMPARE(m_store->localPath(keyOf(0)), result.path);
}

void TestFileStore::fetchingACachedKeyNeedsNoNetwork()
{
    QVERIFY(!run(m_store->fetch(keyOf(1), pdfUrl(1))).error);
    // A URL nobody answers: the cached file is all that can satisfy this.
    const Result offline = run(m_store->fetch(keyOf(1), QUrl(QStringLiteral("http://127.0.0.1:9/nowhere.pdf"))));
    QVERIFY2(!offline.error, qPrintable(offline.error.userMessage()));
    QCOMPARE(offline.path, m_store->localPath(keyOf(1)));
}

void TestFileStore::fetchingTheSameKeyTwiceJoinsOneDownload()
{
    FileFetch *first = m_store->fetch(keyOf(2), pdfUrl(2));
    QCOMPARE(m_store->fetch(keyOf(2), pdfUrl(2)), first);
    QVERIFY(!run(first).error);
}

void TestFileStore::droppedConnectionIsRetriedFromTheStart()
{
    m_fixture->sandbox->injectFault(QStringLiteral("drop"), 1, QStringLiteral("/__files/drawings/"));
    const Result result = run(m_store->fetch(keyOf(3), pdfUrl(3)));
    QVERIFY2(!result.error, qPrintable(result.error.userMessage()));
    QVERIFY(m_store->verify(keyOf(3)));
}

void TestFileStore::truncatedBodyIsNeverKept()
{
    // Every try cut half way, more often than a download tries (resumed tries included): it
    // fails, and no half file is left or recorded.
    m_fixture->sandbox->injectFault(QStringLiteral("truncate"), 50, QStringLiteral("/__files/drawings/"));
    const Result result = run(m_store->fetch(keyOf(4), pdfUrl(4)));
    QVERIFY(result.error);
    QVERIFY(result.path.isEmpty());
    QVERIFY(!m_store->contains(keyOf(4)));
    QCOMPARE(m_store->usedBytes(), 0);
    QVERIFY(QDir(m_store->folder()).entryList(QDir::Files | QDir::NoDotAndDotDot).isEmpty());
    for (const QFileInfo &sub : QDir(m_store->folder()).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot))
        QVERIFY2(QDir(sub.filePath()).isEmpty(), qPrintable(sub.filePath()));
}

void TestFileStore::pinnedFileSurvivesEviction()
{
    for (int i = 0; i < 3; ++i)
        QVERIFY(!run(m_store->fetch(keyOf(i), pdfUrl(i))).error);
    QVERIFY(m_store->setPinned(keyOf(1), true));
    const QString pinnedPath = m_store->localPath(keyOf(1));
    m_store->setSizeLimit(1);
    QVERIFY(!m_store->contains(keyOf(0)));
    QVERIFY(!m_store->contains(keyOf(2)));
    QVERIFY(m_store->isPinned(keyOf(1)));
    QVERIFY(QFile::exists(pinnedPath));
    QVERIFY(m_store->verify(keyOf(1)));
}

void TestFileStore::missingFileSaysItIsNoLongerOnProcore()
{
    QUrl url = pdfUrl(0);
    url.setPath(QStringLiteral("/sandbox/files/drawing_revisions/1.pdf"));
    const Result result = run(m_store->fetch(QStringLiteral("drawing_revision:1"), url));
    QCOMPARE(result.error.kind, ApiError::Kind::NotFound);
    QVERIFY(result.error.userMessage().contains(QStringLiteral("no longer on Procore")));
    QVERIFY(!m_store->contains(QStringLiteral("drawing_revision:1")));
}

void TestFileStore::refusedTokenSaysSoWithoutKeepingAFile()
{
    // A storage URL with a bad signature: the storage's 403 is an expired or refused link.
    QUrl url = pdfUrl(0);
    url.setPath(QStringLiteral("/__files/drawings/%1.pdf").arg(m_revisions.at(0).toObject().value(QStringLiteral("id")).toInteger()));
    url.setQuery(QStringLiteral("expires=1&signature=bad"));
    const Result result = run(m_store->fetch(keyOf(0), url));
    QCOMPARE(result.error.kind, ApiError::Kind::Forbidden);
    QVERIFY(!m_store->contains(keyOf(0)));
}

QTEST_GUILESS_MAIN(TestFileStore)
#include "tst_filestore.moc"
