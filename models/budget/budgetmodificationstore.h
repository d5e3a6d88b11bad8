#pragma once

#include "budget/budgetmodification.h"

#include <QList>

namespace sitedesk {

class CacheDatabase;

// The `budget_modifications` table. Procore offers no updated_at filter for this list, so a
// sync reads it in full and replaceForProject() makes the cache exactly that list (one
// transaction; a failure keeps the previous list).
class BudgetModificationStore
{
public:
    explicit BudgetModificationStore(CacheDatabase &database);

    bool replaceForProject(qint64 projectId, const QList<BudgetModification> &modifications, QString *error = nullptr);
    // Oldest first; amounts in `decimals` (the project's currency).
    QList<BudgetModification> forProject(qint64 projectId, int decimals = 2) const;

private:
    CacheDatabase &m_database;
};

} // namespace sitedesk
