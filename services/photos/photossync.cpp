#include "photos/photossync.h"

#include "api/apiclient.h"
#include "api/pagedreply.h"
#include "cache/cachedatabase.h"
#include "cache/syncstatestore.h"
#include "photos/photostore.h"

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
    m_watermark.clear();
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("project_id"), projectText(m_context));
    query.addQueryItem(QStringLiteral("sort"), QStringLiteral("created_at"));
    if (!full) {
        const auto state = SyncStateStore(*m_context.cache).state(m_context.projectId, name());
        query.addQueryItem(QStringLiteral("filters[updated_at]"), state->watermark + QStringLiteral("..."));
    }
    m_paged = fetch(QStringLiteral("/rest/v1.0/images"), query, photosPerPage);
    connect(m_paged, &PagedReply::progress, this, &ToolSync::progress);
    connect(m_paged, &PagedReply::finished, this, &PhotosSync::onPhotos);
}

void PhotosSync::onPhotos()
{
    PagedReply *reply = m_paged;
    reply->deleteLater();
    if (reply->error())
        return stop(reply->error());
    QString error;
    if (!write(reply->items(), &error))
        return stop(ApiError::make(ApiError::Kind::Storage, error));
    // A deletion leaves no trace in an incremental read; counts that disagree give it away.
    int expected = 0;
    for (const Album &album : m_albums)
        expected += album.count;
    if (!m_triedFull && expected != PhotoStore(*m_context.cache).photoCount(m_context.projectId))
        return fetchPhotos(true);
    SyncStateStore(*m_context.cache).markSuccess(m_context.projectId, name(), QDateTime::currentDateTimeUtc(), m_watermark);
    m_context.cache->notifyChanged({QStringLiteral("sync_state")});
    emit finished({});
}

bool PhotosSync::write(const QJsonArray &items, QString *error)
{
    QList<Photo> photos;
    photos.reserve(items.size());
    for (const QJsonValue &value : items) {
        if (auto photo = Photo::fromJson(value.toObject(), m_context.projectId)) {
            if (photo->updatedAt > m_watermark)
                m_watermark = photo->updatedAt;
            photos.append(std::move(*photo));
        }
    }
    PhotoStore store(*m_context.cache);
    if (!store.replaceAlbums(m_context.projectId, m_albums, error))
        return false;
    const bool ok = m_full ? store.replacePhotos(m_context.projectId, photos, error) : store.mergePhotos(m_context.projectId, photos, error);
    m_records += int(photos.size());
    return ok;
}

void PhotosSync::stop(const ApiError &error)
{
    const ApiError reported = m_cancelled ? ApiError::make(ApiError::Kind::Cancelled, QString()) : error;
    if (reported.kind != ApiError::Kind::Cancelled)
        SyncStateStore(*m_context.cache).markFailure(m_context.projectId, name(), reported.userMessage());
    emit finished(reported);
}

} // namespace sitedesk
