#pragma once

#include "listendpoint.h"
#include "sandboxtool.h"

namespace sandbox {

// The Photos tool, with the project as a query parameter as Procore has it:
//   GET    /rest/v1.0/image_categories?project_id=       albums, each with its live photo count
//   GET    /rest/v1.0/images?project_id=[&image_category_id=]   photos; paging, filters[updated_at],
//          filters[id], filters[query] (description, filename), sort (taken_at, created_at, …)
//   GET    /rest/v1.0/images/{id}?project_id=
//   POST   /rest/v1.0/images?project_id=   {upload_uuid, image_name, image{image_category_id,
//          description, private, starred}} (or the tutorial's upload{uuid, image_name}) → 201;
//          like Procore, taken_at, gps_lat/gps_long and the size come from the file's EXIF
//   PATCH  /rest/v1.0/images/{id}?project_id=   {image{description, image_category_id, …}}
//   DELETE /rest/v1.0/images/{id}?project_id=
// Large projects hold tens of thousands of photos, so the "images" collection keeps only a
// skeleton per generated photo (ids, album, times, `_n`, `_salt`); the rest of the record is
// derived from them when a page is served, and the JPEG bytes when a URL is fetched
// (PhotoImages). Stored fields (an edit, an admin merge) win over derived ones.
class PhotosEndpoints final : public SandboxTool
{
public:
    static constexpr qint64 firstAlbumId = 562949956100000;
    static constexpr qint64 firstImageId = 562949956200000;
    static constexpr qint64 firstUploaderId = 562949956190000;
    static constexpr qint64 firstLocationId = 562949956180000;

    QString name() const override { return QStringLiteral("photos"); }
    void generate(SandboxData &data, QRandomGenerator &random, Scale scale) const override;
    void addRoutes(Router &router) const override;

    // Photos in the project at this index (0-based) at this scale.
    static int photoCount(Scale scale, int projectIndex);

private:
    static HttpResponse albums(const HttpRequest &request, const QRegularExpressionMatch &match, RestContext &context);
    static HttpResponse list(const HttpRequest &request, const QRegularExpressionMatch &match, RestContext &context);
    static HttpResponse show(const HttpRequest &request, const QRegularExpressionMatch &match, RestContext &context);
    static HttpResponse create(const HttpRequest &request, const QRegularExpressionMatch &match, RestContext &context);
    static HttpResponse update(const HttpRequest &request, const QRegularExpressionMatch &match, RestContext &context);
    static HttpResponse destroy(const HttpRequest &request, const QRegularExpressionMatch &match, RestContext &context);
};

} // namespace sandbox
