#pragma once

#include "budget/budgetcolumn.h"
#include "budget/budgetrow.h"
#include "budget/budgetview.h"

#include <QHash>
#include <QList>

namespace sitedesk {

class CacheDatabase;

// Reads and writes a project's budget views, their columns and their detail rows.
// replaceViews() and replaceViewContent() are each one transaction: on any failure the
// previously cached views (and a view's previous columns and rows) stay exactly as they were.
class BudgetStore
{
public:
    explicit BudgetStore(CacheDatabase &database);

    // The project's views become exactly `views`; rows of views no longer listed go too.
    bool replaceViews(qint64 projectId, const QList<BudgetView> &views, QString *error = nullptr);
    // One view's columns and detail rows, replaced together (a full refresh of the view).
    bool replaceViewContent(qint64 projectId, qint64 viewId, const QList<BudgetColumn> &columns,
                            const QList<BudgetRow> &rows, QString *error = nullptr);

    QList<BudgetView> views(qint64 projectId) const;                      // by name
    QList<BudgetColumn> columns(qint64 projectId, qint64 viewId) const;   // by position
    QList<BudgetRow> rows(qint64 projectId, qint64 viewId) const;         // in Procore's order
    // The currency of the project's cached rows ("" when none is cached).
    QString currency(qint64 projectId) const;
    // "03-300 - Cast-in-Place Concrete · Labor" per budget line item id, from any cached view.
    QHash<qint64, QString> lineItemLabels(qint64 projectId) const;

private:
    CacheDatabase &m_database;
};

} // namespace sitedesk
