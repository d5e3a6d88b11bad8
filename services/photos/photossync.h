#pragma once

#include "photos/photo.h"
#include "sync/toolsync.h"

#include <QJsonArray>
#include <QPointer>

namespace sitedesk {

class PagedReply;

// The Photos tool's sync for one project (tool "photos"):
//   1. albums (GET /rest/v1.0/image_categories?project_id=…), read in full;
//   2. photos (GET /rest/v1.0/images?project_id=…): everything on the first run, afterwards
//      only filters[updated_at] from the watermark, merged into the cache.
// Procore's images list reports no deletions, so after a merge the cached count is checked
// against the albums' counts; when they differ the photos are read again in full, once.
// Nothing is written until both lists are in: a failed run keeps the previous photos. The
// photos are parsed and written on the cache writer's thread (cachewriter.h): 50,000 of them
// would otherwise hold the window for seconds.
class PhotosSync final : public ToolSync
{
    Q_OBJECT

public:
    using ToolSync::ToolSync;
    static QString name() { return QStringLiteral("photos"); }

    void start(const SyncContext &context) override;
    void cancel() override;
    int recordCount() const override { return m_records; }

private:
    PagedReply *fetch(const QString &path, const QUrlQuery &query, int maxPerPage);
    void onAlbums();
    void fetchPhotos(bool full);
    void onPhotos();
    struct Written
    {
        QString watermark;
        int records = 0;
        int cachedCount = 0;
        QString error;
    };
    void onPhotosWritten(bool ok, const Written &written);
    void stop(const ApiError &error);

    SyncContext m_context;
    QPointer<PagedReply> m_paged;
    QList<Album> m_albums;
    QString m_watermark;
    bool m_full = false;
    bool m_triedFull = false;
    bool m_cancelled = false;
    int m_records = 0;
};

} // namespace sitedesk
