#include "files/cachedfilestore.h"

#include "cache/cachedatabase.h"
#include "cache/sqlerror.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace sitedesk {

namespace {

const QString columns = QStringLiteral("key, path, size, sha256, content_type, pinned, fetched_at, last_used_at");

QString isoTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QStringLiteral("");
}

CachedFile fromQuery(const QSqlQuery &query)
{
    CachedFile file;
    file.key = query.value(0).toString();
    file.path = query.value(1).toString();
    file.size = query.value(2).toLongLong();
    file.sha256 = query.value(3).toString();
    file.contentType = query.value(4).toString();
    file.pinned = query.value(5).toBool();
    file.fetchedAt = QDateTime::fromString(query.value(6).toString(), Qt::ISODateWithMs);
    file.lastUsedAt = QDateTime::fromString(query.value(7).toString(), Qt::ISODateWithMs);
    return file;
}

} // namespace

CachedFileStore::CachedFileStore(CacheDatabase &database)
    : m_database(database)
{
}

QList<CachedFile> CachedFileStore::select(const QString &where, const QVariantList &values) const
{
    QList<CachedFile> files;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM cached_files %2").arg(columns, where));
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return files;
    while (query.next())
        files.append(fromQuery(query));
    return files;
}

std::optional<CachedFile> CachedFileStore::find(const QString &key) const
{
    const QList<CachedFile> files = select(QStringLiteral("WHERE key = ?"), {key});
    if (files.isEmpty())
        return std::nullopt;
    return files.first();
}

bool CachedFileStore::put(const CachedFile &file, QString *error)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO cached_files (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                                 " ON CONFLICT(key) DO UPDATE SET path = excluded.path, size = excluded.size,"
                                 " sha256 = excluded.sha256, content_type = excluded.content_type,"
                                 " fetched_at = excluded.fetched_at, last_used_at = excluded.last_used_at").arg(columns));
    query.addBindValue(file.key);
    query.addBindValue(sql::text(file.path));
    query.addBindValue(file.size);
    query.addBindValue(sql::text(file.sha256));
    query.addBindValue(sql::text(file.contentType));
    query.addBindValue(file.pinned ? 1 : 0);
    query.addBindValue(isoTime(file.fetchedAt));
    query.addBindValue(isoTime(file.lastUsedAt));
    if (!query.exec())
        return sql::fail(error, QStringLiteral("recording the downloaded file %1").arg(file.key), query);
    m_database.notifyChanged({QStringLiteral("cached_files")});
    return true;
}

bool CachedFileStore::remove(const QString &key, QString *error)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM cached_files WHERE key = ?"));
    query.addBindValue(key);
    if (!query.exec())
        return sql::fail(error, QStringLiteral("forgetting the file %1").arg(key), query);
    m_database.notifyChanged({QStringLiteral("cached_files")});
    return true;
}

bool CachedFileStore::setPinned(const QString &key, bool pinned, QString *error)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE cached_files SET pinned = ? WHERE key = ?"));
    query.addBindValue(pinned ? 1 : 0);
    query.addBindValue(key);
    if (!query.exec())
        return sql::fail(error, QStringLiteral("pinning the file %1").arg(key), query);
    m_database.notifyChanged({QStringLiteral("cached_files")});
    return query.numRowsAffected() > 0;
}

bool CachedFileStore::touch(const QString &key, const QDateTime &when)
{
    // No change notification: the last use orders eviction only, no view shows it.
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE cached_files SET last_used_at = ? WHERE key = ?"));
    query.addBindValue(isoTime(when));
    query.addBindValue(key);
    return query.exec();
}

QList<CachedFile> CachedFileStore::evictionCandidates() const
{
    return select(QStringLiteral("WHERE pinned = 0 ORDER BY last_used_at, key"), {});
}

QList<CachedFile> CachedFileStore::all() const
{
    return select(QStringLiteral("ORDER BY key"), {});
}

qint64 CachedFileStore::totalSize() const
{
    QSqlQuery query(m_database.connection());
    if (query.exec(QStringLiteral("SELECT COALESCE(SUM(size), 0) FROM cached_files")) && query.next())
        return query.value(0).toLongLong();
    return 0;
}

qint64 CachedFileStore::pinnedSize() const
{
    QSqlQuery query(m_database.connection());
    if (query.exec(QStringLiteral("SELECT COALESCE(SUM(size), 0) FROM cached_files WHERE pinned = 1")) && query.next())
        return query.value(0).toLongLong();
    return 0;
}

QList<CachedFile> CachedFileStore::findMany(const QStringList &keys) const
{
    const QString list = QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(keys)).toJson(QJsonDocument::Compact));
    return select(QStringLiteral("WHERE key IN (SELECT value FROM json_each(?))"), {list});
}

QList<CachedFile> CachedFileStore::withKeyPrefix(const QString &prefix) const
{
    if (prefix.isEmpty())
        return all();
    QString end = prefix;   // the first key past the prefix: its last character plus one
    end.back() = QChar(char16_t(end.back().unicode() + 1));
    return select(QStringLiteral("WHERE key >= ? AND key < ?"), {prefix, end});
}

} // namespace sitedesk
