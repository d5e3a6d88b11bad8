#include "budget/budgetfiltermodel.h"

#include "budget/budgettreemodel.h"
#include "core/searchtext.h"

#include <QBrush>

namespace sitedesk {

using NodeKind = BudgetTreeModel::NodeKind;

BudgetFilterModel::BudgetFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setSortRole(BudgetTreeModel::SortRole);
    connect(this, &QAbstractItemModel::modelReset, this, [this] { m_sums.clear(); });
}

void BudgetFilterModel::setBudgetModel(BudgetTreeModel *model)
{
    m_budget = model;
    m_sums.clear();
    setSourceModel(model);
    if (model) {
        connect(model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_sums.clear(); });
        connect(model, &QAbstractItemModel::dataChanged, this, [this] { m_sums.clear(); });
    }
}

void BudgetFilterModel::setSearchText(const QString &text)
{
    if (text == m_searchText)
        return;
    m_searchText = text;
    m_words = search::words(text);
    refilter();
}

void BudgetFilterModel::setOverBudgetOnly(bool only)
{
    if (only == m_overBudgetOnly)
        return;
    m_overBudgetOnly = only;
    refilter();
}

void BudgetFilterModel::setDivisionFilter(qint64 divisionId)
{
    if (divisionId == m_division)
        return;
    m_division = divisionId;
    refilter();
}

bool BudgetFilterModel::isFiltering() const
{
    return !m_words.isEmpty() || m_overBudgetOnly || m_division != 0;
}

void BudgetFilterModel::refilter()
{
    m_sums.clear();
    invalidateFilter();
    // Group and total sums depend on the filter: tell the views they changed.
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

bool BudgetFilterModel::acceptsLeaf(const QModelIndex &source) const
{
    if (m_division != 0 && source.data(BudgetTreeModel::DivisionIdRole).toLongLong() != m_division)
        return false;
    if (m_overBudgetOnly && !source.data(BudgetTreeModel::OverBudgetRole).toBool())
        return false;
    return search::matchesAll(source.data(BudgetTreeModel::SearchTextRole).toString(), m_words);
}

bool BudgetFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_budget)
        return true;
    const QModelIndex source = m_budget->index(sourceRow, 0, sourceParent);
    switch (m_budget->kind(source)) {
    case NodeKind::Total:
        return true;
    case NodeKind::LineItem:
        return acceptsLeaf(source);
    default:
        // A group is shown through its line items (recursive filtering), or alone when the
        // filter is off.
        return !isFiltering();
    }
}

QVector<Money> BudgetFilterModel::visibleSums(const QModelIndex &source) const
{
    const quintptr key = source.internalId();
    const auto cached = m_sums.constFind(key);
    if (cached != m_sums.constEnd())
        return *cached;
    const int amounts = m_budget->columnCount() - 1;
    QVector<Money> sums(amounts, Money::fromMinor(0, m_budget->decimals()));
    const NodeKind kind = m_budget->kind(source);
    if (kind == NodeKind::LineItem) {
        if (acceptsLeaf(source))
            for (int c = 0; c < amounts; ++c)
                sums[c] = m_budget->amount(source.siblingAtColumn(c + 1));
    } else {
        // The total sums the divisions; a group its children.
        const QModelIndex parent = kind == NodeKind::Total ? QModelIndex() : source.siblingAtColumn(0);
        const int rows = m_budget->rowCount(parent);
        for (int r = 0; r < rows; ++r) {
            const QModelIndex child = m_budget->index(r, 0, parent);
            if (m_budget->kind(child) == NodeKind::Total)
                continue;
            const QVector<Money> childSums = visibleSums(child);
            for (int c = 0; c < amounts; ++c)
                sums[c] += childSums.at(c);
        }
    }
    m_sums.insert(key, sums);
    return sums;
}

Money BudgetFilterModel::amount(const QModelIndex &proxyIndex) const
{
    if (!m_budget || proxyIndex.column() < 1)
        return {};
    const QModelIndex source = mapToSource(proxyIndex);
    if (!isFiltering() || m_budget->kind(source) == NodeKind::LineItem)
        return m_budget->amount(source);
    return visibleSums(source.siblingAtColumn(0)).value(proxyIndex.column() - 1);
}

QVariant BudgetFilterModel::data(const QModelIndex &index, int role) const
{
    if (!m_budget || !index.isValid() || index.column() < 1 || !isFiltering())
        return QSortFilterProxyModel::data(index, role);
    const QModelIndex source = mapToSource(index);
    if (m_budget->kind(source) == NodeKind::LineItem)
        return QSortFilterProxyModel::data(index, role);
    const Money value = amount(index).rescaled(m_budget->decimals());
    switch (role) {
    case Qt::DisplayRole:
        return m_budget->formatted(value);
    case Qt::ToolTipRole:
        return m_budget->headerData(index.column(), Qt::Horizontal).toString() + QStringLiteral(": ") + m_budget->formatted(value);
    case Qt::ForegroundRole:
        return value.isNegative() ? QVariant(BudgetTreeModel::negativeBrush()) : QVariant();
    case BudgetTreeModel::MinorUnitsRole:
    case BudgetTreeModel::SortRole:
        return value.minorUnits();
    case BudgetTreeModel::DecimalTextRole:
        return value.toDecimalString();
    default:
        return QSortFilterProxyModel::data(index, role);
    }
}

bool BudgetFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (m_budget) {
        if (m_budget->kind(left) == NodeKind::Total)
            return sortOrder() == Qt::DescendingOrder;
        if (m_budget->kind(right) == NodeKind::Total)
            return sortOrder() == Qt::AscendingOrder;
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace sitedesk
