#include "photos/photofileurls.h"

#include "api/apiclient.h"
#include "api/apireply.h"
#include "cache/cachedatabase.h"
#include "files/filestore.h"
#include "photos/photostore.h"
#include "projects/projectstore.h"

#include <QJsonObject>
#include <QPointer>
#include <QUrlQuery>

namespace sitedesk {

namespace {

void refresh(const QPointer<ApiClient> &api, const QPointer<CacheDatabase> &cache, const QString &key, const FileStore::UrlDone &done)
{
    const qint64 photoId = key.section(QLatin1Char(':'), 1).toLongLong();
    const auto photo = cache && cache->isOpen() ? PhotoStore(*cache).photo(photoId) : std::nullopt;
    if (!api || !photo)
        return done({}, ApiError::make(ApiError::Kind::NotFound, PhotoFileUrls::tr("This photo is no longer in the album. Sync again.")));
    const auto project = ProjectStore(*cache).find(photo->projectId);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("project_id"), QString::number(photo->projectId));
    ApiReply *reply = api->send(ApiRequest::get(QStringLiteral("/rest/v1.0/images/%1").arg(photoId), query, project ? project->companyId : 0));
    const qint64 projectId = photo->projectId;
    QObject::connect(reply, &ApiReply::finished, reply, [reply, cache, projectId, done] {
        reply->deleteLater();
        if (reply->error())
            return done({}, reply->error());
        const auto fresh = Photo::fromJson(reply->json().object(), projectId);
        if (!fresh || fresh->url.isEmpty())
            return done({}, ApiError::make(ApiError::Kind::BadResponse, PhotoFileUrls::tr("Procore sent no new link for this photo.")));
        if (cache && cache->isOpen())
            PhotoStore(*cache).mergePhotos(projectId, {*fresh});
        done(QUrl(fresh->url), {});
    });
}

} // namespace

void PhotoFileUrls::install(FileStore &store, ApiClient *api, CacheDatabase *cache)
{
    store.setUrlRefresher(QStringLiteral("photo:"),
                          [api = QPointer<ApiClient>(api), cache = QPointer<CacheDatabase>(cache)](const QString &key, const FileStore::UrlDone &done) {
                              refresh(api, cache, key, done);
                          });
}

} // namespace sitedesk
