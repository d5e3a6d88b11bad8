// The sandbox's Photos endpoints as a client meets them over HTTP: albums with counts, photos
// in Procore's shapes with signed, time-limited URLs serving real JPEGs (EXIF orientation and
// date), paging and filters, create from a direct upload, edit, delete, and a large project
// served lazily.
#include "sandboxprocess.h"

#include <QBuffer>
#include <QEventLoop>
#include <QHttpMultiPart>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkReply>
#include <QSet>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

#include <memory>

namespace {

constexpr qint64 northwind = 562949953421312;     // the first generated company
constexpr qint64 firstProject = 562949953600000;  // its first project (has photos)

QString imagesPath(const QString &extra = {})
{
    return QStringLiteral("/rest/v1.0/images?project_id=%1%2").arg(firstProject).arg(extra);
}

} // namespace

class TstPhotosSandbox : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void albumsCountTheirPhotos();
    void photosCarryProcoreFieldsWithGpsAsStrings();
    void urlsServeRealJpegsWithExifAndSmallThumbnails();
    void tamperedUrlIsRefused();
    void photosFilterByAlbumAndUpdatedAtAndSort();
    void photoIsCreatedFromAnUploadThenEditedThenDeleted();
    void largeProjectServesTensOfThousandsOfPhotos();

private:
    SandboxProcess::Reply send(const QByteArray &verb, const QUrl &url, const QByteArray &body = {}, bool rest = true);
    QJsonArray all(const QString &pathAndQuery) { return m_server->listAll(pathAndQuery, m_token, northwind); }
    QString completedUpload(const QString &filename);

    std::unique_ptr<SandboxProcess> m_server;
    QString m_token;
    QNetworkAccessManager m_network;
};

void TstPhotosSandbox::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_server = std::make_unique<SandboxProcess>(QStringList{QStringLiteral("--scale"), QStringLiteral("tiny")});
    QVERIFY(m_server->isRunning());
    m_token = m_server->issueTokens().access;
    QVERIFY(!m_token.isEmpty());
}

void TstPhotosSandbox::cleanupTestCase()
{
    m_server.reset();
}

SandboxProcess::Reply TstPhotosSandbox::send(const QByteArray &verb, const QUrl &url, const QByteArray &body, bool rest)
{
    QNetworkRequest request(url);
    if (rest) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
        request.setRawHeader("Procore-Company-Id", QByteArray::number(northwind));
    }
    QNetworkReply *reply = m_network.sendCustomRequest(request, verb, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    SandboxProcess::Reply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    delete reply;
    return result;
}

void TstPhotosSandbox::albumsCountTheirPhotos()
{
    const QJsonArray albums = all(QStringLiteral("/rest/v1.0/image_categories?project_id=%1").arg(firstProject));
    QVERIFY(albums.size() >= 2);
    qint64 counted = 0;
    for (const QJsonValue &value : albums) {
        const QJsonObject album = value.toObject();
        QVERIFY(!album.value(QStringLiteral("name")).toString().isEmpty());
        QVERIFY(album.contains(QStringLiteral("position")) && album.contains(QStringLiteral("private")));
        QVERIFY(!album.contains(QStringLiteral("_project_id")));
        counted += album.value(QStringLiteral("count")).toInteger();
    }
    QCOMPARE(counted, qint64(all(imagesPath()).size()));
}

void TstPhotosSandbox::photosCarryProcoreFieldsWithGpsAsStrings()
{
    const QJsonArray photos = all(imagesPath());
    QCOMPARE(photos.size(), 24);
    int withGps = 0;
    for (const QJsonValue &value : photos) {
        const QJsonObject photo = value.toObject();
        for (const char *field : {"id", "url", "thumbnail_url", "filename", "size", "width", "height", "taken_at", "created_at",
                                  "updated_at", "location", "image_category_id", "image_category_name", "private", "starred",
                                  "gps_lat", "gps_long", "uploader", "description"})
            QVERIFY2(photo.contains(QLatin1String(field)), field);
        QVERIFY(!photo.contains(QStringLiteral("_n")) && !photo.contains(QStringLiteral("_orientation")));
        QVERIFY(!photo.value(QStringLiteral("uploader")).toObject().value(QStringLiteral("name")).toString().isEmpty());
        QVERIFY(photo.value(QStringLiteral("gps_lat")).isString() || photo.value(QStringLiteral("gps_lat")).isNull());
        withGps += photo.value(QStringLiteral("gps_lat")).isString() ? 1 : 0;
    }
    QVERIFY(withGps > 0);
}

