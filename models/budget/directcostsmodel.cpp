#include "budget/directcostsmodel.h"

#include "budget/budgettreemodel.h"
#include "budget/directcoststore.h"
#include "budget/projectlocale.h"
#include "cache/cachedatabase.h"
#include "projects/projectstore.h"

namespace sitedesk {

DirectCostsModel::DirectCostsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void DirectCostsModel::setSource(CacheDatabase *cache, qint64 projectId)
{
    if (m_cache != cache) {
        if (m_cache)
            disconnect(m_cache, nullptr, this, nullptr);
        m_cache = cache;
        if (m_cache)
            connect(m_cache, &CacheDatabase::changed, this, [this](const QStringList &tables) {
                if (tables.contains(QLatin1String("direct_costs")))
                    reload();
            });
    }
    m_projectId = projectId;
    reload();
}

void DirectCostsModel::reload()
{
    beginResetModel();
    m_rows.clear();
    if (m_cache && m_projectId != 0) {
        m_rows = DirectCostStore(*m_cache).forProject(m_projectId);
        if (const auto project = ProjectStore(*m_cache).find(m_projectId))
            m_locale = projectLocale(project->raw.value(QLatin1String("country_code")).toString());
    }
    endResetModel();
}

QString DirectCostsModel::typeText(const QString &type) const
{
    if (type == QLatin1String("invoice")) return tr("Invoice");
    if (type == QLatin1String("expense")) return tr("Expense");
    if (type == QLatin1String("payroll")) return tr("Payroll");
    if (type == QLatin1String("subcontractor_invoice")) return tr("Subcontractor invoice");
    return type;
}

QString DirectCostsModel::statusText(const QString &status) const
{
    if (status == QLatin1String("draft")) return tr("Draft");
    if (status == QLatin1String("pending")) return tr("Pending");
    if (status == QLatin1String("revise_and_resubmit")) return tr("Revise and resubmit");
    if (status == QLatin1String("approved")) return tr("Approved");
    return status;
}

int DirectCostsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DirectCostsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DirectCostsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const DirectCost &cost = m_rows.at(index.row());
    const int decimals = cost.currency.isEmpty() ? cost.amount.decimals() : Money::decimalsFor(cost.currency);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Date: {
            const QDate date = QDate::fromString(cost.date, Qt::ISODate);
            return date.isValid() ? m_locale.toString(date, QLocale::ShortFormat) : cost.date;
        }
        case Type: return typeText(cost.type);
        case Vendor: return cost.vendor;
        case Invoice: return cost.invoiceNumber;
        case Status: return statusText(cost.status);
        case Description: return cost.description;
        case Amount: return cost.amount.rescaled(decimals).toString(m_locale, cost.currency);
        default: return {};
        }
    case Qt::TextAlignmentRole:
        return index.column() == Amount ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        return index.column() == Amount && cost.amount.isNegative() ? QVariant(BudgetTreeModel::negativeBrush()) : QVariant();
    case SortRole:
        switch (index.column()) {
        case Date: return cost.date;
        case Amount: return cost.amount.rescaled(decimals).minorUnits();
        default: return data(index, Qt::DisplayRole);
        }
    case DecimalTextRole:
        return index.column() == Amount ? cost.amount.rescaled(decimals).toDecimalString() : data(index, Qt::DisplayRole);
    default:
        return {};
    }
}

QVariant DirectCostsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Date: return tr("Date");
    case Type: return tr("Type");
    case Vendor: return tr("Vendor");
    case Invoice: return tr("Invoice #");
    case Status: return tr("Status");
    case Description: return tr("Description");
    case Amount: return tr("Amount");
    default: return {};
    }
}

} // namespace sitedesk
