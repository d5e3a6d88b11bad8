#include "projects/projectssync.h"

#include "projects/projectstore.h"

#include <QJsonObject>

namespace sitedesk {

ApiRequest ProjectsSync::request(const SyncContext &context) const
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("company_id"), QString::number(context.companyId));
    ApiRequest request = ApiRequest::get(QStringLiteral("/rest/v1.0/projects"), query, context.companyId);
    request.maxPerPage = 10000;
    return request;
}

int ProjectsSync::storeItems(const SyncContext &context, const QJsonArray &items, QString *error)
{
    QList<Project> projects;
    projects.reserve(items.size());
    for (const QJsonValue &item : items) {
        if (auto project = Project::fromJson(item.toObject(), context.companyId))
            projects.append(*project);
    }
    if (!ProjectStore(*context.cache).replaceForCompany(context.companyId, projects, error))
        return -1;
    return int(projects.size());
}

} // namespace sitedesk
