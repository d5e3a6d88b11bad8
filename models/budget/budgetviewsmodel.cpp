#include "budget/budgetviewsmodel.h"

#include "budget/budgetstore.h"
#include "cache/cachedatabase.h"

namespace sitedesk {

BudgetViewsModel::BudgetViewsModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void BudgetViewsModel::setSource(CacheDatabase *cache, qint64 projectId)
{
    if (m_cache != cache) {
        if (m_cache)
            disconnect(m_cache, nullptr, this, nullptr);
        m_cache = cache;
        if (m_cache)
            connect(m_cache, &CacheDatabase::changed, this, [this](const QStringList &tables) {
                if (tables.contains(QLatin1String("budget_views")))
                    reload();
            });
    }
    m_projectId = projectId;
    reload();
}

void BudgetViewsModel::reload()
{
    beginResetModel();
    m_views = m_cache && m_projectId != 0 ? BudgetStore(*m_cache).views(m_projectId) : QList<BudgetView>();
    endResetModel();
}

qint64 BudgetViewsModel::viewId(int row) const
{
    return row >= 0 && row < m_views.size() ? m_views.at(row).id : 0;
}

int BudgetViewsModel::rowForView(qint64 viewId) const
{
    for (qsizetype row = 0; row < m_views.size(); ++row)
        if (m_views.at(row).id == viewId)
            return int(row);
    return -1;
}

int BudgetViewsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_views.size());
}

QVariant BudgetViewsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_views.size())
        return {};
    const BudgetView &view = m_views.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return view.name;
    case Qt::ToolTipRole: return view.description;
    case IdRole: return view.id;
    case RoleRole: return view.role;
    default: return {};
    }
}

} // namespace sitedesk
