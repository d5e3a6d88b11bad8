#pragma once

#include "api/apierror.h"
#include "sync/toolsync.h"

#include <QJsonArray>
#include <QList>
#include <QPointer>

namespace sitedesk {

class ApiReply;
class PagedReply;

// The Budget tool's sync for one project, in steps:
//   1. the project's budget views (GET /rest/v1.0/budget_views?project_id=…), stored as the
//      complete list (a view removed in Procore leaves the cache with its rows);
//   2. per view, its columns (…/budget_detail_columns) and every detail row (…/detail_rows):
//      a full refresh that replaces the view's columns and rows in one transaction. A view
//      whose refresh fails keeps its previously cached columns and rows; the other views go on;
//   3. budget modifications (…/projects/{id}/budget_modifications): no updated_at filter in
//      Procore, so read in full and replaced;
//   4. direct costs (GET /rest/v1.1/projects/{id}/direct_costs): incremental with
//      filters[updated_at] from the last success (its own watermark in sync_state, tool
//      "budget_direct_costs"); the first run reads everything and replaces.
// finished() carries the first failure (after every step that could run has run).
class BudgetService final : public ToolSync
{
    Q_OBJECT

public:
    using ToolSync::ToolSync;
    static QString name() { return QStringLiteral("budget"); }
    static QString directCostsStateName() { return QStringLiteral("budget_direct_costs"); }

    void start(const SyncContext &context) override;
    void cancel() override;
    int recordCount() const override { return m_records; }

private:
    void onViews();
    void nextView();
    void onColumns();
    void onRows();
    void fetchModifications();
    void onModifications();
    void fetchDirectCosts();
    void onDirectCosts();
    void complete();
    void stop(const ApiError &error);
    void step();
    QUrlQuery projectQuery() const;
    PagedReply *fetch(const QString &path, const QUrlQuery &query, int maxPerPage);

    SyncContext m_context;
    QPointer<ApiReply> m_reply;
    QPointer<PagedReply> m_paged;
    QList<qint64> m_viewIds;
    int m_viewIndex = -1;
    QJsonArray m_columns;
    QString m_directCostsWatermark;
    ApiError m_firstError;
    int m_records = 0;
    int m_steps = 0;
    int m_stepsDone = 0;
    bool m_cancelled = false;
    bool m_done = false;
};

} // namespace sitedesk
