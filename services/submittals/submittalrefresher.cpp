#include "submittals/submittalrefresher.h"

#include "api/apiclient.h"
#include "api/apireply.h"
#include "cache/cachedatabase.h"
#include "projects/projectstore.h"
#include "submittals/submittal.h"
#include "submittals/submittalstore.h"

#include <QJsonObject>

namespace sitedesk {

SubmittalRefresher::SubmittalRefresher(ApiClient *api, QObject *parent)
    : QObject(parent),
      m_api(api)
{
}

void SubmittalRefresher::refresh(CacheDatabase *cache, qint64 projectId, qint64 submittalId)
{
    if (auto *previous = qobject_cast<ApiReply *>(m_reply.data())) {
        previous->disconnect(this);
        previous->abort();
        previous->deleteLater();
    }
    if (!m_api || !cache || !cache->isOpen())
        return;
    const auto project = ProjectStore(*cache).find(projectId);
    ApiReply *reply = m_api->send(ApiRequest::get(Submittal::pathOf(projectId, submittalId), {}, project ? project->companyId : 0));
    m_reply = reply;
    QPointer<CacheDatabase> target(cache);
    connect(reply, &ApiReply::finished, this, [this, reply, target, projectId, submittalId] {
        reply->deleteLater();
        ApiError error = reply->error();
        if (!error && target) {
            const auto submittal = Submittal::fromJson(reply->json().object(), projectId);
            QString why;
            if (submittal && !SubmittalStore(*target).merge(projectId, {*submittal}, &why))
                error = ApiError::make(ApiError::Kind::Storage, why);
        }
        emit refreshed(submittalId, error);
    });
}

} // namespace sitedesk
