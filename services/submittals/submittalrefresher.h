#pragma once

#include "api/apierror.h"

#include <QObject>
#include <QPointer>

namespace sitedesk {

class ApiClient;
class CacheDatabase;

// Reads one submittal again (GET /rest/v1.1/projects/{project_id}/submittals/{id}, which adds
// the attachments list and fresh file URLs) and stores it, so the detail pane shows Procore's
// latest while online and the same record from the cache offline. One refresh at a time: a new
// one replaces the one in flight.
class SubmittalRefresher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SubmittalRefresher)

public:
    explicit SubmittalRefresher(ApiClient *api, QObject *parent = nullptr);

    void refresh(CacheDatabase *cache, qint64 projectId, qint64 submittalId);

signals:
    // After the cache has the fresh record (or with the reason it could not be read).
    void refreshed(qint64 submittalId, const sitedesk::ApiError &error);

private:
    QPointer<ApiClient> m_api;
    QPointer<QObject> m_reply;
};

} // namespace sitedesk
