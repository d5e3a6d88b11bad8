// Photos in the models layer: tolerant parsing, the v10 store (albums with the cache's own
// counts, merges), the grid model at 50,000 rows (model tester, one query) and its filters
// and grouping.
#include "cache/cachedatabase.h"
#include "photos/photo.h"
#include "photos/photofiltermodel.h"
#include "photos/photosmodel.h"
#include "photos/photostore.h"

#include <QAbstractItemModelTester>
#include <QIcon>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace sitedesk;

namespace {

constexpr qint64 project = 562949953600000;

QJsonObject photoJson(qint64 id, qint64 album, const QString &taken, const QString &description = {})
{
    return QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("image_category_id"), album},
                       {QStringLiteral("filename"), QStringLiteral("IMG_%1.jpg").arg(id % 100000)},
                       {QStringLiteral("description"), description},
                       {QStringLiteral("taken_at"), taken.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(taken)},
                       {QStringLiteral("created_at"), QStringLiteral("2025-06-01T10:00:00Z")},
                       {QStringLiteral("updated_at"), QStringLiteral("2025-06-01T10:00:00Z")},
                       {QStringLiteral("uploader"), QJsonObject{{QStringLiteral("id"), 7}, {QStringLiteral("name"), id % 2 ? QStringLiteral("Maria Lopez") : QStringLiteral("Dave Chen")}}},
                       {QStringLiteral("location"), QJsonObject{{QStringLiteral("id"), 3}, {QStringLiteral("name"), id % 3 ? QStringLiteral("Building A>Level 1") : QStringLiteral("Site")}}},
                       {QStringLiteral("width"), 1600}, {QStringLiteral("height"), 1200}};
}

PhotoRows manyRows(int count)
{
    PhotoRows rows;
    rows.uploaders << QStringLiteral("Maria Lopez") << QStringLiteral("Dave Chen");
    rows.locations << QStringLiteral("Building A>Level 1") << QStringLiteral("Site");
    const qint64 newest = QDateTime(QDate(2026, 1, 4), QTime(15, 0), Qt::UTC).toSecsSinceEpoch();
    for (int i = 0; i < count; ++i) {
        PhotoRow row;
        row.id = 562949956200000 + count - i;
        row.albumId = 100 + i % 5;
        row.when = newest - qint64(i) * 1200;   // newest first, about 70 a day
        row.filename = QStringLiteral("IMG_%1.jpg").arg(i);
        row.description = i % 10 == 0 ? QStringLiteral("Rebar inspection, grid C") : QStringLiteral("Progress");
        row.width = 1600;
        row.height = 1200;
        row.uploader = quint16(1 + i % 2);
        row.location = quint16(i % 3);
        row.hasTakenAt = true;
        rows.rows.append(row);
    }
    return rows;
}

} // namespace

class TstPhotoModels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void photoIsReadFromEveryShapeProcoreSends();
    void storeCountsAlbumsFromTheCacheAndMergesChanges();
    void modelLoadsFromTheCacheOffTheUiThread();
    void modelOf50000RowsPassesTheModelTester();
    void anEmptyGridShowsTheNewestPhotosFirstThenAllInOrder();
    void aLateUploadWithNoCaptureTimeStillLandsInOrder();
    void daysFollowTheLocalCalendarAcrossDaylightSaving();
    void filtersNarrowByAlbumDayUploaderLocationAndText();
    void timelineAndAlbumGroupingOrderAndLabelRows();
};

void TstPhotoModels::photoIsReadFromEveryShapeProcoreSends()
{
    const QJsonObject json{{QStringLiteral("id"), QStringLiteral("562949956200001")},
                           {QStringLiteral("image_category_id"), QStringLiteral("562949956100000")},
                           {QStringLiteral("filename"), QStringLiteral("DSC00001.JPG")},
                           {QStringLiteral("taken_at"), QJsonValue::Null}, {QStringLiteral("created_at"), QStringLiteral("2025-03-03T08:15:00Z")},
                           {QStringLiteral("gps_lat"), QStringLiteral("47.606200")}, {QStringLiteral("gps_long"), QJsonValue::Null},
                           {QStringLiteral("uploader"), QStringLiteral("Sam Okafor")}, {QStringLiteral("location"), QJsonValue::Null},
                           {QStringLiteral("width"), QStringLiteral("4032")}, {QStringLiteral("private"), QStringLiteral("true")},
                           {QStringLiteral("something_new"), QJsonObject{{QStringLiteral("x"), 1}}}};
    const std::optional<Photo> photo = Photo::fromJson(json, project);
    QVERIFY(photo);
    QCOMPARE(photo->id, 562949956200001);
    QCOMPARE(photo->albumId, 562949956100000);
    QVERIFY(!photo->takenAt.isValid());
    QCOMPARE(photo->when(), QDateTime(QDate(2025, 3, 3), QTime(8, 15), Qt::UTC));
    QCOMPARE(photo->gpsLat, QStringLiteral("47.606200"));
    QVERIFY(photo->gpsLong.isEmpty());
    QCOMPARE(photo->uploaderName, QStringLiteral("Sam Okafor"));
    QCOMPARE(photo->width, 4032);
    QVERIFY(photo->isPrivate);
    QVERIFY(photo->raw.contains(QStringLiteral("something_new")));
    QVERIFY(!Photo::fromJson(QJsonObject{{QStringLiteral("filename"), QStringLiteral("x.jpg")}}, project));
}

