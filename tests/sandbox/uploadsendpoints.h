#pragma once

#include "sandboxtool.h"

namespace sandbox {

// Procore's direct uploads (procore-api.md, Files):
//   POST  /rest/v1.1/projects/{project_id}/uploads (and /rest/v1.1/companies/{company_id}/uploads)
//         {response_filename, response_content_type} → {uuid, url, fields} for one multipart POST;
//         with segments:[{size, sha256, md5?}] (≥ 5 MB each but the last) →
//         {uuid, segments:[{url, headers, size, sha256, md5}], status:"ready"};
//   PATCH …/uploads/{uuid} {segments:[{etag}]} in order → status "complete" once storage holds
//         every segment with those ETags (422 otherwise);
//   PATCH /rest/v1.1/projects/{project_id}/submittals/{id} {submittal:{upload_ids:[uuid]}}
//         attaches completed uploads (422 for an unknown or unfinished one).
// Uploads live in the "uploads" collection; UploadStorage answers the storage URLs.
class UploadsEndpoints final : public SandboxTool
{
public:
    QString name() const override { return QStringLiteral("uploads"); }
    void generate(SandboxData &, QRandomGenerator &, Scale) const override {}
    void addRoutes(Router &router) const override;

    static constexpr qint64 minSegmentSize = 5 * 1024 * 1024;
    static constexpr qint64 lifetimeMs = 3600 * 1000;   // storage refuses an upload after an hour
};

} // namespace sandbox
