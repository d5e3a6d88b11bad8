#include "budget/budgettreemodel.h"

#include "budget/budgetstore.h"
#include "budget/projectlocale.h"
#include "cache/cachedatabase.h"
#include "core/searchtext.h"
#include "projects/projectstore.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QHash>

namespace sitedesk {

BudgetTreeModel::BudgetTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void BudgetTreeModel::setSource(CacheDatabase *cache, qint64 projectId, qint64 viewId)
{
    if (m_cache != cache) {
        if (m_cache)
            disconnect(m_cache, nullptr, this, nullptr);
        m_cache = cache;
        if (m_cache) {
            connect(m_cache, &CacheDatabase::changed, this, [this](const QStringList &tables) {
                if (tables.contains(QLatin1String("budget_detail_rows")) || tables.contains(QLatin1String("projects")))
                    reload();
            });
            connect(m_cache, &QObject::destroyed, this, [this] {
                m_cache = nullptr;
                reload();
            });
        }
    }
    m_projectId = projectId;
    m_viewId = viewId;
    reload();
}

void BudgetTreeModel::reload()
{
    if (!m_cache || m_projectId == 0 || m_viewId == 0) {
        setContent({}, {});
        return;
    }
    if (const auto project = ProjectStore(*m_cache).find(m_projectId))
        m_locale = projectLocale(project->raw.value(QLatin1String("country_code")).toString());
    BudgetStore store(*m_cache);
    setContent(store.columns(m_projectId, m_viewId), store.rows(m_projectId, m_viewId));
}

void BudgetTreeModel::setContent(const QList<BudgetColumn> &columns, const QList<BudgetRow> &rows)
{
    beginResetModel();
    m_columns.clear();
    for (const BudgetColumn &column : columns)
        if (column.isAmount())
            m_columns.append(column);
    std::stable_sort(m_columns.begin(), m_columns.end(),
                     [](const BudgetColumn &a, const BudgetColumn &b) { return a.position < b.position; });
    m_currency.clear();
    for (const BudgetRow &row : rows) {
        if (!row.currency.isEmpty()) {
            m_currency = row.currency;
            break;
        }
    }
    m_decimals = m_currency.isEmpty() ? 2 : Money::decimalsFor(m_currency);
    build(rows);
    endResetModel();
}

void BudgetTreeModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    if (!m_nodes.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

int BudgetTreeModel::addNode(Node node, int parent)
{
    QList<int> &siblings = parent < 0 ? m_top : m_nodes[parent].children;
    node.parent = parent;
    node.row = int(siblings.size());
    node.amounts.fill(Money::fromMinor(0, m_decimals), m_columns.size());
    m_nodes.append(node);
    const int added = int(m_nodes.size()) - 1;
    (parent < 0 ? m_top : m_nodes[parent].children).append(added);
    return added;
}

void BudgetTreeModel::build(const QList<BudgetRow> &rows)
{
    m_nodes.clear();
    m_top.clear();
    QHash<QString, int> divisions;
    QHash<QString, int> costCodes;
    Node totalNode;
    totalNode.kind = NodeKind::Total;
    totalNode.label = tr("Grand Total");
    QVector<Money> total(m_columns.size(), Money::fromMinor(0, m_decimals));
    m_nodes.reserve(rows.size() * 2);
    for (const BudgetRow &row : rows) {
        const QString divisionKey = row.divisionId != 0 ? QString::number(row.divisionId) : row.division;
        int division = divisions.value(divisionKey, -1);
        if (division < 0) {
            Node node;
            node.kind = NodeKind::Division;
            node.id = row.divisionId;
            node.divisionId = row.divisionId;
            node.label = row.division.isEmpty() ? tr("No division") : row.division;
            node.searchText = search::fold(node.label);
            division = addNode(node, -1);
            divisions.insert(divisionKey, division);
        }
        const QString codeKey = divisionKey + QLatin1Char('/') + (row.costCodeId != 0 ? QString::number(row.costCodeId) : row.costCode);
        int costCode = costCodes.value(codeKey, -1);
        if (costCode < 0) {
            Node node;
            node.kind = NodeKind::CostCode;
            node.id = row.costCodeId;
            node.divisionId = row.divisionId;
            node.label = row.costCode.isEmpty() ? tr("No cost code") : row.costCode;
            node.searchText = search::fold(node.label);
            costCode = addNode(node, division);
            costCodes.insert(codeKey, costCode);
        }
        Node leaf;
        leaf.kind = NodeKind::LineItem;
        leaf.id = row.lineItemId;
        leaf.divisionId = row.divisionId;
        leaf.label = row.costType;
        if (!row.description.isEmpty())
            leaf.label = leaf.label.isEmpty() ? row.description : leaf.label + QStringLiteral(" — ") + row.description;
        if (leaf.label.isEmpty())
            leaf.label = row.key;
        leaf.searchText = search::fold(row.division + QLatin1Char(' ') + row.costCode + QLatin1Char(' ') + row.costType
                                       + QLatin1Char(' ') + row.description);
        const int item = addNode(leaf, costCode);
        for (qsizetype c = 0; c < m_columns.size(); ++c) {
            const Money value = row.amount(m_columns.at(c).id);
            m_nodes[item].amounts[c] = value;
            m_nodes[costCode].amounts[c] += value;
            m_nodes[division].amounts[c] += value;
            total[c] += value;
        }
        m_nodes[item].overBudget = isOverBudget(m_nodes[item].amounts);
    }
    if (!rows.isEmpty()) {
        const int totalIndex = addNode(totalNode, -1);
        m_nodes[totalIndex].amounts = total;
    }
    for (Node &node : m_nodes)
        if (node.kind != NodeKind::LineItem)
            node.overBudget = isOverBudget(node.amounts);
}

int BudgetTreeModel::columnOf(BudgetColumn::Kind kind) const
{
    for (qsizetype c = 0; c < m_columns.size(); ++c)
        if (m_columns.at(c).kind == kind)
            return int(c) + 1;
    return -1;
}

// Over budget: Procore's "Projected over Under" below zero; in views without it, the
// estimated cost at completion (else the projected costs) above the projected (else revised)
// budget.
bool BudgetTreeModel::isOverBudget(const QVector<Money> &amounts) const
{
    using Kind = BudgetColumn::Kind;
    const auto value = [&](Kind kind) -> std::optional<Money> {
        const int column = columnOf(kind);
        return column > 0 ? std::optional<Money>(amounts.at(column - 1)) : std::nullopt;
    };
    if (const auto overUnder = value(Kind::ProjectedOverUnder))
        return overUnder->isNegative();
    auto cost = value(Kind::EstimatedCostAtCompletion);
    if (!cost)
        cost = value(Kind::ProjectedCosts);
    if (!cost)
        cost = value(Kind::CommittedCosts);
    auto budget = value(Kind::ProjectedBudget);
    if (!budget)
        budget = value(Kind::RevisedBudget);
    if (!budget)
        budget = value(Kind::OriginalBudget);
    return cost && budget && *cost > *budget;
}

const BudgetTreeModel::Node *BudgetTreeModel::nodeOf(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    const qsizetype node = qsizetype(index.internalId());
    return node >= 0 && node < m_nodes.size() ? &m_nodes.at(node) : nullptr;
}

Money BudgetTreeModel::amount(const QModelIndex &index) const
{
    const Node *node = nodeOf(index);
    if (!node || index.column() < 1 || index.column() > m_columns.size())
        return Money::fromMinor(0, m_decimals);
    return node->amounts.at(index.column() - 1);
}

BudgetTreeModel::NodeKind BudgetTreeModel::kind(const QModelIndex &index) const
{
    const Node *node = nodeOf(index);
    return node ? node->kind : NodeKind::LineItem;
}

QModelIndex BudgetTreeModel::totalIndex(int column) const
{
    if (m_top.isEmpty() || m_nodes.at(m_top.constLast()).kind != NodeKind::Total)
        return {};
    return index(int(m_top.size()) - 1, column);
}

QBrush BudgetTreeModel::negativeBrush()
{
    return QBrush(QColor(0xb0, 0x1e, 0x1e));   // dark red: readable on light and alternate rows
}

QString BudgetTreeModel::formatted(const Money &money) const
{
    return money.rescaled(m_decimals).toString(m_locale, m_currency);
}

QModelIndex BudgetTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= columnCount() || (parent.isValid() && parent.column() != 0))
        return {};
    const QList<int> *siblings = &m_top;
    if (parent.isValid()) {
        const Node *node = nodeOf(parent);
        if (!node)
            return {};
        siblings = &node->children;
    }
    if (row >= siblings->size())
        return {};
    return createIndex(row, column, quintptr(siblings->at(row)));
}

