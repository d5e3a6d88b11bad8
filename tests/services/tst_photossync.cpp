// PhotosSync against the real sandbox: a first sync stores every album and photo, a second
// asks only for what changed (filters[updated_at]), a deletion on Procore is noticed through
// the album counts, and a failed run keeps the cached photos.
#include "signedinfixture.h"

#include "cache/cachedatabase.h"
#include "cache/syncstatestore.h"
#include "photos/photossync.h"
#include "photos/photostore.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace sitedesk;

class TstPhotosSync : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void firstSyncStoresEveryAlbumAndPhoto();
    void secondSyncFetchesOnlyWhatChanged();
    void deletionOnProcoreLeavesTheCache();
    void failedSyncKeepsCachedPhotos();

private:
    ApiError sync();
    QJsonArray listAll(const QString &path)
    {
        return m_fixture->sandbox->listAll(path, m_fixture->auth.accessToken(), m_companyId);
    }

    std::unique_ptr<SignedInFixture> m_fixture;
    QTemporaryDir m_dir;
    std::unique_ptr<CacheDatabase> m_cache;
    qint64 m_companyId = 0;
    qint64 m_projectId = 0;
};

void TstPhotosSync::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_fixture = std::make_unique<SignedInFixture>();
    QVERIFY(m_fixture->signIn());
    m_companyId = m_fixture->firstCompanyId();
    m_projectId = m_fixture->firstProjectId(m_companyId);
    m_cache = std::make_unique<CacheDatabase>(m_dir.filePath(QStringLiteral("sitedesk.sqlite")));
    QCOMPARE(m_cache->open(), CacheDatabase::OpenStatus::Created);
}

ApiError TstPhotosSync::sync()
{
    PhotosSync tool;
    QSignalSpy finished(&tool, &ToolSync::finished);
    tool.start({&m_fixture->api, m_cache.get(), m_companyId, m_projectId});
    if (!finished.wait(60000))
        return ApiError::make(ApiError::Kind::Timeout, QStringLiteral("timed out"));
    return finished.first().first().value<ApiError>();
}

void TstPhotosSync::firstSyncStoresEveryAlbumAndPhoto()
{
    QVERIFY(!sync().isError());
    const QJsonArray photos = listAll(QStringLiteral("/rest/v1.0/images?project_id=%1").arg(m_projectId));
    QVERIFY(photos.size() >= 100);
    PhotoStore store(*m_cache);
    QCOMPARE(store.photoCount(m_projectId), photos.size());
    const QList<Album> albums = store.albums(m_projectId);
    QVERIFY(albums.size() >= 2);
    int counted = 0;
    for (const Album &album : albums) {
        QCOMPARE(album.count, album.raw.value(QStringLiteral("count")).toInt());
        counted += album.count;
    }
    QCOMPARE(counted, photos.size());
    const QJsonObject first = photos.first().toObject();
    const std::optional<Photo> cached = store.photo(first.value(QStringLiteral("id")).toInteger());
    QVERIFY(cached);
    QCOMPARE(cached->filename, first.value(QStringLiteral("filename")).toString());
    QCOMPARE(cached->uploaderName, first.value(QStringLiteral("uploader")).toObject().value(QStringLiteral("name")).toString());
    // Every field as Procore sent it, unknown ones included, kept as JSON text the sqlite3 shell
    // and SQLite's json functions read (the sync stores the bytes it received).
    QCOMPARE(cached->raw, first);
    QSqlQuery text(m_cache->connection());
    QVERIFY(text.exec(QStringLiteral("SELECT COUNT(*) FROM photos WHERE typeof(raw) <> 'text' OR json_valid(raw) = 0")) && text.next());
    QCOMPARE(text.value(0).toInt(), 0);
    QVERIFY(!SyncStateStore(*m_cache).state(m_projectId, PhotosSync::name())->watermark.isEmpty());
}

void TstPhotosSync::secondSyncFetchesOnlyWhatChanged()
{
    const QJsonArray photos = listAll(QStringLiteral("/rest/v1.0/images?project_id=%1").arg(m_projectId));
    const qint64 id = photos.at(5).toObject().value(QStringLiteral("id")).toInteger();
    QCOMPARE(m_fixture->sandbox->postJson(QStringLiteral("/__admin/records/images/%1").arg(id),
                                          {{QStringLiteral("description"), QStringLiteral("Crack in slab at C-4")}}).status, 200);
    PhotosSync tool;
    QSignalSpy finished(&tool, &ToolSync::finished);
    tool.start({&m_fixture->api, m_cache.get(), m_companyId, m_projectId});
    QVERIFY(finished.wait(60000));
    QVERIFY(!finished.first().first().value<ApiError>().isError());
    QVERIFY(tool.recordCount() >= 1 && tool.recordCount() < 5);
    QCOMPARE(PhotoStore(*m_cache).photo(id)->description, QStringLiteral("Crack in slab at C-4"));
    QCOMPARE(PhotoStore(*m_cache).photoCount(m_projectId), photos.size());
}

void TstPhotosSync::deletionOnProcoreLeavesTheCache()
{
    const QJsonArray photos = listAll(QStringLiteral("/rest/v1.0/images?project_id=%1").arg(m_projectId));
    const qint64 id = photos.at(7).toObject().value(QStringLiteral("id")).toInteger();
    QVERIFY(m_fixture->sandbox->deleteResource(QStringLiteral("/__admin/records/images/%1").arg(id)).status < 300);
    QVERIFY(!sync().isError());
    QVERIFY(!PhotoStore(*m_cache).photo(id));
    QCOMPARE(PhotoStore(*m_cache).photoCount(m_projectId), photos.size() - 1);
}

void TstPhotosSync::failedSyncKeepsCachedPhotos()
{
    const int before = PhotoStore(*m_cache).photoCount(m_projectId);
    m_fixture->sandbox->injectFault(QStringLiteral("500"), 100, QStringLiteral("/rest/v1.0/images"));
    QVERIFY(sync().isError());
    m_fixture->sandbox->clearFaults();
    QCOMPARE(PhotoStore(*m_cache).photoCount(m_projectId), before);
    QVERIFY(!SyncStateStore(*m_cache).state(m_projectId, PhotosSync::name())->lastError.isEmpty());
}

QTEST_GUILESS_MAIN(TstPhotosSync)
#include "tst_photossync.moc"
