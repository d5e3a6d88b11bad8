#include "photos/photostore.h"

#include "cache/bulkstatement.h"
#include "cache/cachedatabase.h"
#include "cache/sqlerror.h"
#include "cache/transaction.h"

#include <QHash>
#include <QJsonDocument>

namespace sitedesk {

namespace {

const QString photoColumns = QStringLiteral("id, album_id, filename, description, taken_at, created_at, updated_at, uploader_id,"
                                            " uploader, location, width, height, size, private, starred, gps_lat, gps_long, raw");

Photo photoFrom(const QSqlQuery &query, qint64 projectId)
{
    Photo photo = Photo::fromJson(QJsonDocument::fromJson(query.value(17).toByteArray()).object(), projectId).value_or(Photo());
    // The columns are the truth for what the cache may have changed since (album moves).
    photo.id = query.value(0).toLongLong();
    photo.projectId = projectId;
    photo.albumId = query.value(1).toLongLong();
    photo.filename = query.value(2).toString();
    photo.description = query.value(3).toString();
    return photo;
}

quint16 internedIndex(QStringList &table, QHash<QString, quint16> &index, const QString &text)
{
    if (text.isEmpty())
        return 0;
    auto it = index.constFind(text);
    if (it != index.constEnd())
        return *it;
    const quint16 at = quint16(std::min<qsizetype>(table.size(), 65535));
    table.append(text);
    index.insert(text, at);
    return at;
}

// The grid's columns, with the time as seconds worked out by SQLite (no date parsing here).
const QString rowColumns = QStringLiteral("id, album_id, taken_at <> '',"
                                          " CAST(strftime('%s', COALESCE(NULLIF(taken_at, ''), created_at)) AS INTEGER) AS seconds,"
                                          " filename, description, width, height, uploader, location");

PhotoRows readRows(QSqlQuery &query, int expected)
{
    PhotoRows result;
    if (!query.exec())
        return result;
    QHash<QString, quint16> uploaders;
    QHash<QString, quint16> locations;
    result.rows.reserve(expected);
    while (query.next()) {
        PhotoRow &row = result.rows.emplace_back();
        row.id = query.value(0).toLongLong();
        row.albumId = query.value(1).toLongLong();
        row.hasTakenAt = query.value(2).toBool();
        row.when = query.value(3).toLongLong();
        row.filename = query.value(4).toString();
        row.description = query.value(5).toString();
        row.width = query.value(6).toInt();
        row.height = query.value(7).toInt();
        row.uploader = internedIndex(result.uploaders, uploaders, query.value(8).toString());
        row.location = internedIndex(result.locations, locations, query.value(9).toString());
    }
    return result;
}

} // namespace

PhotoStore::PhotoStore(CacheDatabase &database)
    : m_database(database)
{
}

bool PhotoStore::replaceAlbums(qint64 projectId, const QList<Album> &albums, QString *error)
{
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    if (!transaction.isActive())
        return sql::fail(error, QStringLiteral("starting to save albums"), transaction.errorText());
    QSqlQuery remove(db);
    remove.prepare(QStringLiteral("DELETE FROM photo_albums WHERE project_id = ?"));
    remove.addBindValue(projectId);
    if (!remove.exec())
        return sql::fail(error, QStringLiteral("replacing albums"), remove);
    QSqlQuery insert(db);
    if (!insert.prepare(QStringLiteral("INSERT OR REPLACE INTO photo_albums (id, project_id, name, position, private, count, updated_at, raw)"
                                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")))
        return sql::fail(error, QStringLiteral("preparing to save albums"), insert);
    for (const Album &album : albums) {
        insert.bindValue(0, album.id);
        insert.bindValue(1, projectId);
        insert.bindValue(2, sql::text(album.name));
        insert.bindValue(3, album.position);
        insert.bindValue(4, album.isPrivate ? 1 : 0);
        insert.bindValue(5, album.count);
        insert.bindValue(6, sql::text(album.updatedAt));
        insert.bindValue(7, QString::fromUtf8(QJsonDocument(album.raw).toJson(QJsonDocument::Compact)));
        if (!insert.exec())
            return sql::fail(error, QStringLiteral("saving album %1").arg(album.id), insert);
    }
    if (!transaction.commit())
        return sql::fail(error, QStringLiteral("saving albums"), transaction.errorText());
    m_database.notifyChanged({QStringLiteral("photo_albums")});
    return true;
}

bool PhotoStore::replacePhotos(qint64 projectId, const QList<Photo> &photos, QString *error)
{
    return write(projectId, photos, true, Announce::Yes, error);
}

bool PhotoStore::mergePhotos(qint64 projectId, const QList<Photo> &changed, QString *error, Announce announce)
{
    return write(projectId, changed, false, announce, error);
}

bool PhotoStore::removeOthers(qint64 projectId, const QList<qint64> &keep, QString *error)
{
    QSqlQuery remove(m_database.connection());
    remove.prepare(QStringLiteral("DELETE FROM photos WHERE project_id = ? AND id NOT IN (SELECT value FROM json_each(?))"));
    remove.addBindValue(projectId);
    remove.addBindValue(sql::idArray(keep, [](qint64 id) { return id; }));
    if (!remove.exec())
        return sql::fail(error, QStringLiteral("removing photos no longer in Procore"), remove);
    return true;
}

bool PhotoStore::write(qint64 projectId, const QList<Photo> &photos, bool replace, Announce announce, QString *error)
{
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    if (!transaction.isActive())
        return sql::fail(error, QStringLiteral("starting to save photos"), transaction.errorText());
    if (replace) {
        QSqlQuery remove(db);
        remove.prepare(QStringLiteral("DELETE FROM photos WHERE project_id = ?"));
        remove.addBindValue(projectId);
        if (!remove.exec())
            return sql::fail(error, QStringLiteral("replacing photos"), remove);
    }
    BulkStatement insert(db, QStringLiteral("INSERT OR REPLACE INTO photos (project_id, %1)"
                                            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS TEXT))")
                                 .arg(photoColumns));
    if (!insert.isPrepared())
        return sql::fail(error, QStringLiteral("preparing to save photos"), insert.errorText());
    for (const Photo &photo : photos) {
        const QVariantList values{projectId, photo.id, photo.albumId, sql::text(photo.filename), sql::text(photo.description),
                                  photo.takenAt.isValid() ? photo.takenAt.toString(Qt::ISODate) : QStringLiteral(""),
                                  sql::text(photo.createdAt), sql::text(photo.updatedAt), photo.uploaderId, sql::text(photo.uploaderName),
                                  sql::text(photo.location), photo.width, photo.height, photo.size, photo.isPrivate ? 1 : 0,
                                  photo.starred ? 1 : 0, sql::text(photo.gpsLat), sql::text(photo.gpsLong),
                                  sql::rawJson(photo.raw, photo.rawJson)};
        if (!insert.exec(values))
            return sql::fail(error, QStringLiteral("saving photo %1").arg(photo.id), insert.errorText());
    }
    if (!transaction.commit())
        return sql::fail(error, QStringLiteral("saving photos"), transaction.errorText());
    if (announce == Announce::Yes)
        m_database.notifyChanged({QStringLiteral("photos")});
    return true;
}

bool PhotoStore::removePhotos(const QList<qint64> &ids, QString *error)
{
    QSqlQuery remove(m_database.connection());
    remove.prepare(QStringLiteral("DELETE FROM photos WHERE id IN (SELECT value FROM json_each(?))"));
    remove.addBindValue(sql::idArray(ids, [](qint64 id) { return id; }));
    if (!remove.exec())
        return sql::fail(error, QStringLiteral("removing photos"), remove);
    m_database.notifyChanged({QStringLiteral("photos")});
    return true;
}

QList<Album> PhotoStore::albums(qint64 projectId) const
{
    QList<Album> list;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT a.id, a.name, a.position, a.private, a.updated_at, a.raw,"
                                 " (SELECT COUNT(*) FROM photos p WHERE p.project_id = a.project_id AND p.album_id = a.id)"
                                 " FROM photo_albums a WHERE a.project_id = ? ORDER BY a.position, a.name"));
    query.addBindValue(projectId);
    if (!query.exec())
        return list;
    while (query.next()) {
        Album album;
        album.id = query.value(0).toLongLong();
        album.projectId = projectId;
        album.name = query.value(1).toString();
        album.position = query.value(2).toInt();
        album.isPrivate = query.value(3).toBool();
        album.updatedAt = query.value(4).toString();
        album.raw = QJsonDocument::fromJson(query.value(5).toByteArray()).object();
        album.count = query.value(6).toInt();
        list.append(album);
    }
    return list;
}

std::optional<Photo> PhotoStore::photo(qint64 id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1, project_id FROM photos WHERE id = ?").arg(photoColumns));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return photoFrom(query, query.value(18).toLongLong());
}

QList<Photo> PhotoStore::photosById(const QList<qint64> &ids) const
{
    QList<Photo> list;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1, project_id FROM photos WHERE id IN (SELECT value FROM json_each(?))").arg(photoColumns));
    query.addBindValue(sql::idArray(ids, [](qint64 id) { return id; }));
    if (!query.exec())
        return list;
    while (query.next())
        list.append(photoFrom(query, query.value(18).toLongLong()));
    return list;
}

QList<Photo> PhotoStore::photos(qint64 projectId) const
{
    QList<Photo> list;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM photos WHERE project_id = ? ORDER BY COALESCE(NULLIF(taken_at, ''), created_at), id").arg(photoColumns));
    query.addBindValue(projectId);
    if (!query.exec())
        return list;
    while (query.next())
        list.append(photoFrom(query, projectId));
    return list;
}

PhotoRows PhotoStore::rows(qint64 projectId) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM photos WHERE project_id = ? ORDER BY seconds DESC, id DESC").arg(rowColumns));
    query.addBindValue(projectId);
    return readRows(query, photoCount(projectId));
}

// Both halves walk photos_by_taken backwards and stop after `limit`: no scan of 50,000 rows.
PhotoRows PhotoStore::newestRows(qint64 projectId, int limit) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM photos WHERE id IN ("
                                 " SELECT id FROM (SELECT id FROM photos WHERE project_id = ? AND taken_at > ''"
                                 "  ORDER BY taken_at DESC, id DESC LIMIT ?)"
                                 " UNION ALL"
                                 " SELECT id FROM (SELECT id FROM photos WHERE project_id = ? AND taken_at = ''"
                                 "  ORDER BY id DESC LIMIT ?))"
                                 " ORDER BY seconds DESC, id DESC LIMIT ?").arg(rowColumns));
    for (const qint64 value : {projectId, qint64(limit), projectId, qint64(limit), qint64(limit)})
        query.addBindValue(value);
    return readRows(query, limit);
}

int PhotoStore::photoCount(qint64 projectId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM photos WHERE project_id = ?"));
    query.addBindValue(projectId);
    return query.exec() && query.next() ? query.value(0).toInt() : 0;
}

} // namespace sitedesk
