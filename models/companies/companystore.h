#pragma once

#include "companies/company.h"

#include <QList>

namespace sitedesk {

class CacheDatabase;

// Reads and writes the `companies` table. replaceAll() is one transaction: the list Procore
// returned becomes the cached list (companies no longer listed are removed).
class CompanyStore
{
public:
    explicit CompanyStore(CacheDatabase &database);

    bool replaceAll(const QList<Company> &companies, QString *error = nullptr);
    QList<Company> all() const;            // ordered by name
    std::optional<Company> find(qint64 id) const;

private:
    CacheDatabase &m_database;
};

} // namespace sitedesk
