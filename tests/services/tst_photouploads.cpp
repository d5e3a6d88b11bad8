// Photos dropped on an album, through the real upload queue to the sandbox: each file goes by
// Procore's direct upload, then becomes an image in that album, with the capture time and
// position Procore reads from its EXIF; the created images are in the cache at once.
#include "signedinfixture.h"

#include "exifjpeg.h"

#include "cache/cachedatabase.h"
#include "photos/photostore.h"
#include "photos/photouploads.h"
#include "uploads/uploadservice.h"
#include "uploads/uploadstore.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

using namespace sitedesk;

class TstPhotoUploads : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void folderOfThreePhotosLandsInTheAlbumWithExifTimes();
    void photoWithoutExifHasNoTimeAndNoAlbumGoesToProcoresDefault();

private:
    QJsonArray listAll(const QString &path) { return m_fixture->sandbox->listAll(path, m_fixture->auth.accessToken(), m_companyId); }
    QJsonObject procoreImage(const QString &filename, qint64 albumId);
    // Queues the files for the album and waits until the queue is done; the entries.
    QList<UploadEntry> upload(qint64 albumId, const QStringList &paths);

    std::unique_ptr<SignedInFixture> m_fixture;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CacheDatabase> m_cache;
    qint64 m_companyId = 0;
    qint64 m_projectId = 0;
    qint64 m_albumId = 0;
};

void TstPhotoUploads::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    photouploads::registerAttacher();
    m_fixture = std::make_unique<SignedInFixture>();
    QVERIFY(m_fixture->signIn());
    m_companyId = m_fixture->firstCompanyId();
    m_projectId = m_fixture->firstProjectId(m_companyId);
    const QJsonArray albums = listAll(QStringLiteral("/rest/v1.0/image_categories?project_id=%1").arg(m_projectId));
    QVERIFY(albums.size() >= 2);
    m_albumId = albums.at(1).toObject().value(QStringLiteral("id")).toInteger();   // not the first: no default luck
}

void TstPhotoUploads::init()
{
    m_cache.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    m_cache = std::make_unique<CacheDatabase>(m_dir->filePath(QStringLiteral("sitedesk.sqlite")));
    QCOMPARE(m_cache->open(), CacheDatabase::OpenStatus::Created);
}

QJsonObject TstPhotoUploads::procoreImage(const QString &filename, qint64 albumId)
{
    QString path = QStringLiteral("/rest/v1.0/images?project_id=%1").arg(m_projectId);
    if (albumId != 0)
        path += QStringLiteral("&image_category_id=%1").arg(albumId);
    for (const QJsonValue &image : listAll(path))
        if (image.toObject().value(QStringLiteral("filename")).toString() == filename)
            return image.toObject();
    return {};
}

QList<UploadEntry> TstPhotoUploads::upload(qint64 albumId, const QStringList &paths)
{
    UploadService service(&m_fixture->api, &m_fixture->network);
    service.setCache(m_cache.get());
    service.start();
    QStringList errors;
    const QList<qint64> ids = service.enqueue({m_companyId, m_projectId, photouploads::tool(), albumId}, paths, &errors);
    [&] { QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n')))); }();
    [&] { QVERIFY(QTest::qWaitFor([&] { return service.isIdle(); }, 60000)); }();
    QList<UploadEntry> entries;
    for (qint64 id : ids)
        entries << *service.store()->entry(id);
    return entries;
}

void TstPhotoUploads::folderOfThreePhotosLandsInTheAlbumWithExifTimes()
{
    QVERIFY(QDir(m_dir->path()).mkpath(QStringLiteral("site walk")));
    const QTimeZone plusTwo(2 * 3600);
    const QList<ExifJpeg> photos{
        {{640, 480}, Qt::darkCyan, QDateTime({2025, 3, 14}, {8, 15, 30}, plusTwo), 47.6097, -122.3331},
        {{480, 640}, Qt::darkRed, QDateTime({2025, 3, 14}, {9, 2, 0}, plusTwo), -33.8688, 151.2093},
        {{800, 600}, Qt::darkGreen, QDateTime({2025, 3, 15}, {16, 45, 5}, QTimeZone(0)), std::nullopt, std::nullopt},
    };
    QStringList paths;
    for (int i = 0; i < photos.size(); ++i) {
        paths << m_dir->filePath(QStringLiteral("site walk/Pour %1 – Nordwand.jpg").arg(i + 1));
        QVERIFY(photos.at(i).write(paths.last()));
    }

    const QList<UploadEntry> entries = upload(m_albumId, paths);
    QCOMPARE(entries.size(), 3);
    for (const UploadEntry &entry : entries)
        QVERIFY2(entry.state == UploadEntry::State::Attached, qPrintable(entry.error));

    const QList<Photo> cached = PhotoStore(*m_cache).photos(m_projectId);
    QCOMPARE(cached.size(), 3);   // in the cache at once, before any sync
    for (int i = 0; i < photos.size(); ++i) {
        const QString name = QFileInfo(paths.at(i)).fileName();
        const QJsonObject image = procoreImage(name, m_albumId);
        QVERIFY2(!image.isEmpty(), qPrintable(name + QStringLiteral(" is not in the album")));
        QCOMPARE(QDateTime::fromString(image.value(QStringLiteral("taken_at")).toString(), Qt::ISODate), photos.at(i).takenAt);
        QCOMPARE(image.value(QStringLiteral("width")).toInt(), photos.at(i).size.width());
        if (photos.at(i).latitude) {
            QVERIFY(qAbs(image.value(QStringLiteral("gps_lat")).toString().toDouble() - *photos.at(i).latitude) < 1e-4);
            QVERIFY(qAbs(image.value(QStringLiteral("gps_long")).toString().toDouble() - *photos.at(i).longitude) < 1e-4);
        } else {
            QVERIFY(image.value(QStringLiteral("gps_lat")).isNull());
        }
        const auto local = std::find_if(cached.begin(), cached.end(), [&](const Photo &p) { return p.filename == name; });
        QVERIFY(local != cached.end());
        QCOMPARE(local->albumId, m_albumId);
        QCOMPARE(local->takenAt, photos.at(i).takenAt);
    }
    const QList<Album> albums = PhotoStore(*m_cache).albums(m_projectId);   // none cached before a sync
    QVERIFY(albums.isEmpty() || std::any_of(albums.begin(), albums.end(), [&](const Album &a) { return a.id == m_albumId && a.count >= 3; }));
}

void TstPhotoUploads::photoWithoutExifHasNoTimeAndNoAlbumGoesToProcoresDefault()
{
    QImage plain(320, 200, QImage::Format_RGB32);
    plain.fill(Qt::gray);
    const QString path = m_dir->filePath(QStringLiteral("sketch.png"));
    QVERIFY(plain.save(path));

    const QList<UploadEntry> entries = upload(0, {path});
    QCOMPARE(entries.size(), 1);
    QVERIFY2(entries.first().state == UploadEntry::State::Attached, qPrintable(entries.first().error));
    const QJsonObject image = procoreImage(QStringLiteral("sketch.png"), 0);
    QVERIFY(!image.isEmpty());
    QVERIFY(image.value(QStringLiteral("taken_at")).isNull());
    QVERIFY(image.value(QStringLiteral("image_category_id")).toInteger() != 0);
    QCOMPARE(image.value(QStringLiteral("width")).toInt(), 320);
}

QTEST_GUILESS_MAIN(TstPhotoUploads)
#include "tst_photouploads.moc"
