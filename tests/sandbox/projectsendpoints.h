#pragma once

#include "listendpoint.h"
#include "sandboxtool.h"

namespace sandbox {

// Projects: GET /rest/v1.0/projects?company_id= (per_page up to 10,000), /rest/v1.1/projects
// (up to 300, with view=compact|normal|extended), and the smaller shape of
// /rest/v1.0/companies/{company_id}/projects. Generated after the companies.
class ProjectsEndpoints final : public SandboxTool
{
public:
    static constexpr qint64 firstProjectId = 562949953600000;

    QString name() const override { return QStringLiteral("projects"); }
    void generate(SandboxData &data, QRandomGenerator &random, Scale scale) const override;
    void addRoutes(Router &router) const override;

private:
    static HttpResponse list(const HttpRequest &request, RestContext &context, int maxPerPage);
    static HttpResponse companyProjects(const HttpRequest &request, const QRegularExpressionMatch &match, RestContext &context);
    static QList<QJsonObject> projectsOf(const SandboxData &data, qint64 companyId);
    static ListEndpoint::Projection viewProjection(const QString &view);
};

} // namespace sandbox
