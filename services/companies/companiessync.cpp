#include "companies/companiessync.h"

#include "companies/companystore.h"

#include <QJsonObject>

namespace sitedesk {

ApiRequest CompaniesSync::request(const SyncContext &) const
{
    ApiRequest request = ApiRequest::get(QStringLiteral("/rest/v1.0/companies"));
    request.maxPerPage = 1000;
    return request;
}

int CompaniesSync::storeItems(const SyncContext &context, const QJsonArray &items, QString *error)
{
    QList<Company> companies;
    companies.reserve(items.size());
    for (const QJsonValue &item : items) {
        if (auto company = Company::fromJson(item.toObject()))
            companies.append(*company);
    }
    if (!CompanyStore(*context.cache).replaceAll(companies, error))
        return -1;
    return int(companies.size());
}

} // namespace sitedesk
