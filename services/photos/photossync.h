#pragma once

#include "api/listitems.h"
#include "photos/photo.h"
#include "sync/toolsync.h"

#include <QPointer>

#include <memory>

namespace sitedesk {

class PagedReply;

// The Photos tool's sync for one project (tool "photos"):
//   1. albums (GET /rest/v1.0/image_categories?project_id=…), read in full;
//   2. photos (GET /rest/v1.0/images?project_id=…): everything on the first run, afterwards
//      only filters[updated_at] from the watermark, merged into the cache.
// Procore's images list reports no deletions, so after a merge the cached count is checked
// against the albums' counts; when they differ the photos are read again in full, once.
// Photos are parsed and stored page by page as they arrive, on the cache writer's thread
// (cachewriter.h), each page in its own transaction: 50,000 of them would otherwise hold the
// window for seconds, and holding every page until the last one arrived kept hundreds of MB. A
// failed run keeps every photo cached before (pages stored so far are Procore's current
// records; nothing is removed and the watermark stays), and the next run completes it.
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
    // What the writer thread learned from this run's pages; read on the sync's thread only
    // after the final write task has finished.
    struct Intake
    {
        QString watermark;
        QList<qint64> ids;   // every photo of a full read, to remove the rest afterwards
        int records = 0;
        int cachedCount = 0;
        QString error;       // the first failed write; later pages are skipped
    };
    static void storePage(CacheDatabase *cache, qint64 projectId, bool full, Intake &intake, const ListItems &page);
    void onPhotosWritten(bool ok, const ApiError &fetchError);
    void stop(const ApiError &error);

    SyncContext m_context;
    QPointer<PagedReply> m_paged;
    std::shared_ptr<Intake> m_intake;
    QList<Album> m_albums;
    QString m_watermark;
    bool m_full = false;
    bool m_triedFull = false;
    bool m_cancelled = false;
    int m_records = 0;
};

} // namespace sitedesk
