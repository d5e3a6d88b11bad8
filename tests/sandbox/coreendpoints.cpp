#include "coreendpoints.h"

#include "listendpoint.h"

#include <QRegularExpression>

namespace sandbox {

namespace {

bool companyExists(SandboxData &data, qint64 id)
{
    return data.find(QStringLiteral("companies"), id) != nullptr;
}

QList<QJsonObject> projectsOf(SandboxData &data, qint64 companyId)
{
    QList<QJsonObject> projects;
    for (const QJsonObject &project : data.collection(QStringLiteral("projects")))
        if (project.value(QLatin1String("company")).toObject().value(QLatin1String("id")).toInteger() == companyId)
            projects.append(project);
    return projects;
}

HttpResponse projects(const HttpRequest &request, RestContext &context, int maxPerPage)
{
    const QString companyText = request.queryValue(QStringLiteral("company_id"));
    if (companyText.isEmpty())
        return badRequest(QStringLiteral("company_id is required"));
    const qint64 companyId = companyText.toLongLong();
    if (!companyExists(context.data, companyId))
        return notFound();
    if (companyId != context.companyId)
        return forbidden(QStringLiteral("The Procore-Company-Id header does not match company_id."));
    QList<QJsonObject> items = projectsOf(context.data, companyId);
    const QString active = request.queryValue(QStringLiteral("filters[active]"));
    if (!active.isEmpty()) {
        const bool wanted = active == QLatin1String("true");
        items.removeIf([wanted](const QJsonObject &p) { return p.value(QLatin1String("active")).toBool() != wanted; });
    }
    ListOptions options;
    options.maxPerPage = maxPerPage;
    return listResponse(request, context.baseUrl, items, options);
}

HttpResponse companyProjects(const HttpRequest &request, RestContext &context, qint64 companyId)
{
    if (!companyExists(context.data, companyId))
        return notFound();
    if (companyId != context.companyId)
        return forbidden(QStringLiteral("The Procore-Company-Id header does not match the company."));
    QList<QJsonObject> items;
    for (const QJsonObject &project : projectsOf(context.data, companyId)) {
        QJsonObject small;
        for (const char *key : {"id", "name", "display_name", "project_number", "active"})
            small.insert(QLatin1String(key), project.value(QLatin1String(key)));
        items.append(small);
    }
    return listResponse(request, context.baseUrl, items);
}

} // namespace

bool handleCoreEndpoints(const HttpRequest &request, RestContext &context, HttpResponse *response)
{
    if (request.method != "GET")
        return false;
    static const QRegularExpression companyProjectsPath(QStringLiteral("^/rest/v1\\.0/companies/(\\d+)/projects$"));
    const QString &path = request.path;
    if (path == QLatin1String("/rest/v1.0/me"))
        *response = HttpResponse::json(200, context.data.me);
    else if (path == QLatin1String("/rest/v1.0/companies"))
        *response = listResponse(request, context.baseUrl, context.data.collection(QStringLiteral("companies")));
    else if (path == QLatin1String("/rest/v1.0/projects"))
        *response = projects(request, context, 10000);
    else if (path == QLatin1String("/rest/v1.1/projects"))
        *response = projects(request, context, 300);
    else if (const auto match = companyProjectsPath.match(path); match.hasMatch())
        *response = companyProjects(request, context, match.captured(1).toLongLong());
    else
        return false;
    return true;
}

} // namespace sandbox