void TstPhotosSandbox::urlsServeRealJpegsWithExifAndSmallThumbnails()
{
    const QJsonArray photos = all(imagesPath());
    int checked = 0;
    for (const QJsonValue &value : photos) {
        const QJsonObject photo = value.toObject();
        if (photo.value(QStringLiteral("taken_at")).isNull() || checked >= 3)
            continue;
        ++checked;
        const SandboxProcess::Reply full = send("GET", QUrl(photo.value(QStringLiteral("url")).toString()), {}, false);
        QCOMPARE(full.status, 200);
        QVERIFY(full.body.startsWith("\xFF\xD8"));
        QVERIFY(full.body.contains("Exif"));
        const QString exifDate = QDateTime::fromString(photo.value(QStringLiteral("taken_at")).toString(), Qt::ISODate)
                                     .toUTC().toString(QStringLiteral("yyyy:MM:dd HH:mm:ss"));
        QVERIFY(full.body.contains(exifDate.toLatin1()));
        QBuffer buffer;
        buffer.setData(full.body);
        QImageReader reader(&buffer);
        reader.setAutoTransform(true);
        const QImage image = reader.read();
        QCOMPARE(image.size(), QSize(photo.value(QStringLiteral("width")).toInt(), photo.value(QStringLiteral("height")).toInt()));

        const SandboxProcess::Reply thumb = send("GET", QUrl(photo.value(QStringLiteral("thumbnail_url")).toString()), {}, false);
        QCOMPARE(thumb.status, 200);
        QCOMPARE(QImage::fromData(thumb.body).width(), 200);
    }
    QCOMPARE(checked, 3);
}

void TstPhotosSandbox::tamperedUrlIsRefused()
{
    const QJsonObject photo = all(imagesPath()).first().toObject();
    QString url = photo.value(QStringLiteral("url")).toString();
    url.replace(QStringLiteral("w="), QStringLiteral("w=9"));
    const SandboxProcess::Reply reply = send("GET", QUrl(url), {}, false);
    QCOMPARE(reply.status, 403);
    QVERIFY(reply.body.contains("SignatureDoesNotMatch"));
}

void TstPhotosSandbox::photosFilterByAlbumAndUpdatedAtAndSort()
{
    const QJsonArray albums = all(QStringLiteral("/rest/v1.0/image_categories?project_id=%1").arg(firstProject));
    const QJsonObject album = albums.first().toObject();
    const QJsonArray inAlbum = all(imagesPath(QStringLiteral("&image_category_id=%1").arg(album.value(QStringLiteral("id")).toInteger())));
    QCOMPARE(inAlbum.size(), album.value(QStringLiteral("count")).toInt());
    for (const QJsonValue &value : inAlbum)
        QCOMPARE(value.toObject().value(QStringLiteral("image_category_id")).toInteger(), album.value(QStringLiteral("id")).toInteger());

    const QJsonArray sorted = all(imagesPath(QStringLiteral("&sort=-created_at")));
    for (qsizetype i = 1; i < sorted.size(); ++i)
        QVERIFY(sorted.at(i - 1).toObject().value(QStringLiteral("created_at")).toString()
                >= sorted.at(i).toObject().value(QStringLiteral("created_at")).toString());
    const QString middle = sorted.at(sorted.size() / 2).toObject().value(QStringLiteral("updated_at")).toString();
    const QJsonArray recent = all(imagesPath(QStringLiteral("&filters[updated_at]=%1...").arg(middle)));
    QVERIFY(!recent.isEmpty() && recent.size() < sorted.size());
    for (const QJsonValue &value : recent)
        QVERIFY(value.toObject().value(QStringLiteral("updated_at")).toString() >= middle);
}

