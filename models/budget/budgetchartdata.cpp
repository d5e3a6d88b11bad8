#include "budget/budgetchartdata.h"

#include "budget/budgettreemodel.h"

#include <QDateTime>
#include <QMap>

namespace sitedesk::budgetchart {

DivisionSeries byDivision(const BudgetTreeModel &model)
{
    using Kind = BudgetColumn::Kind;
    DivisionSeries series;
    const auto pick = [&](std::initializer_list<Kind> kinds, int *column, QString *name) {
        for (const Kind kind : kinds) {
            *column = model.columnOf(kind);
            if (*column > 0) {
                *name = model.headerData(*column, Qt::Horizontal).toString();
                return;
            }
        }
    };
    pick({Kind::RevisedBudget, Kind::ProjectedBudget, Kind::OriginalBudget}, &series.budgetColumn, &series.budgetName);
    pick({Kind::CommittedCosts}, &series.committedColumn, &series.committedName);
    pick({Kind::ProjectedCosts, Kind::EstimatedCostAtCompletion}, &series.projectedColumn, &series.projectedName);
    const Money zero = Money::fromMinor(0, model.decimals());
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex division = model.index(row, 0);
        if (model.kind(division) != BudgetTreeModel::NodeKind::Division)
            continue;
        const auto value = [&](int column) { return column > 0 ? model.amount(division.siblingAtColumn(column)) : zero; };
        series.bars.append({division.data(BudgetTreeModel::DivisionIdRole).toLongLong(), division.data().toString(),
                            value(series.budgetColumn), value(series.committedColumn), value(series.projectedColumn)});
    }
    return series;
}

QList<MonthTotal> modificationsByMonth(const QList<BudgetModification> &modifications, int decimals)
{
    QMap<QDate, MonthTotal> months;
    for (const BudgetModification &m : modifications) {
        const QDateTime created = QDateTime::fromString(m.createdAt, Qt::ISODate);
        if (!created.isValid())
            continue;
        const QDate date = created.toUTC().date();
        const QDate month(date.year(), date.month(), 1);
        MonthTotal &total = months[month];
        if (!total.month.isValid())
            total = {month, Money::fromMinor(0, decimals), Money::fromMinor(0, decimals), 0};
        total.transferred += m.amount;
        ++total.count;
    }
    QList<MonthTotal> list;
    if (months.isEmpty())
        return list;
    Money running = Money::fromMinor(0, decimals);
    for (QDate month = months.firstKey(); month <= months.lastKey(); month = month.addMonths(1)) {
        MonthTotal total = months.value(month, {month, Money::fromMinor(0, decimals), Money::fromMinor(0, decimals), 0});
        running += total.transferred;
        total.cumulative = running;
        list.append(total);
    }
    return list;
}

} // namespace sitedesk::budgetchart