void TstPhotoModels::storeCountsAlbumsFromTheCacheAndMergesChanges()
{
    QTemporaryDir dir;
    CacheDatabase cache(dir.filePath(QStringLiteral("c.sqlite")));
    QCOMPARE(cache.open(), CacheDatabase::OpenStatus::Created);
    PhotoStore store(cache);
    QList<Album> albums;
    for (int i = 0; i < 2; ++i)
        albums.append(*Album::fromJson(QJsonObject{{QStringLiteral("id"), 100 + i}, {QStringLiteral("name"), i ? QStringLiteral("Safety") : QStringLiteral("Progress")},
                                                   {QStringLiteral("position"), i + 1}, {QStringLiteral("count"), 999}}, project));
    QVERIFY(store.replaceAlbums(project, albums));
    QList<Photo> photos;
    for (int i = 0; i < 5; ++i)
        photos.append(*Photo::fromJson(photoJson(1000 + i, i < 3 ? 100 : 101, QStringLiteral("2025-05-0%1T09:00:00Z").arg(i + 1)), project));
    QVERIFY(store.replacePhotos(project, photos));
    QCOMPARE(store.albums(project).at(0).count, 3);
    QCOMPARE(store.albums(project).at(1).count, 2);

    Photo moved = photos.at(0);
    moved.albumId = 101;
    moved.description = QStringLiteral("Moved to safety");
    QVERIFY(store.mergePhotos(project, {moved}));
    QCOMPARE(store.albums(project).at(1).count, 3);
    QCOMPARE(store.photo(1000)->description, QStringLiteral("Moved to safety"));
    QCOMPARE(store.photo(1000)->raw.value(QStringLiteral("filename")).toString(), QStringLiteral("IMG_1000.jpg"));
    QVERIFY(store.removePhotos({1001, 1002}));
    QCOMPARE(store.photoCount(project), 3);
    const PhotoRows rows = store.rows(project);
    QCOMPARE(rows.rows.size(), 3);
    QCOMPARE(rows.rows.first().id, 1004);   // newest first
    QCOMPARE(rows.uploaders.value(rows.rows.first().uploader), QStringLiteral("Dave Chen"));
}

void TstPhotoModels::modelLoadsFromTheCacheOffTheUiThread()
{
    QTemporaryDir dir;
    CacheDatabase cache(dir.filePath(QStringLiteral("c.sqlite")));
    QCOMPARE(cache.open(), CacheDatabase::OpenStatus::Created);
    QList<Photo> photos;
    for (int i = 0; i < 300; ++i)
        photos.append(*Photo::fromJson(photoJson(5000 + i, 100, QStringLiteral("2025-05-01T09:00:00Z")), project));
    QVERIFY(PhotoStore(cache).replacePhotos(project, photos));
    PhotosModel model;
    QSignalSpy loaded(&model, &PhotosModel::loaded);
    model.setSource(&cache, project);
    QVERIFY(loaded.wait(5000));
    QCOMPARE(model.rowCount(), 300);
    QVERIFY(PhotoStore(cache).removePhotos({5000}));   // the cache says it changed: the model reloads
    QVERIFY(loaded.wait(5000));
    QCOMPARE(model.rowCount(), 299);
}

