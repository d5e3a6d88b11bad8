#pragma once

#include <QCoreApplication>
#include <QString>

namespace sitedesk {

class ApiClient;
class CacheDatabase;
class FileStore;

// Photos kept offline are FileStore files under keys "photo:{id}". Their URLs are
// time-limited: when one expired while the photo sat in the cache, the photo is read again
// (GET /rest/v1.0/images/{id}?project_id=…) for a fresh `url`, and the fresh record replaces
// the cached one.
//
//   PhotoFileUrls::install(*fileStore, api, cache);   // once, after creating the store
class PhotoFileUrls
{
    Q_DECLARE_TR_FUNCTIONS(PhotoFileUrls)

public:
    static QString key(qint64 photoId) { return QStringLiteral("photo:%1").arg(photoId); }
    static void install(FileStore &store, ApiClient *api, CacheDatabase *cache);
};

} // namespace sitedesk
