#pragma once

#include "budget/budgetmodification.h"
#include "core/money.h"

#include <QDate>
#include <QList>
#include <QString>

namespace sitedesk {

class BudgetTreeModel;

// What the Budget tab's charts draw, read from the same models the table shows, so a bar is
// always the table's number (tested). Amounts stay exact here; only the chart widget turns
// them into doubles to draw them.
namespace budgetchart {

struct DivisionBar
{
    qint64 divisionId = 0;
    QString label;       // "03 - Concrete"
    Money budget;        // the view's revised budget (original budget when it has none)
    Money committed;     // committed costs (zero when the view has none)
    Money projected;     // projected costs (estimated cost at completion when it has none)
};

struct DivisionSeries
{
    QString budgetName;      // the column names the bars come from ("" when absent)
    QString committedName;
    QString projectedName;
    int budgetColumn = -1;   // model columns, -1 when the view lacks them
    int committedColumn = -1;
    int projectedColumn = -1;
    QList<DivisionBar> bars; // in the table's division order
};

DivisionSeries byDivision(const BudgetTreeModel &model);

struct MonthTotal
{
    QDate month;         // first day of the month
    Money transferred;   // sum of the month's transfer amounts
    Money cumulative;    // all transfers up to the end of the month
    int count = 0;
};

// Budget modifications per month, oldest first, without gaps between the first and last month.
QList<MonthTotal> modificationsByMonth(const QList<BudgetModification> &modifications, int decimals);

} // namespace budgetchart
} // namespace sitedesk