void TstPhotoModels::modelOf50000RowsPassesTheModelTester()
{
    PhotosModel model;
    PhotoFilterModel filter;
    filter.setPhotosModel(&model);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRows(manyRows(50000));
    QCOMPARE(model.rowCount(), 50000);
    QCOMPARE(filter.rowCount(), 50000);
    QVERIFY(!model.data(model.index(0), Qt::DecorationRole).value<QIcon>().isNull());
    QCOMPARE(model.data(model.index(49999), PhotosModel::UploaderRole).toString(), QStringLiteral("Dave Chen"));
    filter.setText(QStringLiteral("rebar"));
    QCOMPARE(filter.rowCount(), 5000);
}

// 1,200 photos, 60 of them with no capture time (they count by upload time): the grid gets the
// newest 500 first and the rest appended, so what is on screen stays put; the final order is the
// store's, and words find photos in both parts.
void TstPhotoModels::anEmptyGridShowsTheNewestPhotosFirstThenAllInOrder()
{
    QTemporaryDir dir;
    CacheDatabase cache(dir.filePath(QStringLiteral("c.sqlite")));
    QCOMPARE(cache.open(), CacheDatabase::OpenStatus::Created);
    QList<Photo> photos;
    const QDateTime first(QDate(2025, 3, 1), QTime(8, 0), Qt::UTC);
    for (int i = 0; i < 1200; ++i) {
        const QString taken = i % 20 == 7 ? QString() : first.addSecs(qint64(i) * 3000).toString(Qt::ISODate);
        QJsonObject json = photoJson(7000 + i, 100, taken, i == 3 ? QStringLiteral("Formwork at Zürich gate") : QString());
        json.insert(QStringLiteral("created_at"), first.addSecs(qint64(i) * 3000 + 600).toString(Qt::ISODate));
        photos.append(*Photo::fromJson(json, project));
    }
    QVERIFY(PhotoStore(cache).replacePhotos(project, photos));
    PhotosModel model;
    PhotoFilterModel filter;
    filter.setPhotosModel(&model);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy loaded(&model, &PhotosModel::loaded);
    QList<bool> loadingWhenInserted;
    connect(&model, &QAbstractItemModel::rowsInserted, this, [&] { loadingWhenInserted << model.isLoading(); });
    model.setSource(&cache, project);
    QVERIFY(model.isLoading());
    QVERIFY(loaded.wait(5000));
    QVERIFY(!model.isLoading());
    QCOMPARE(loadingWhenInserted, QList<bool>({true, false}));   // the newest only, then all
    QCOMPARE(model.rowCount(), 1200);
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(inserted.at(0).at(2).toInt(), 499);
    QCOMPARE(inserted.at(1).at(1).toInt(), 500);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(model.data(model.index(0), PhotosModel::IdRole).toLongLong(), 7000 + 1199);
    for (int i = 1; i < model.rowCount(); ++i)
        QVERIFY(model.row(i - 1).when > model.row(i).when);
    filter.setText(QStringLiteral("zurich formwork"));
    QCOMPARE(filter.rowCount(), 1);
    QCOMPARE(filter.data(filter.index(0, 0)).toString(), QStringLiteral("IMG_7003.jpg"));
}

// A photo with no capture time uploaded last but with an old id: the newest rows read first are
// not the head of the full list, and the grid is refilled in the right order.
void TstPhotoModels::aLateUploadWithNoCaptureTimeStillLandsInOrder()
{
    QTemporaryDir dir;
    CacheDatabase cache(dir.filePath(QStringLiteral("c.sqlite")));
    QCOMPARE(cache.open(), CacheDatabase::OpenStatus::Created);
    QList<Photo> photos;
    for (int i = 0; i < 700; ++i)
        photos.append(*Photo::fromJson(photoJson(9000 + i, 100, QDateTime(QDate(2025, 4, 1), QTime(9, 0), Qt::UTC).addSecs(i * 60).toString(Qt::ISODate)), project));
    for (int i = 0; i < 600; ++i) {   // no capture time, uploaded in 2020 yet with higher ids
        QJsonObject old = photoJson(20000 + i, 100, QString());
        old.insert(QStringLiteral("created_at"), QStringLiteral("2020-02-01T10:00:00Z"));
        photos.append(*Photo::fromJson(old, project));
    }
    QJsonObject late = photoJson(10, 100, QString());
    late.insert(QStringLiteral("created_at"), QStringLiteral("2026-01-01T12:00:00Z"));
    photos.append(*Photo::fromJson(late, project));
    QVERIFY(PhotoStore(cache).replacePhotos(project, photos));
    PhotosModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &PhotosModel::loaded);
    model.setSource(&cache, project);
    QVERIFY(loaded.wait(5000));
    QCOMPARE(model.rowCount(), 1301);
    QCOMPARE(model.data(model.index(0), PhotosModel::IdRole).toLongLong(), 10);
    QCOMPARE(model.data(model.index(1), PhotosModel::IdRole).toLongLong(), 9699);
    QCOMPARE(model.data(model.index(1300), PhotosModel::IdRole).toLongLong(), 20000);
}

