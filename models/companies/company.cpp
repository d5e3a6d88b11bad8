#include "companies/company.h"

#include "core/jsonfields.h"

namespace sitedesk {

std::optional<Company> Company::fromJson(const QJsonObject &object)
{
    Company company;
    company.id = json::toId(object.value(QLatin1String("id")));
    if (company.id == 0)
        return std::nullopt;
    company.name = json::toText(object.value(QLatin1String("name")));
    company.isActive = json::toBool(object.value(QLatin1String("is_active")), true);
    company.isMine = json::toBool(object.value(QLatin1String("my_company")));
    company.raw = object;
    return company;
}

qsizetype Company::preferredIndex(const QList<Company> &companies)
{
    for (qsizetype i = 0; i < companies.size(); ++i)
        if (companies.at(i).isMine)
            return i;
    return companies.isEmpty() ? -1 : 0;
}

} // namespace sitedesk
