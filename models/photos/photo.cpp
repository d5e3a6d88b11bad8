#include "photos/photo.h"

#include "core/jsonfields.h"
#include "core/jsonrecord.h"

namespace sitedesk {

namespace {

QDateTime timeOf(const QJsonValue &value)
{
    const QString text = json::toText(value);
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

// One reading for a parsed object and for a record read from its bytes (json::Record).
template<typename Object>
std::optional<Photo> photoFrom(const Object &object, qint64 projectId)
{
    const auto field = [&](const char *key) { return object.value(QLatin1String(key)); };
    Photo photo;
    photo.id = json::toId(field("id"));
    if (photo.id == 0)
        return std::nullopt;
    photo.projectId = projectId;
    photo.albumId = json::toId(field("image_category_id"));
    if (photo.albumId == 0)
        photo.albumId = json::nestedId(object, QLatin1String("image_category"));
    photo.albumName = json::toText(field("image_category_name"));
    photo.filename = json::toText(field("filename"));
    photo.description = json::toText(field("description"));
    photo.takenAt = timeOf(field("taken_at"));
    photo.createdAt = json::toText(field("created_at"));
    photo.updatedAt = json::toText(field("updated_at"));
    photo.uploaderId = json::nestedId(object, QLatin1String("uploader"));
    photo.uploaderName = json::nestedText(object, QLatin1String("uploader"));
    photo.location = json::nestedText(object, QLatin1String("location"));
    photo.width = int(field("width").toVariant().toLongLong());
    photo.height = int(field("height").toVariant().toLongLong());
    photo.size = field("size").toVariant().toLongLong();
    photo.isPrivate = json::toBool(field("private"));
    photo.starred = json::toBool(field("starred"));
    photo.gpsLat = json::toText(field("gps_lat"));
    photo.gpsLong = json::toText(field("gps_long"));
    photo.url = json::toText(field("url"));
    photo.thumbnailUrl = json::toText(field("thumbnail_url"));
    photo.raw = json::parsedTree(object);
    return photo;
}

} // namespace

std::optional<Photo> Photo::fromJson(const QJsonObject &object, qint64 projectId)
{
    return photoFrom(object, projectId);
}

std::optional<Photo> Photo::fromJson(const json::Record &record, qint64 projectId)
{
    return photoFrom(record, projectId);
}

QDateTime Photo::when() const
{
    return takenAt.isValid() ? takenAt : QDateTime::fromString(createdAt, Qt::ISODateWithMs).toUTC();
}

std::optional<Album> Album::fromJson(const QJsonObject &object, qint64 projectId)
{
    const auto field = [&](const char *key) { return object.value(QLatin1String(key)); };
    Album album;
    album.id = json::toId(field("id"));
    if (album.id == 0)
        return std::nullopt;
    album.projectId = projectId;
    album.name = json::toText(field("name"));
    album.position = int(field("position").toVariant().toLongLong());
    album.isPrivate = json::toBool(field("private"));
    album.count = int(field("count").toVariant().toLongLong());
    album.updatedAt = json::toText(field("updated_at"));
    album.raw = object;
    return album;
}

} // namespace sitedesk
