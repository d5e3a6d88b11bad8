#include "budget/budgetmodificationsmodel.h"

#include "budget/budgetmodificationstore.h"
#include "budget/budgetstore.h"
#include "budget/budgettreemodel.h"
#include "budget/projectlocale.h"
#include "cache/cachedatabase.h"
#include "projects/projectstore.h"

#include <QDateTime>

namespace sitedesk {

BudgetModificationsModel::BudgetModificationsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void BudgetModificationsModel::setSource(CacheDatabase *cache, qint64 projectId)
{
    if (m_cache != cache) {
        if (m_cache)
            disconnect(m_cache, nullptr, this, nullptr);
        m_cache = cache;
        if (m_cache)
            connect(m_cache, &CacheDatabase::changed, this, [this](const QStringList &tables) {
                if (tables.contains(QLatin1String("budget_modifications")) || tables.contains(QLatin1String("budget_detail_rows")))
                    reload();
            });
    }
    m_projectId = projectId;
    reload();
}

void BudgetModificationsModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_labels.clear();
    if (m_cache && m_projectId != 0) {
        BudgetStore budget(*m_cache);
        m_currency = budget.currency(m_projectId);
        m_decimals = m_currency.isEmpty() ? 2 : Money::decimalsFor(m_currency);
        m_labels = budget.lineItemLabels(m_projectId);
        if (const auto project = ProjectStore(*m_cache).find(m_projectId))
            m_locale = projectLocale(project->raw.value(QLatin1String("country_code")).toString());
        m_rows = BudgetModificationStore(*m_cache).forProject(m_projectId, m_decimals);
    }
    endResetModel();
}

QString BudgetModificationsModel::lineItem(qint64 id) const
{
    if (id == 0)
        return tr("(added to the budget)");
    return m_labels.value(id, tr("Line item %1").arg(id));
}

int BudgetModificationsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BudgetModificationsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BudgetModificationsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const BudgetModification &m = m_rows.at(index.row());
    const QDateTime created = QDateTime::fromString(m.createdAt, Qt::ISODate);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Date: return created.isValid() ? m_locale.toString(created.toLocalTime().date(), QLocale::ShortFormat) : m.createdAt;
        case From: return lineItem(m.fromLineItemId);
        case To: return lineItem(m.toLineItemId);
        case Amount: return m.amount.rescaled(m_decimals).toString(m_locale, m_currency);
        case Notes: return m.notes;
        default: return {};
        }
    case Qt::TextAlignmentRole:
        return index.column() == Amount ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        return index.column() == Amount && m.amount.isNegative() ? QVariant(BudgetTreeModel::negativeBrush()) : QVariant();
    case SortRole:
        switch (index.column()) {
        case Date: return m.createdAt;
        case Amount: return m.amount.rescaled(m_decimals).minorUnits();
        default: return data(index, Qt::DisplayRole);
        }
    case DecimalTextRole:
        return index.column() == Amount ? m.amount.rescaled(m_decimals).toDecimalString() : data(index, Qt::DisplayRole);
    default:
        return {};
    }
}

QVariant BudgetModificationsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Date: return tr("Date");
    case From: return tr("From");
    case To: return tr("To");
    case Amount: return tr("Amount");
    case Notes: return tr("Notes");
    default: return {};
    }
}

} // namespace sitedesk
