#include "companiesendpoints.h"

#include "listendpoint.h"

namespace sandbox {

namespace {

const char *const companyNames[] = {"Northwind Builders", "Bâtisseurs Laurentiens Inc.", "Constructora Andina S.A."};

} // namespace

void CompaniesEndpoints::generate(SandboxData &data, QRandomGenerator &random, Scale scale) const
{
    data.setMe(QJsonObject{{QStringLiteral("id"), qint64(562949953999001)},
                           {QStringLiteral("login"), QStringLiteral("zoe.ramirez@northwind.example")},
                           {QStringLiteral("name"), QStringLiteral("Zoë Ramírez")}});
    const int count = scale == Scale::Tiny ? 1 : scale == Scale::Demo ? 2 : 3;
    QList<QJsonObject> &companies = data.collection(name());
    for (int i = 0; i < count; ++i) {
        const QDateTime created = SandboxData::epoch().addDays(-900 + random.bounded(100));
        companies.append(QJsonObject{
            {QStringLiteral("id"), firstCompanyId + i * companyIdStep},
            {QStringLiteral("name"), QString::fromUtf8(companyNames[i])},
            {QStringLiteral("is_active"), true},
            {QStringLiteral("logo_url"), i == 0 ? QJsonValue(QStringLiteral("https://storage.example.invalid/logos/northwind.png")) : QJsonValue()},
            {QStringLiteral("my_company"), i == 0},
            {QStringLiteral("updated_at"), SandboxData::timestamp(created)},
            // Fields the client does not know: it must ignore them, not choke on them.
            {QStringLiteral("pcn_business_experience"), QJsonValue()},
            {QStringLiteral("erp_integration"), QJsonObject{{QStringLiteral("enabled"), false}}},
        });
    }
}

void CompaniesEndpoints::addRoutes(Router &router) const
{
    router.add("GET", QStringLiteral("/rest/v1.0/me"),
               [](const HttpRequest &, const QRegularExpressionMatch &, RestContext &context) {
                   return HttpResponse::json(200, context.data.me());
               }, Router::Scope::Global);
    router.add("GET", QStringLiteral("/rest/v1.0/companies"),
               [](const HttpRequest &request, const QRegularExpressionMatch &, RestContext &context) {
                   return ListEndpoint().respond(request, context, context.data.collection(QStringLiteral("companies")));
               }, Router::Scope::Global);
}

} // namespace sandbox
