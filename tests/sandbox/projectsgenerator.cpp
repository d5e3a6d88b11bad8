#include "projectsgenerator.h"

#include <QJsonArray>

namespace sandbox {

namespace {

constexpr qint64 companyIdBase = 562949953421312;   // 15 digits, like real Procore ids
constexpr qint64 projectIdBase = 562949953600000;

struct City
{
    const char *name;
    const char *stateCode;
    const char *countryCode;
    const char *timeZone;
};

const City cities[] = {
    {"Montréal", "QC", "CA", "America/Toronto"},  {"Zürich", "ZH", "CH", "Europe/Zurich"},
    {"São Paulo", "SP", "BR", "America/Sao_Paulo"}, {"東京", "13", "JP", "Asia/Tokyo"},
    {"Austin", "TX", "US", "America/Chicago"},     {"Denver", "CO", "US", "America/Denver"},
    {"Seattle", "WA", "US", "America/Los_Angeles"}, {"Malmö", "M", "SE", "Europe/Stockholm"},
    {"Köln", "NW", "DE", "Europe/Berlin"},         {"Bogotá", "DC", "CO", "America/Bogota"},
    {"Chicago", "IL", "US", "America/Chicago"},    {"Québec", "QC", "CA", "America/Toronto"},
};

const char *kinds[] = {"Office Tower", "Hospital Wing", "Parking Structure", "Hauptbahnhof Umbau",
                       "Elementary School", "Data Center", "Résidences", "Library Renovation",
                       "Water Treatment Plant", "Mixed-Use Block", "Warehouse", "Stadium Retrofit"};

const char *stages[] = {"Bidding", "Pre-Construction", "Course of Construction", "Post-Construction", "Warranty"};

const char *companyNames[] = {"Northwind Builders", "Constructora Andina S.A.", "Bâtisseurs Laurentiens Inc."};

QString text(const char *utf8) { return QString::fromUtf8(utf8); }

QJsonObject makeProject(QRandomGenerator &random, qint64 id, const QJsonObject &company, int index, const QDateTime &epoch)
{
    const City &city = cities[random.bounded(int(std::size(cities)))];
    const QString kind = text(kinds[random.bounded(int(std::size(kinds)))]);
    const int stageIndex = random.bounded(int(std::size(stages)));
    const QString name = index == 0 && company.value(QLatin1String("name")).toString().startsWith(QLatin1String("Northwind"))
        ? QStringLiteral("Zürich Hauptbahnhof Umbau")
        : QStringLiteral("%1 %2").arg(text(city.name), kind);
    const QString number = QStringLiteral("%1-%2").arg(20 + random.bounded(7)).arg(100 + index * 7 + random.bounded(7), 3, 10, QLatin1Char('0'));
    const QDateTime created = epoch.addDays(-400 + random.bounded(380)).addSecs(random.bounded(86400));
    const QDateTime updated = created.addDays(random.bounded(30)).addSecs(random.bounded(86400));
    QJsonObject project{
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), name},
        {QStringLiteral("display_name"), number + QStringLiteral(" - ") + name},
        {QStringLiteral("project_number"), number},
        {QStringLiteral("address"), QStringLiteral("%1 Main Street").arg(10 + random.bounded(990))},
        {QStringLiteral("city"), text(city.name)},
        {QStringLiteral("state_code"), text(city.stateCode)},
        {QStringLiteral("country_code"), text(city.countryCode)},
        {QStringLiteral("zip"), random.bounded(4) == 0 ? QJsonValue() : QJsonValue(QString::number(10000 + random.bounded(89999)))},
        {QStringLiteral("time_zone"), text(city.timeZone)},
        {QStringLiteral("latitude"), random.bounded(5) == 0 ? QJsonValue() : QJsonValue(-60.0 + random.bounded(12000) / 100.0)},
        {QStringLiteral("longitude"), random.bounded(5) == 0 ? QJsonValue() : QJsonValue(-170.0 + random.bounded(34000) / 100.0)},
        {QStringLiteral("stage"), text(stages[stageIndex])},
        {QStringLiteral("project_stage"), QJsonObject{{QStringLiteral("id"), 100 + stageIndex}, {QStringLiteral("name"), text(stages[stageIndex])}}},
        {QStringLiteral("phone"), random.bounded(3) == 0 ? QJsonValue() : QJsonValue(QStringLiteral("+1 555 %1").arg(1000 + random.bounded(8999)))},
        {QStringLiteral("active"), random.bounded(10) != 0},
        {QStringLiteral("created_at"), created.toString(Qt::ISODate)},
        {QStringLiteral("updated_at"), updated.toString(Qt::ISODate)},
        {QStringLiteral("company"), company},
        {QStringLiteral("origin_id"), QJsonValue()},
        {QStringLiteral("origin_data"), QJsonValue()},
        {QStringLiteral("owners_project_id"), QJsonValue()},
        // Fields the client does not know about: it must keep them and not choke on them.
        {QStringLiteral("flag"), QStringLiteral("Green")},
        {QStringLiteral("program"), QJsonObject{{QStringLiteral("id"), 7}, {QStringLiteral("name"), QStringLiteral("Capital Works")}}},
    };
    return project;
}

} // namespace

void generateCompaniesAndProjects(SandboxData &data, QRandomGenerator &random, SandboxData::Scale scale, const QDateTime &epoch)
{
    QList<int> projectCounts;
    switch (scale) {
    case SandboxData::Scale::Tiny: projectCounts = {3}; break;
    case SandboxData::Scale::Demo: projectCounts = {8, 4}; break;
    case SandboxData::Scale::Large: projectCounts = {350, 150, 100}; break;
    case SandboxData::Scale::Huge: projectCounts = {1800, 700, 500}; break;
    }

    data.me = QJsonObject{{QStringLiteral("id"), qint64(562949953999001)},
                          {QStringLiteral("login"), QStringLiteral("zoe.ramirez@northwind.example")},
                          {QStringLiteral("name"), QStringLiteral("Zoë Ramírez")}};
    QList<QJsonObject> &companies = data.collection(QStringLiteral("companies"));
    QList<QJsonObject> &projects = data.collection(QStringLiteral("projects"));
    qint64 projectId = projectIdBase;
    for (int c = 0; c < projectCounts.size(); ++c) {
        const qint64 companyId = companyIdBase + c * 1013;
        const QString name = text(companyNames[c]);
        companies.append(QJsonObject{
            {QStringLiteral("id"), companyId},
            {QStringLiteral("name"), name},
            {QStringLiteral("is_active"), true},
            {QStringLiteral("logo_url"), c == 0 ? QJsonValue(QStringLiteral("https://storage.example.invalid/logos/northwind.png")) : QJsonValue()},
            {QStringLiteral("my_company"), c == 0},
            {QStringLiteral("pcn_business_experience"), QJsonValue()},
        });
        const QJsonObject companyRef{{QStringLiteral("id"), companyId}, {QStringLiteral("name"), name}};
        for (int p = 0; p < projectCounts.at(c); ++p)
            projects.append(makeProject(random, projectId++, companyRef, p, epoch));
    }
}

} // namespace sandbox
