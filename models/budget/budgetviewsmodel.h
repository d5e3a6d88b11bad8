#pragma once

#include "budget/budgetview.h"

#include <QAbstractListModel>
#include <QList>
#include <QPointer>

namespace sitedesk {

class CacheDatabase;

// A project's cached budget views, by name, for the view chooser. Reloads when the cache
// reports a change to "budget_views".
class BudgetViewsModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BudgetViewsModel)

public:
    enum Role { IdRole = Qt::UserRole, RoleRole };

    explicit BudgetViewsModel(QObject *parent = nullptr);

    void setSource(CacheDatabase *cache, qint64 projectId);
    qint64 viewId(int row) const;         // 0 when out of range
    int rowForView(qint64 viewId) const;  // -1 when not listed

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

public slots:
    void reload();

private:
    QPointer<CacheDatabase> m_cache;
    qint64 m_projectId = 0;
    QList<BudgetView> m_views;
};

} // namespace sitedesk
