#pragma once

#include "files/cachedfile.h"

#include <QList>
#include <optional>

namespace sitedesk {

class CacheDatabase;

// The FileStore's index in the cache database (table cached_files, schema v8). Only rows:
// the files themselves are the FileStore's business.
class CachedFileStore
{
public:
    explicit CachedFileStore(CacheDatabase &database);

    std::optional<CachedFile> find(const QString &key) const;
    // Inserts or replaces the row; keeps the pin of an existing row.
    bool put(const CachedFile &file, QString *error = nullptr);
    bool remove(const QString &key, QString *error = nullptr);
    bool setPinned(const QString &key, bool pinned, QString *error = nullptr);
    bool touch(const QString &key, const QDateTime &when);

    // Unpinned files, least recently used first: the eviction order.
    QList<CachedFile> evictionCandidates() const;
    QList<CachedFile> all() const;
    qint64 totalSize() const;
    qint64 pinnedSize() const;
    // Of the given keys, the ones with a row (pinned or not): which sheets are local.
    QList<CachedFile> findMany(const QStringList &keys) const;
    // Every file whose key starts with `prefix` ("drawing_revision:"): a range on the key's
    // index, so its cost follows the files on this computer, not the rows a log shows.
    QList<CachedFile> withKeyPrefix(const QString &prefix) const;

private:
    QList<CachedFile> select(const QString &where, const QVariantList &values) const;

    CacheDatabase &m_database;
};

} // namespace sitedesk
