#include "projectsendpoints.h"

#include "procoreerror.h"

#include <iterator>

namespace sandbox {

namespace {

struct City
{
    const char *name;
    const char *stateCode;
    const char *countryCode;
    const char *timeZone;
};

const City cities[] = {
    {"Montréal", "QC", "CA", "America/Toronto"},    {"Zürich", "ZH", "CH", "Europe/Zurich"},
    {"São Paulo", "SP", "BR", "America/Sao_Paulo"}, {"東京", "13", "JP", "Asia/Tokyo"},
    {"Austin", "TX", "US", "America/Chicago"},      {"Denver", "CO", "US", "America/Denver"},
    {"Seattle", "WA", "US", "America/Los_Angeles"}, {"Malmö", "M", "SE", "Europe/Stockholm"},
    {"Köln", "NW", "DE", "Europe/Berlin"},          {"Bogotá", "DC", "CO", "America/Bogota"},
    {"Chicago", "IL", "US", "America/Chicago"},     {"Québec", "QC", "CA", "America/Toronto"},
};

// The first projects of the first company have fixed names the tests and the demo rely on.
const char *const fixedNames[] = {"Zürich Hauptbahnhof Umbau", "Édifice Saint-Laurent", "東京 Office Tower"};
const int fixedCities[] = {1, 0, 3};

const char *const kinds[] = {"Office Tower", "Hospital Wing", "Parking Structure", "Umbau", "Elementary School", "Data Center",
                             "Résidences", "Library Renovation", "Water Treatment Plant", "Mixed-Use Block", "Warehouse",
                             "Stadium Retrofit"};

const char *const stages[] = {"Bidding", "Pre-Construction", "Course of Construction", "Post-Construction", "Warranty"};

template <typename T, std::size_t N>
int countOf(const T (&)[N]) { return int(N); }

QString utf8(const char *text) { return QString::fromUtf8(text); }

QJsonValue sometimesNull(QRandomGenerator &random, int oneIn, const QJsonValue &value)
{
    return random.bounded(oneIn) == 0 ? QJsonValue() : value;
}

QJsonObject makeProject(QRandomGenerator &random, qint64 id, const QJsonObject &company, int index, bool fixedName)
{
    const City &city = cities[fixedName ? fixedCities[index] : random.bounded(countOf(cities))];
    const QString name = fixedName ? utf8(fixedNames[index]) : QStringLiteral("%1 %2").arg(utf8(city.name), utf8(kinds[random.bounded(countOf(kinds))]));
    const int stage = random.bounded(countOf(stages));
    const QString number = QStringLiteral("%1-%2").arg(20 + random.bounded(7)).arg(100 + index, 4, 10, QLatin1Char('0'));
    // Everything lies well before the epoch, so admin changes (after it) are always newer.
    const QDateTime created = SandboxData::epoch().addDays(-400 + random.bounded(360)).addSecs(random.bounded(86400));
    const QDateTime updated = created.addSecs(random.bounded(30 * 86400));
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), name},
        {QStringLiteral("display_name"), number + QStringLiteral(" - ") + name},
        {QStringLiteral("project_number"), number},
        {QStringLiteral("address"), QStringLiteral("%1 Main Street").arg(10 + random.bounded(990))},
        {QStringLiteral("city"), utf8(city.name)},
        {QStringLiteral("state_code"), utf8(city.stateCode)},
        {QStringLiteral("country_code"), utf8(city.countryCode)},
        {QStringLiteral("zip"), sometimesNull(random, 4, QString::number(10000 + random.bounded(89999)))},
        {QStringLiteral("time_zone"), utf8(city.timeZone)},
        {QStringLiteral("latitude"), sometimesNull(random, 5, -60.0 + random.bounded(12000) / 100.0)},
        {QStringLiteral("longitude"), sometimesNull(random, 5, -170.0 + random.bounded(34000) / 100.0)},
        {QStringLiteral("stage"), utf8(stages[stage])},
        {QStringLiteral("project_stage"), QJsonObject{{QStringLiteral("id"), 100 + stage}, {QStringLiteral("name"), utf8(stages[stage])}}},
        {QStringLiteral("phone"), sometimesNull(random, 3, QStringLiteral("+1 555 %1").arg(1000 + random.bounded(8999)))},
        {QStringLiteral("active"), fixedName || random.bounded(10) != 0},
        {QStringLiteral("created_at"), SandboxData::timestamp(created)},
        {QStringLiteral("updated_at"), SandboxData::timestamp(updated)},
        {QStringLiteral("company"), company},
        {QStringLiteral("origin_id"), QJsonValue()},
        {QStringLiteral("origin_data"), QJsonValue()},
        {QStringLiteral("owners_project_id"), QJsonValue()},
        // Fields the client does not know: it must keep going, not choke on them.
        {QStringLiteral("flag"), QStringLiteral("Green")},
        {QStringLiteral("program"), QJsonObject{{QStringLiteral("id"), 7}, {QStringLiteral("name"), QStringLiteral("Capital Works")}}},
    };
}

