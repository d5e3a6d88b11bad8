#pragma once

#include "budget/directcost.h"

#include <QList>

namespace sitedesk {

class CacheDatabase;

// The `direct_costs` table. Procore's list takes filters[updated_at], so after the first full
// read a sync asks only for what changed and merge()s it: changed items are replaced, items
// with deleted_at set leave the cache. Each call is one transaction.
class DirectCostStore
{
public:
    explicit DirectCostStore(CacheDatabase &database);

    bool replaceForProject(qint64 projectId, const QList<DirectCost> &costs, QString *error = nullptr);
    bool merge(qint64 projectId, const QList<DirectCost> &changed, QString *error = nullptr);
    // By date, then id.
    QList<DirectCost> forProject(qint64 projectId) const;

private:
    bool write(qint64 projectId, const QList<DirectCost> &costs, bool replace, QString *error);

    CacheDatabase &m_database;
};

} // namespace sitedesk
