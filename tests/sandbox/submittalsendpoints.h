#pragma once

#include "sandboxtool.h"

namespace sandbox {

// Submittals, in the shapes of Procore's OpenAPI description:
//   GET /rest/v1.1/projects/{project_id}/submittals       the log (filters[status_id],
//       filters[ball_in_court_id], filters[query], filters[updated_at], paging);
//   GET /rest/v1.1/projects/{project_id}/submittals/{id}  one submittal, adding attachments[];
//   GET /rest/v1.0/companies/{company_id}/submittal_statuses.
// Each submittal carries status{id,name,status}, ball_in_court[]{id,name,initials,vendor},
// specification_section, type, responsible_contractor, approvers[] with responses (the
// workflow), due/required-on-site dates and associated_attachments[]. The project is kept in a
// hidden "_project_id" key that is never served; attachment URLs are made absolute per request.
class SubmittalsEndpoints final : public SandboxTool
{
public:
    QString name() const override { return QStringLiteral("submittals"); }
    void generate(SandboxData &data, QRandomGenerator &random, Scale scale) const override;
    void addRoutes(Router &router) const override;
};

} // namespace sandbox