QJsonObject pick(const QJsonObject &record, std::initializer_list<const char *> keys)
{
    QJsonObject out;
    for (const char *key : keys)
        out.insert(QLatin1String(key), record.value(QLatin1String(key)));
    return out;
}

} // namespace

void ProjectsEndpoints::generate(SandboxData &data, QRandomGenerator &random, Scale scale) const
{
    QList<int> perCompany;
    switch (scale) {
    case Scale::Tiny: perCompany = {3}; break;
    case Scale::Demo: perCompany = {8, 4}; break;
    case Scale::Large: perCompany = {350, 150, 100}; break;
    case Scale::Huge: perCompany = {1800, 700, 500}; break;
    }
    const QList<QJsonObject> companies = data.collection(QStringLiteral("companies"));
    QList<QJsonObject> &projects = data.collection(name());
    qint64 id = firstProjectId;
    for (qsizetype c = 0; c < std::min(companies.size(), perCompany.size()); ++c) {
        const QJsonObject company = pick(companies.at(c), {"id", "name"});
        for (int p = 0; p < perCompany.at(c); ++p)
            projects.append(makeProject(random, id++, company, p, c == 0 && p < countOf(fixedNames)));
    }
}

void ProjectsEndpoints::addRoutes(Router &router) const
{
    router.add("GET", QStringLiteral("/rest/v1.0/projects"),
               [](const HttpRequest &request, const QRegularExpressionMatch &, RestContext &context) { return list(request, context, 10000); });
    router.add("GET", QStringLiteral("/rest/v1.1/projects"),
               [](const HttpRequest &request, const QRegularExpressionMatch &, RestContext &context) { return list(request, context, 300); });
    router.add("GET", QStringLiteral("/rest/v1.0/companies/{company_id}/projects"), &ProjectsEndpoints::companyProjects);
}

QList<QJsonObject> ProjectsEndpoints::projectsOf(const SandboxData &data, qint64 companyId)
{
    QList<QJsonObject> projects = data.collection(QStringLiteral("projects"));
    projects.removeIf([companyId](const QJsonObject &project) {
        return project.value(QLatin1String("company")).toObject().value(QLatin1String("id")).toInteger() != companyId;
    });
    return projects;
}

HttpResponse ProjectsEndpoints::list(const HttpRequest &request, RestContext &context, int maxPerPage)
{
    const QString companyText = request.queryValue(QStringLiteral("company_id"));
    if (companyText.isEmpty())
        return ProcoreError::badRequest(QStringLiteral("company_id is required"));
    HttpResponse error;
    if (!context.checkCompany(companyText.toLongLong(), &error))
        return error;
    QList<QJsonObject> projects = projectsOf(context.data, companyText.toLongLong());
    const QString active = request.queryValue(QStringLiteral("filters[active]"));
    if (!active.isEmpty()) {
        const bool wanted = active == QLatin1String("true");
        projects.removeIf([wanted](const QJsonObject &p) { return p.value(QLatin1String("active")).toBool() != wanted; });
    }
    ListEndpoint::Options options;
    options.maxPerPage = maxPerPage;
    const QString view = maxPerPage == 300 ? request.queryValue(QStringLiteral("view")) : QString();
    return ListEndpoint(options).respond(request, context, projects, viewProjection(view));
}

ListEndpoint::Projection ProjectsEndpoints::viewProjection(const QString &view)
{
    if (view == QLatin1String("compact"))
        return [](const QJsonObject &p) { return pick(p, {"id", "name", "display_name", "project_number", "active", "company", "updated_at"}); };
    if (view == QLatin1String("extended")) {
        return [](const QJsonObject &p) {
            QJsonObject extended = p;
            extended.insert(QStringLiteral("description"), QJsonValue());
            extended.insert(QStringLiteral("square_feet"), QJsonValue());
            extended.insert(QStringLiteral("estimated_value"), QJsonValue());
            return extended;
        };
    }
    return {};
}

HttpResponse ProjectsEndpoints::companyProjects(const HttpRequest &request, const QRegularExpressionMatch &match, RestContext &context)
{
    const qint64 companyId = match.captured(QStringLiteral("company_id")).toLongLong();
    HttpResponse error;
    if (!context.checkCompany(companyId, &error))
        return error;
    return ListEndpoint().respond(request, context, projectsOf(context.data, companyId), [](const QJsonObject &p) {
        return pick(p, {"id", "name", "display_name", "project_number", "active"});
    });
}

} // namespace sandbox