QString TstPhotosSandbox::completedUpload(const QString &filename)
{
    const SandboxProcess::Reply created = send("POST", m_server->url(QStringLiteral("/rest/v1.1/projects/%1/uploads").arg(firstProject)),
                                               QJsonDocument(QJsonObject{{QStringLiteral("response_filename"), filename},
                                                                         {QStringLiteral("response_content_type"), QStringLiteral("image/jpeg")}}).toJson());
    const QJsonObject upload = created.json().object();
    auto *multipart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    const QJsonObject fields = upload.value(QStringLiteral("fields")).toObject();
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        QHttpPart part;
        part.setHeader(QNetworkRequest::ContentDispositionHeader, QStringLiteral("form-data; name=\"%1\"").arg(it.key()));
        part.setBody(it.value().toString().toUtf8());
        multipart->append(part);
    }
    QHttpPart file;
    file.setHeader(QNetworkRequest::ContentDispositionHeader, QStringLiteral("form-data; name=\"file\"; filename=\"%1\"").arg(filename));
    file.setBody(QByteArray(5000, 'j'));
    multipart->append(file);
    QNetworkReply *reply = m_network.post(QNetworkRequest(QUrl(upload.value(QStringLiteral("url")).toString())), multipart);
    multipart->setParent(reply);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    delete reply;
    return status == 204 ? upload.value(QStringLiteral("uuid")).toString() : QString();
}

void TstPhotosSandbox::photoIsCreatedFromAnUploadThenEditedThenDeleted()
{
    const QJsonArray albums = all(QStringLiteral("/rest/v1.0/image_categories?project_id=%1").arg(firstProject));
    const qint64 album = albums.last().toObject().value(QStringLiteral("id")).toInteger();
    const QString uuid = completedUpload(QStringLiteral("gate.jpg"));
    QVERIFY(!uuid.isEmpty());

    const QJsonObject body{{QStringLiteral("upload_uuid"), uuid}, {QStringLiteral("image_name"), QStringLiteral("gate.jpg")},
                           {QStringLiteral("image"), QJsonObject{{QStringLiteral("image_category_id"), album}}}};
    const SandboxProcess::Reply created = send("POST", m_server->url(imagesPath()), QJsonDocument(body).toJson());
    QCOMPARE(created.status, 201);
    const QJsonObject photo = created.json().object();
    QCOMPARE(photo.value(QStringLiteral("filename")).toString(), QStringLiteral("gate.jpg"));
    QCOMPARE(photo.value(QStringLiteral("image_category_id")).toInteger(), album);
    const qint64 id = photo.value(QStringLiteral("id")).toInteger();

    const QUrl one = m_server->url(QStringLiteral("/rest/v1.0/images/%1?project_id=%2").arg(id).arg(firstProject));
    const QJsonObject edit{{QStringLiteral("image"), QJsonObject{{QStringLiteral("description"), QStringLiteral("North gate, east post")}}}};
    const SandboxProcess::Reply patched = send("PATCH", one, QJsonDocument(edit).toJson());
    QCOMPARE(patched.status, 200);
    QCOMPARE(patched.json().object().value(QStringLiteral("description")).toString(), QStringLiteral("North gate, east post"));
    QVERIFY(patched.json().object().value(QStringLiteral("updated_at")).toString() > photo.value(QStringLiteral("updated_at")).toString());

    const QJsonObject badAlbum{{QStringLiteral("image"), QJsonObject{{QStringLiteral("image_category_id"), 42}}}};
    QCOMPARE(send("PATCH", one, QJsonDocument(badAlbum).toJson()).status, 422);

    QCOMPARE(send("DELETE", one).status, 204);
    QCOMPARE(send("GET", one).status, 404);
}

void TstPhotosSandbox::largeProjectServesTensOfThousandsOfPhotos()
{
    SandboxProcess large({QStringLiteral("--scale"), QStringLiteral("large")});
    QVERIFY(large.isRunning());
    const QString token = large.issueTokens().access;
    const SandboxProcess::Reply page = large.get(imagesPath(QStringLiteral("&per_page=1000&page=7")), token, northwind);
    QCOMPARE(page.status, 200);
    QCOMPARE(page.header("Total").toInt(), 20000);
    QCOMPARE(page.json().array().size(), 1000);
    QSet<qint64> ids;
    for (const QJsonValue &value : page.json().array())
        ids.insert(value.toObject().value(QStringLiteral("id")).toInteger());
    QCOMPARE(ids.size(), 1000);
}

QTEST_GUILESS_MAIN(TstPhotosSandbox)
#include "tst_photossandbox.moc"
