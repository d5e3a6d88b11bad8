#pragma once

#include "listendpoint.h"
#include "sandboxtool.h"

namespace sandbox {

// The Budget tool, in Procore's documented shapes:
//   GET /rest/v1.0/budget_views?project_id=                         the company's views
//   GET /rest/v1.0/budget_views/{id}/budget_detail_columns?project_id=   the view's columns
//   GET /rest/v1.0/budget_views/{id}/detail_rows?project_id=        one row per budget line
//       item, with one key per column id of the view (amounts as numbers or decimal strings)
//   GET /rest/v1.0/budget_views/{id}/summary_rows?project_id=&group_by=project|root_cost_code|
//       cost_code|category      the view's column sums per group, computed from the integer
//       minor units the amounts were generated from: the "known totals" tests compare with
//   GET /rest/v1.0/projects/{project_id}/budget_modifications       transfers over time
//   GET /rest/v1.1/projects/{project_id}/direct_costs               with filters[updated_at]
//   GET /rest/v1.0/projects/{project_id}/budget                     {"locked": false}
// Line items follow CSI MasterFormat divisions and cost codes; each project's currency follows
// its country (CHF, CAD, JPY with no minor unit, …). Generated amounts are exact by
// construction: budget modifications and direct costs add up to the line items' columns.
class BudgetEndpoints final : public SandboxTool
{
public:
    static constexpr qint64 firstViewId = 562949954100000;
    static constexpr qint64 firstLineItemId = 562949954200000;
    static constexpr qint64 firstCostCodeId = 562949954300000;
    static constexpr qint64 firstModificationId = 562949954400000;
    static constexpr qint64 firstDirectCostId = 562949954500000;

    QString name() const override { return QStringLiteral("budget"); }
    void generate(SandboxData &data, QRandomGenerator &random, Scale scale) const override;
    void addRoutes(Router &router) const override;

private:
    static HttpResponse views(const HttpRequest &request, RestContext &context);
    static HttpResponse columns(const HttpRequest &request, const QRegularExpressionMatch &match, RestContext &context);
    static HttpResponse detailRows(const HttpRequest &request, const QRegularExpressionMatch &match, RestContext &context);
    static HttpResponse summaryRows(const HttpRequest &request, const QRegularExpressionMatch &match, RestContext &context);
    static HttpResponse modifications(const HttpRequest &request, const QRegularExpressionMatch &match, RestContext &context);
    static HttpResponse directCosts(const HttpRequest &request, const QRegularExpressionMatch &match, RestContext &context);
    static HttpResponse budget(const HttpRequest &request, const QRegularExpressionMatch &match, RestContext &context);
};

} // namespace sandbox
