#pragma once

#include "projects/project.h"

#include <QList>

namespace sitedesk {

class CacheDatabase;

// Reads and writes the `projects` table. replaceForCompany() is one transaction: the company's
// cached projects become exactly the given list; a failure leaves the previous list intact.
class ProjectStore
{
public:
    explicit ProjectStore(CacheDatabase &database);

    bool replaceForCompany(qint64 companyId, const QList<Project> &projects,
                           QString *error = nullptr);
    // Without the raw JSON when the caller shows only the columns: parsing it was most of the
    // project picker's load on every start (1,800 projects, ~2 KB of JSON each).
    enum class Raw { Include, Leave };
    QList<Project> forCompany(qint64 companyId, Raw raw = Raw::Include) const;   // ordered by display name
    std::optional<Project> find(qint64 id) const;

private:
    CacheDatabase &m_database;
};

} // namespace sitedesk
