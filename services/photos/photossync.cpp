#include "photos/photossync.h"

#include "api/apiclient.h"
#include "api/pagedreply.h"
#include "cache/cachedatabase.h"
#include "cache/syncstatestore.h"
#include "photos/photostore.h"
#include "sync/cachewriter.h"

#include <memory>

namespace sitedesk {

namespace {

constexpr int photosPerPage = 1000;   // what Procore's v1.0 images list accepts at most
constexpr int albumsPerPage = 1000;

QString projectText(const SyncContext &context) { return QString::number(context.projectId); }

} // namespace

void PhotosSync::start(const SyncContext &context)
{
    m_context = context;
    m_records = 0;
    m_cancelled = false;
    m_triedFull = false;
    m_albums.clear();
    m_watermark.clear();
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("project_id"), projectText(context));
    m_paged = fetch(QStringLiteral("/rest/v1.0/image_categories"), query, albumsPerPage);
    connect(m_paged, &PagedReply::finished, this, &PhotosSync::onAlbums);
}

void PhotosSync::cancel()
{
    m_cancelled = true;
    if (m_paged)
        m_paged->abort();
}

PagedReply *PhotosSync::fetch(const QString &path, const QUrlQuery &query, int maxPerPage)
{
    ApiRequest request = ApiRequest::get(path, query, m_context.companyId);
    request.maxPerPage = maxPerPage;
    return m_context.api->fetchAll(request);
}

void PhotosSync::onAlbums()
{
    PagedReply *reply = m_paged;
    reply->deleteLater();
    if (reply->error())
        return stop(reply->error());
    for (const QJsonValue &value : reply->items())
        if (const auto album = Album::fromJson(value.toObject(), m_context.projectId))
            m_albums.append(*album);
    const auto state = SyncStateStore(*m_context.cache).state(m_context.projectId, name());
    fetchPhotos(!state || state->watermark.isEmpty());
}

void PhotosSync::fetchPhotos(bool full)
{
    m_full = full;
    m_triedFull = m_triedFull || full;
    m_intake = std::make_shared<Intake>();
    m_intake->watermark = m_watermark;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("project_id"), projectText(m_context));
    query.addQueryItem(QStringLiteral("sort"), QStringLiteral("created_at"));
    if (!full) {
        const auto state = SyncStateStore(*m_context.cache).state(m_context.projectId, name());
        query.addQueryItem(QStringLiteral("filters[updated_at]"), state->watermark + QStringLiteral("..."));
    }
    m_paged = fetch(QStringLiteral("/rest/v1.0/images"), query, photosPerPage);
    cachewriter::streamPages(this, m_paged, [cache = m_context.cache, projectId = m_context.projectId, full = m_full, intake = m_intake](const ListItems &page) {
        storePage(cache, projectId, full, *intake, page);
    });
    connect(m_paged, &PagedReply::progress, this, &ToolSync::progress);
    connect(m_paged, &PagedReply::finished, this, &PhotosSync::onPhotos);
}

void PhotosSync::storePage(CacheDatabase *cache, qint64 projectId, bool full, Intake &intake, const ListItems &page)
{
    if (!intake.error.isEmpty())
        return;
    QList<Photo> photos;
    photos.reserve(page.size());
    page.forEachRecord([&](const json::Record &record) {
        if (auto photo = Photo::fromJson(record, projectId)) {
            photo->rawJson = record.bytes();
            intake.watermark = std::max(intake.watermark, photo->updatedAt);
            if (full)
                intake.ids.append(photo->id);
            photos.append(std::move(*photo));
        }
    });
    intake.records += int(photos.size());
    // Announced once the whole list is in: a grid of 50,000 reloads once, not per page.
    PhotoStore(*cache).mergePhotos(projectId, photos, &intake.error, PhotoStore::Announce::No);
}

void PhotosSync::onPhotos()
{
    PagedReply *reply = m_paged;
    reply->deleteLater();
    const ApiError fetchError = reply->error();
    // After every page's write (one writer thread, in order): the albums, the photos a full read
    // no longer lists, the count; or, when the fetch failed, just the news of what was stored.
    cachewriter::run(this, [cache = m_context.cache, projectId = m_context.projectId, albums = m_albums, full = m_full,
                            fetched = !fetchError.isError(), intake = m_intake] {
        PhotoStore store(*cache);
        const bool ok = fetched && intake->error.isEmpty() && store.replaceAlbums(projectId, albums, &intake->error)
                        && (!full || store.removeOthers(projectId, intake->ids, &intake->error));
        if (ok || intake->records > 0)
            cache->notifyChanged({QStringLiteral("photos")});   // once for all the pages stored
        intake->cachedCount = store.photoCount(projectId);
        return ok;
    }, [this, fetchError](bool ok) { onPhotosWritten(ok, fetchError); });
}

void PhotosSync::onPhotosWritten(bool ok, const ApiError &fetchError)
{
    if (m_cancelled)
        return stop(ApiError::make(ApiError::Kind::Cancelled, QString()));
    if (fetchError.isError())
        return stop(fetchError);
    if (!ok)
        return stop(ApiError::make(ApiError::Kind::Storage, m_intake->error));
    m_watermark = m_intake->watermark;
    m_records += m_intake->records;
    // A deletion leaves no trace in an incremental read; counts that disagree give it away.
    int expected = 0;
    for (const Album &album : std::as_const(m_albums))
        expected += album.count;
    if (!m_triedFull && expected != m_intake->cachedCount)
        return fetchPhotos(true);
    SyncStateStore(*m_context.cache).markSuccess(m_context.projectId, name(), QDateTime::currentDateTimeUtc(), m_watermark);
    m_context.cache->notifyChanged({QStringLiteral("sync_state")});
    emit finished({});
}

void PhotosSync::stop(const ApiError &error)
{
    const ApiError reported = m_cancelled ? ApiError::make(ApiError::Kind::Cancelled, QString()) : error;
    if (reported.kind != ApiError::Kind::Cancelled)
        SyncStateStore(*m_context.cache).markFailure(m_context.projectId, name(), reported.userMessage());
    emit finished(reported);
}

} // namespace sitedesk
