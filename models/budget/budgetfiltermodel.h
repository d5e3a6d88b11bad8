#pragma once

#include "core/money.h"

#include <QHash>
#include <QSortFilterProxyModel>
#include <QStringList>
#include <QVector>

namespace sitedesk {

class BudgetTreeModel;

// Filtering and sorting on top of BudgetTreeModel: line items whose division, cost code, cost
// type or description contain every typed word (case and accents ignored), optionally only
// those over budget, optionally one division (a click on the chart). Groups stay while any of
// their line items do. Group rows and the Grand Total show the sums of the line items that are
// shown, so a filtered total is still exactly the sum of the visible rows. Sorting keeps the
// Grand Total last, in both directions.
class BudgetFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BudgetFilterModel)

public:
    explicit BudgetFilterModel(QObject *parent = nullptr);

    void setBudgetModel(BudgetTreeModel *model);
    BudgetTreeModel *budgetModel() const { return m_budget; }

    QString searchText() const { return m_searchText; }
    void setSearchText(const QString &text);
    bool overBudgetOnly() const { return m_overBudgetOnly; }
    void setOverBudgetOnly(bool only);
    qint64 divisionFilter() const { return m_division; }
    void setDivisionFilter(qint64 divisionId);   // 0: every division
    bool isFiltering() const;

    // The shown sum of an amount cell (a line item's own amount, else its visible line items').
    Money amount(const QModelIndex &proxyIndex) const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void refilter();
    QVector<Money> visibleSums(const QModelIndex &sourceIndex) const;
    bool acceptsLeaf(const QModelIndex &sourceIndex) const;

    BudgetTreeModel *m_budget = nullptr;
    QString m_searchText;
    QStringList m_words;
    bool m_overBudgetOnly = false;
    qint64 m_division = 0;
    mutable QHash<quintptr, QVector<Money>> m_sums;   // per source node, for the current filter
};

} // namespace sitedesk
