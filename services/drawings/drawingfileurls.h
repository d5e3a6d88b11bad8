#pragma once

#include <QCoreApplication>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <functional>

namespace sitedesk {

class ApiClient;
class CacheDatabase;
struct ApiError;
class FileStore;

// Fresh file URLs for drawing revisions, for a FileStore whose download met an expired
// pre-signed link (403): the revision is read again, GET
// /rest/v1.0/projects/{project_id}/drawing_revisions/{id} (Procore's Show Drawing Revision),
// and its new pdf_url is used for the rest of the download and kept on the cached revision.
// The revision's project comes from the cache, and the project's company from there too.
//
//   DrawingFileUrls::install(*fileStore, api, cache);   // once, after creating the store
class DrawingFileUrls
{
    Q_DECLARE_TR_FUNCTIONS(DrawingFileUrls)

public:
    static void install(FileStore &store, ApiClient *api, CacheDatabase *cache);

private:
    static void refresh(const QPointer<ApiClient> &api, const QPointer<CacheDatabase> &cache, const QString &key,
                        const std::function<void(const QUrl &, const ApiError &)> &done);
};

} // namespace sitedesk
