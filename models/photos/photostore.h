#pragma once

#include "photos/photo.h"
#include "photos/photorows.h"

#include <QList>

namespace sitedesk {

class CacheDatabase;

// The `photo_albums` and `photos` tables (schema v10). Albums are replaced per project; photos
// come as a full read (replacePhotos) or as the changes since the last sync (mergePhotos); a
// sync that stores a long list page by page merges each page unannounced, then removes the
// photos its full read did not list (removeOthers). Each call is one transaction. rows() reads
// a project's photos in one query into compact rows, for a grid of 50,000; photo() gives one
// full record.
class PhotoStore
{
public:
    explicit PhotoStore(CacheDatabase &database);

    bool replaceAlbums(qint64 projectId, const QList<Album> &albums, QString *error = nullptr);
    bool replacePhotos(qint64 projectId, const QList<Photo> &photos, QString *error = nullptr);
    enum class Announce { Yes, No };   // No: a page of a longer write; the caller announces it
    bool mergePhotos(qint64 projectId, const QList<Photo> &changed, QString *error = nullptr, Announce announce = Announce::Yes);
    // Removes the project's photos that are not in `keep` (a full read's ids), unannounced: the
    // caller announces the whole write.
    bool removeOthers(qint64 projectId, const QList<qint64> &keep, QString *error = nullptr);
    bool removePhotos(const QList<qint64> &ids, QString *error = nullptr);

    // By position, then name; `count` is the cached photos in each.
    QList<Album> albums(qint64 projectId) const;
    std::optional<Photo> photo(qint64 id) const;
    QList<Photo> photosById(const QList<qint64> &ids) const;   // those in the cache, in one query
    QList<Photo> photos(qint64 projectId) const;   // full records by time taken (CLI export)
    // The grid's rows, newest first (taken, else uploaded; then by id).
    PhotoRows rows(qint64 projectId) const;
    // The newest `limit` of those, read through the index (quick at 50,000). Photos with no
    // capture time count by id (Procore's ids grow with uploads), so this is the head of rows()
    // as long as no later upload has an earlier id.
    PhotoRows newestRows(qint64 projectId, int limit) const;
    int photoCount(qint64 projectId) const;

private:
    bool write(qint64 projectId, const QList<Photo> &photos, bool replace, Announce announce, QString *error);

    CacheDatabase &m_database;
};

} // namespace sitedesk
