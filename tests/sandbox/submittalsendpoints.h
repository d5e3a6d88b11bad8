#pragma once

#include "httpresponse.h"
#include "sandboxtool.h"

#include <optional>

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

    // The fields of PATCH …/submittals/{id} a user may edit (title, description, due_date,
    // status_id), checked as Procore does: a 422 {"errors": {field: [message]}} naming every bad
    // field, else the record's changes in *changes (status_id becomes the status object).
    static std::optional<HttpResponse> checkEdit(const QJsonObject &fields, qint64 companyId, SandboxData &data,
                                                 QJsonObject *changes);
    // A stored submittal as served: no hidden keys, attachment URLs absolute on `base`.
    static QJsonObject served(QJsonObject record, const QUrl &base);
};

} // namespace sandbox