// Photos every 20 minutes around both of a year's clock changes, in zones an hour and three and
// a half hours from UTC: each is grouped under the day its local clock showed.
void TstPhotoModels::daysFollowTheLocalCalendarAcrossDaylightSaving()
{
    const QByteArray zoneBefore = qgetenv("TZ");
    for (const char *zone : {"Europe/Berlin", "America/St_Johns"}) {
        qputenv("TZ", zone);
        PhotoRows rows;
        for (const QDate &change : {QDate(2025, 3, 30), QDate(2025, 10, 26), QDate(2025, 3, 9), QDate(2025, 11, 2)}) {
            const qint64 from = QDateTime(change.addDays(-1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
            for (qint64 at = from + 3 * 86400; at > from; at -= 1200) {
                PhotoRow row;
                row.id = rows.rows.size() + 1;
                row.when = at;
                rows.rows.append(row);
            }
        }
        PhotosModel model;
        model.setRows(rows);
        for (int i = 0; i < model.rowCount(); ++i) {
            const QDateTime when = model.data(model.index(i), PhotosModel::WhenRole).toDateTime();
            QCOMPARE(model.data(model.index(i), PhotosModel::DayRole).toDate(), when.toLocalTime().date());
        }
    }
    if (zoneBefore.isNull())
        qunsetenv("TZ");
    else
        qputenv("TZ", zoneBefore);
}

void TstPhotoModels::filtersNarrowByAlbumDayUploaderLocationAndText()
{
    PhotosModel model;
    model.setRows(manyRows(1000));
    PhotoFilterModel filter;
    filter.setPhotosModel(&model);
    filter.setAlbum(102);
    QCOMPARE(filter.rowCount(), 200);
    filter.setAlbum(0);
    filter.setUploader(QStringLiteral("Maria Lopez"));
    QCOMPARE(filter.rowCount(), 500);
    filter.setUploader({});
    filter.setLocation(QStringLiteral("Building A"));   // a parent location takes in its sub-locations
    QCOMPARE(filter.rowCount(), 333);
    filter.setLocation({});
    filter.setText(QStringLiteral("INSPECTION grid"));
    QCOMPARE(filter.rowCount(), 100);
    filter.setText({});
    const QDate newest = model.data(model.index(0), PhotosModel::DayRole).toDate();
    filter.setDateRange(newest, newest);
    QVERIFY(filter.rowCount() > 0 && filter.rowCount() < 100);
    for (int i = 0; i < filter.rowCount(); ++i)
        QCOMPARE(filter.data(filter.index(i, 0), PhotosModel::DayRole).toDate(), newest);
}

void TstPhotoModels::timelineAndAlbumGroupingOrderAndLabelRows()
{
    PhotosModel model;
    model.setRows(manyRows(500));
    model.setAlbumNames({{100, QStringLiteral("Progress")}, {101, QStringLiteral("Safety")}, {102, QStringLiteral("Framing")},
                         {103, QStringLiteral("Deliveries")}, {104, QStringLiteral("Punch Walk")}});
    PhotoFilterModel filter;
    filter.setPhotosModel(&model);
    QVERIFY(filter.startsGroup(0));
    QCOMPARE(filter.groupLabel(0), QLocale().toString(model.data(model.index(0), PhotosModel::DayRole).toDate(), QLocale::LongFormat));
    int groups = 0;
    for (int i = 0; i < filter.rowCount(); ++i)
        groups += filter.startsGroup(i) ? 1 : 0;
    QVERIFY(groups >= 7 && groups <= 9);   // 500 photos, 72 a day

    filter.setGrouping(PhotoFilterModel::Grouping::Album, {104, 103, 102, 101, 100});
    QCOMPARE(filter.groupLabel(0), QStringLiteral("Punch Walk"));
    QCOMPARE(filter.groupLabel(filter.rowCount() - 1), QStringLiteral("Progress"));
    groups = 0;
    for (int i = 0; i < filter.rowCount(); ++i)
        groups += filter.startsGroup(i) ? 1 : 0;
    QCOMPARE(groups, 5);
}

QTEST_MAIN(TstPhotoModels)
#include "tst_photomodels.moc"