QModelIndex BudgetTreeModel::parent(const QModelIndex &child) const
{
    const Node *node = nodeOf(child);
    if (!node || node->parent < 0)
        return {};
    return createIndex(m_nodes.at(node->parent).row, 0, quintptr(node->parent));
}

int BudgetTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_top.size());
    if (parent.column() != 0)
        return 0;
    const Node *node = nodeOf(parent);
    return node ? int(node->children.size()) : 0;
}

int BudgetTreeModel::columnCount(const QModelIndex &) const
{
    return 1 + int(m_columns.size());
}

QVariant BudgetTreeModel::data(const QModelIndex &index, int role) const
{
    const Node *node = nodeOf(index);
    if (!node)
        return {};
    const int column = index.column();
    const bool isAmount = column >= 1;
    const Money value = isAmount ? node->amounts.at(column - 1) : Money();
    switch (role) {
    case Qt::DisplayRole:
        return isAmount ? formatted(value) : node->label;
    case Qt::ToolTipRole:
        return isAmount ? QVariant(m_columns.at(column - 1).name + QStringLiteral(": ") + formatted(value)) : QVariant(node->label);
    case Qt::TextAlignmentRole:
        return isAmount ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (isAmount && value.isNegative())
            return negativeBrush();
        return {};
    case Qt::FontRole:
        if (node->kind != NodeKind::LineItem) {
            QFont font;
            font.setBold(node->kind != NodeKind::CostCode);
            return font;
        }
        return {};
    case NodeKindRole:
        return int(node->kind);
    case MinorUnitsRole:
        return isAmount ? QVariant(value.rescaled(m_decimals).minorUnits()) : QVariant();
    case DecimalTextRole:
        return isAmount ? value.rescaled(m_decimals).toDecimalString() : node->label;
    case SortRole:
        return isAmount ? QVariant(value.rescaled(m_decimals).minorUnits()) : QVariant(search::fold(node->label));
    case SearchTextRole:
        return node->searchText;
    case OverBudgetRole:
        return node->overBudget;
    case DivisionIdRole:
        return node->divisionId;
    case IdRole:
        return node->id;
    default:
        return {};
    }
}

QVariant BudgetTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return {};
    if (role == Qt::DisplayRole)
        return section == 0 ? tr("Cost Code") : m_columns.at(section - 1).name;
    if (role == Qt::TextAlignmentRole)
        return section == 0 ? QVariant(Qt::AlignLeft | Qt::AlignVCenter) : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

Qt::ItemFlags BudgetTreeModel::flags(const QModelIndex &index) const
{
    if (!nodeOf(index))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (rowCount(index) == 0)
        flags |= Qt::ItemNeverHasChildren;
    return flags;
}

} // namespace sitedesk
