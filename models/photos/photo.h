#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace sitedesk {

namespace json {
class Record;
}

// A photo (GET /rest/v1.0/images?project_id=…), read tolerantly: ids as numbers or strings,
// nulls, GPS as strings, `location` and `uploader` as objects or plain text. `url` and
// `thumbnailUrl` are time-limited: kept for the next download, never trusted as durable.
struct Photo
{
    qint64 id = 0;
    qint64 projectId = 0;
    qint64 albumId = 0;
    QString albumName;
    QString filename;
    QString description;
    QDateTime takenAt;       // invalid when the file had no EXIF capture time
    QString createdAt;
    QString updatedAt;
    qint64 uploaderId = 0;
    QString uploaderName;
    QString location;
    int width = 0;
    int height = 0;
    qint64 size = 0;
    bool isPrivate = false;
    bool starred = false;
    QString gpsLat;
    QString gpsLong;
    QString url;
    QString thumbnailUrl;
    QJsonObject raw;
    QByteArray rawJson;    // `raw` as the bytes Procore sent, when a sync has them: what the cache stores

    static std::optional<Photo> fromJson(const QJsonObject &object, qint64 projectId);
    static std::optional<Photo> fromJson(const json::Record &record, qint64 projectId);
    // When the photo was taken, else when it was uploaded: what a timeline sorts by.
    QDateTime when() const;
};

// A photo album (Procore: image category, GET /rest/v1.0/image_categories?project_id=…).
struct Album
{
    qint64 id = 0;
    qint64 projectId = 0;
    QString name;
    int position = 0;
    bool isPrivate = false;
    int count = 0;           // Procore's count; the cache's own count is what the tab shows
    QString updatedAt;
    QJsonObject raw;

    static std::optional<Album> fromJson(const QJsonObject &object, qint64 projectId);
};

} // namespace sitedesk
