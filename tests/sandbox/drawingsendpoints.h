#pragma once

#include "listendpoint.h"
#include "sandboxtool.h"

namespace sandbox {

// The Drawings tool, in Procore's documented shapes:
//   GET /rest/v1.1/projects/{project_id}/drawing_areas        the project's areas (no updated_at filter)
//   GET /rest/v1.0/projects/{project_id}/drawing_sets         the project's sets (no updated_at filter)
//   GET /rest/v1.1/drawing_areas/{drawing_area_id}/drawings?project_id=   the area's current
//       drawings, each with its current_revision (pdf_url, png_url, thumbnails), discipline as
//       an object {id, name}
//   GET /rest/v1.0/projects/{project_id}/drawing_revisions    every revision, with
//       filters[updated_at] and filters[deleted]; discipline as a plain string here
//   GET /rest/v1.0/projects/{project_id}/drawing_revisions/{id}   one revision (Show Drawing
//       Revision), with fresh file URLs
// A drawing's older revisions are superseded by later ones (current: false). Some records are
// deleted (tombstones) so a client can check they leave its cache.
class DrawingsEndpoints final : public SandboxTool
{
public:
    static constexpr qint64 firstAreaId = 562949955100000;
    static constexpr qint64 firstSetId = 562949955200000;
    static constexpr qint64 firstDrawingId = 562949955300000;
    static constexpr qint64 firstRevisionId = 562949955400000;
    static constexpr qint64 firstDisciplineId = 562949955500000;

    QString name() const override { return QStringLiteral("drawings"); }
    void generate(SandboxData &data, QRandomGenerator &random, Scale scale) const override;
    void addRoutes(Router &router) const override;

private:
    static HttpResponse areas(const HttpRequest &request, const QRegularExpressionMatch &match, RestContext &context);
    static HttpResponse sets(const HttpRequest &request, const QRegularExpressionMatch &match, RestContext &context);
    static HttpResponse drawings(const HttpRequest &request, const QRegularExpressionMatch &match, RestContext &context);
    static HttpResponse revisions(const HttpRequest &request, const QRegularExpressionMatch &match, RestContext &context);
    static HttpResponse revision(const HttpRequest &request, const QRegularExpressionMatch &match, RestContext &context);
};

} // namespace sandbox
