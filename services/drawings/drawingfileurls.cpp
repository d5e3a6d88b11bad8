#include "drawings/drawingfileurls.h"

#include "api/apiclient.h"
#include "api/apireply.h"
#include "cache/cachedatabase.h"
#include "drawings/drawingrecords.h"
#include "drawings/drawingstore.h"
#include "files/filestore.h"
#include "projects/projectstore.h"

#include <QJsonObject>

namespace sitedesk {

void DrawingFileUrls::refresh(const QPointer<ApiClient> &api, const QPointer<CacheDatabase> &cache, const QString &key,
                              const std::function<void(const QUrl &, const ApiError &)> &done)
{
    const qint64 revisionId = key.section(QLatin1Char(':'), 1).toLongLong();
    const auto revision = cache && cache->isOpen() ? DrawingStore(*cache).revision(revisionId) : std::nullopt;
    if (!api || !revision)
        return done({}, ApiError::make(ApiError::Kind::NotFound, tr("This sheet is no longer in the drawing log. Sync again.")));
    const auto project = ProjectStore(*cache).find(revision->projectId);
    const qint64 projectId = revision->projectId;
    ApiReply *reply = api->send(ApiRequest::get(QStringLiteral("/rest/v1.0/projects/%1/drawing_revisions/%2").arg(projectId).arg(revisionId), {},
                                                project ? project->companyId : 0));
    QObject::connect(reply, &ApiReply::finished, reply, [reply, cache, projectId, revisionId, done] {
        reply->deleteLater();
        if (reply->error())
            return done({}, reply->error());
        const auto fresh = DrawingRevision::fromJson(reply->json().object(), projectId);
        if (!fresh || fresh->pdfUrl.isEmpty())
            return done({}, ApiError::make(ApiError::Kind::BadResponse, tr("Procore sent no new link for this sheet.")));
        if (cache && cache->isOpen())
            DrawingStore(*cache).setPdfUrl(revisionId, fresh->pdfUrl);
        done(QUrl(fresh->pdfUrl), {});
    });
}

void DrawingFileUrls::install(FileStore &store, ApiClient *api, CacheDatabase *cache)
{
    store.setUrlRefresher(QStringLiteral("drawing_revision:"),
                          [api = QPointer<ApiClient>(api), cache = QPointer<CacheDatabase>(cache)](const QString &key, const FileStore::UrlDone &done) {
                              refresh(api, cache, key, done);
                          });
}

} // namespace sitedesk
