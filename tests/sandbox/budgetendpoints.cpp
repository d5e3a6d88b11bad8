#include "budgetendpoints.h"

#include "procoreerror.h"

#include <QJsonArray>
#include <QMap>

#include <iterator>

namespace sandbox {

namespace {

struct CostCode
{
    const char *code;
    const char *name;
};

struct Division
{
    const char *code;
    const char *name;
    std::initializer_list<CostCode> costCodes;
};

// CSI MasterFormat divisions with a few of their usual cost codes.
const Division divisions[] = {
    {"01", "General Requirements", {{"100", "Summary"}, {"310", "Project Management"}, {"500", "Temporary Facilities"}, {"740", "Cleaning"}}},
    {"02", "Existing Conditions", {{"410", "Demolition"}}},
    {"03", "Concrete", {{"100", "Concrete Forming"}, {"200", "Concrete Reinforcing"}, {"300", "Cast-in-Place Concrete"}}},
    {"04", "Masonry", {{"200", "Unit Masonry"}}},
    {"05", "Metals", {{"120", "Structural Steel Framing"}, {"500", "Metal Fabrications"}}},
    {"06", "Wood, Plastics, and Composites", {{"100", "Rough Carpentry"}, {"400", "Architectural Woodwork"}}},
    {"07", "Thermal and Moisture Protection", {{"200", "Thermal Protection"}, {"500", "Membrane Roofing"}, {"900", "Joint Sealants"}}},
    {"08", "Openings", {{"100", "Doors and Frames"}, {"400", "Entrances and Storefronts"}, {"800", "Glazing"}}},
    {"09", "Finishes", {{"200", "Plaster and Gypsum Board"}, {"300", "Tiling"}, {"600", "Flooring"}, {"900", "Painting"}}},
    {"21", "Fire Suppression", {{"100", "Water-Based Fire-Suppression"}}},
    {"22", "Plumbing", {{"100", "Plumbing Piping"}, {"400", "Plumbing Fixtures"}}},
    {"23", "Heating, Ventilating, and Air Conditioning", {{"300", "HVAC Air Distribution"}, {"700", "Central HVAC Equipment"}}},
    {"26", "Electrical", {{"200", "Low-Voltage Distribution"}, {"500", "Lighting"}}},
    {"31", "Earthwork", {{"200", "Earth Moving"}}},
    {"32", "Exterior Improvements", {{"100", "Paving"}, {"900", "Planting"}}},
};

const char *const categories[] = {"Labor", "Material", "Equipment", "Subcontract", "Other"};
const char *const vendors[] = {"Fantastic Framers, LLC", "Zürcher Beton AG", "Béton Québec Inc.", "Tokyo Steel 東京", "Steve's Plumbing and Hardware",
                               "Nordic Glass AB", "Köln Elektro GmbH", "Andes Paving S.A.S."};
const char *const modificationNotes[] = {"Transfer money for extra concrete.", "Move contingency to finishes", "Owner-approved scope increase",
                                         "Reallocate unused general conditions", "Rebalance after buyout", "Winter protection"};

// The amount columns a line item carries, by Procore's field names.
const char *const amountKeys[] = {"original_budget_amount", "budget_modifications", "approved_cos", "revised_budget",
                                  "pending_budget_changes", "projected_budget", "committed_costs", "direct_costs",
                                  "pending_cost_changes", "projected_costs", "forecast_to_complete",
                                  "estimated_cost_at_completion", "projected_over_under"};

struct ColumnSpec
{
    const char *source;   // amount key, or a standard column slug
    const char *name;
};

struct ViewSpec
{
    const char *name;
    const char *description;
    const char *role;
    std::initializer_list<ColumnSpec> amountColumns;
};

const ViewSpec viewSpecs[] = {
    {"Procore Standard Budget", "This is the procore standard view", "budgeting",
     {{"original_budget_amount", "Original Budget Amount"}, {"budget_modifications", "Budget Modifications"},
      {"approved_cos", "Approved COs"}, {"revised_budget", "Revised Budget"},
      {"pending_budget_changes", "Pending Budget Changes"}, {"projected_budget", "Projected Budget"},
      {"committed_costs", "Committed Costs"}, {"direct_costs", "Direct Costs"},
      {"pending_cost_changes", "Pending Cost Changes"}, {"projected_costs", "Projected Costs"},
      {"forecast_to_complete", "Forecast To Complete"}, {"estimated_cost_at_completion", "Estimated Cost at Completion"},
      {"projected_over_under", "Projected over Under"}}},
    {"Forecasting", "Monthly forecast review", "forecasting",
     {{"original_budget_amount", "Original Budget Amount"}, {"revised_budget", "Revised Budget"},
      {"projected_costs", "Projected Costs"}, {"forecast_to_complete", "Forecast To Complete"},
      {"estimated_cost_at_completion", "Estimated Cost at Completion"}, {"projected_over_under", "Projected over Under"}}},
    {"Owner Cost Report", "Columns the owner's report shows", "custom_reporting",
     {{"original_budget_amount", "Original Budget Amount"}, {"approved_cos", "Approved COs"},
      {"revised_budget", "Revised Budget"}, {"committed_costs", "Committed Costs"}, {"direct_costs", "Direct Costs"}}},
};

const ColumnSpec standardColumns[] = {
    {"root_cost_code", "Division"}, {"cost_code", "Cost Code"}, {"cost_type", "Cost Type"}, {"description", "Description"}};

template <typename T, std::size_t N>
int countOf(const T (&)[N]) { return int(N); }

QString utf8(const char *text) { return QString::fromUtf8(text); }
QString key(const char *text) { return QLatin1String(text); }

QString currencyOf(const QString &countryCode)
{
    static const QMap<QString, QString> byCountry{
        {QStringLiteral("CA"), QStringLiteral("CAD")}, {QStringLiteral("CH"), QStringLiteral("CHF")},
        {QStringLiteral("BR"), QStringLiteral("BRL")}, {QStringLiteral("JP"), QStringLiteral("JPY")},
        {QStringLiteral("SE"), QStringLiteral("SEK")}, {QStringLiteral("DE"), QStringLiteral("EUR")},
        {QStringLiteral("CO"), QStringLiteral("COP")}};
    return byCountry.value(countryCode, QStringLiteral("USD"));
}

qint64 powerOfTen(int exponent)
{
    qint64 value = 1;
    while (exponent-- > 0)
        value *= 10;
    return value;
}

// Exact decimal text of minor units: "-1234.50".
QString fixedText(qint64 minor, int decimals)
{
    const qint64 scale = powerOfTen(decimals);
    const qint64 magnitude = minor < 0 ? -minor : minor;
    QString text = QString::number(magnitude / scale);
    if (decimals > 0)
        text += QLatin1Char('.') + QStringLiteral("%1").arg(magnitude % scale, decimals, 10, QLatin1Char('0'));
    return minor < 0 ? QLatin1Char('-') + text : text;
}

// Ruby's BigDecimal#to_s("F") as Procore sends it: "10000.0", "1234.5", "-17.25".
QString procoreText(qint64 minor, int decimals)
{
    QString text = fixedText(minor, decimals);
    if (!text.contains(QLatin1Char('.')))
        return text + QStringLiteral(".0");
    while (text.endsWith(QLatin1Char('0')) && !text.endsWith(QLatin1String(".0")))
        text.chop(1);
    return text;
}

// Procore sends amounts as JSON numbers in some places and decimal strings in others; the
// sandbox mixes both, so the client meets each for every column.
QJsonValue amountValue(QRandomGenerator &random, qint64 minor, int decimals)
{
    switch (random.bounded(3)) {
    case 0: return double(minor) / double(powerOfTen(decimals));
    case 1: return procoreText(minor, decimals);
    default: return fixedText(minor, decimals);
    }
}

// A budget amount in minor units: major units in [low, high), cents that make binary floating
// point drift show (.10, .20, .30, .70) more often than chance.
qint64 randomAmount(QRandomGenerator &random, int low, int high, int decimals)
{
    const qint64 major = low + random.bounded(high - low);
    if (decimals == 0)
        return major * 100;   // whole yen, a hundred times the dollar-sized figure
    static const int driftCents[] = {10, 20, 30, 70, 1, 99};
    const int cents = random.bounded(3) == 0 ? driftCents[random.bounded(countOf(driftCents))] : random.bounded(100);
    return major * 100 + cents;
}

qint64 percentOf(qint64 minor, int percent)
{
    return (minor * percent + (minor >= 0 ? 50 : -50)) / 100;
}

QJsonObject withoutHidden(const QJsonObject &record)
{
    QJsonObject out = record;
    for (const QString &name : record.keys())
        if (name.startsWith(QLatin1Char('_')))
            out.remove(name);
    return out;
}

struct LineItem
{
    qint64 id = 0;
    QMap<QString, qint64> minor;
};

int projectLimit(Scale scale)
{
    switch (scale) {
    case Scale::Tiny:
    case Scale::Demo: return 1000000;
    case Scale::Large:
    case Scale::Huge: return 40;
    }
    return 0;
}

QJsonObject projectRecord(const SandboxData &data, qint64 projectId)
{
    for (const QJsonObject &project : data.collection(QStringLiteral("projects")))
        if (project.value(QLatin1String("id")).toInteger() == projectId && !SandboxData::isDeleted(project))
            return project;
    return {};
}

// The project named by ?project_id= (or the path), checked against Procore-Company-Id.
bool checkProject(const RestContext &context, const QString &idText, QJsonObject *project, HttpResponse *error)
{
    if (idText.isEmpty()) {
        *error = ProcoreError::badRequest(QStringLiteral("project_id is required"));
        return false;
    }
    *project = projectRecord(context.data, idText.toLongLong());
    if (project->isEmpty()) {
        *error = ProcoreError::notFound();
        return false;
    }
    return context.checkCompany(project->value(QLatin1String("company")).toObject().value(QLatin1String("id")).toInteger(), error);
}

bool findView(const RestContext &context, const QRegularExpressionMatch &match, const QJsonObject &project,
              QJsonObject *view, HttpResponse *error)
{
    const qint64 viewId = match.captured(QStringLiteral("budget_view_id")).toLongLong();
    const qint64 companyId = project.value(QLatin1String("company")).toObject().value(QLatin1String("id")).toInteger();
    const QJsonObject *found = context.data.find(QStringLiteral("budget_views"), viewId);
    if (!found || found->value(QLatin1String("_company_id")).toInteger() != companyId) {
        *error = ProcoreError::notFound();
        return false;
    }
    *view = *found;
    return true;
}

QList<QJsonObject> ofProject(const SandboxData &data, const QString &collection, qint64 projectId)
{
    QList<QJsonObject> records = data.collection(collection);
    records.removeIf([projectId](const QJsonObject &record) { return record.value(QLatin1String("_project_id")).toInteger() != projectId; });
    return records;
}

QJsonArray amountColumnsOf(const QJsonObject &view)
{
    QJsonArray amounts;
    for (const QJsonValue &column : view.value(QLatin1String("_columns")).toArray())
        if (column.toObject().value(QLatin1String("aggregatable")).toBool())
            amounts.append(column);
    return amounts;
}

} // namespace

void BudgetEndpoints::generate(SandboxData &data, QRandomGenerator &random, Scale scale) const
{
    // Views are company templates, the same for every project of the company.
    qint64 viewId = firstViewId;
    qint64 columnId = 56100;
    for (const QJsonObject &company : data.collection(QStringLiteral("companies"))) {
        const qint64 companyId = company.value(QLatin1String("id")).toInteger();
        for (int v = 0; v < countOf(viewSpecs); ++v) {
            const ViewSpec &spec = viewSpecs[v];
            QJsonArray columnList;
            int position = -countOf(standardColumns);
            for (const ColumnSpec &standard : standardColumns) {
                columnList.append(QJsonObject{{QStringLiteral("id"), key(standard.source)}, {QStringLiteral("name"), utf8(standard.name)},
                                           {QStringLiteral("position"), position++}, {QStringLiteral("type"), QStringLiteral("standard")},
                                           {QStringLiteral("aggregatable"), false}, {QStringLiteral("groupable"), true},
                                           {QStringLiteral("filterable"), true}});
            }
            int templatePosition = 1;
            for (const ColumnSpec &amount : spec.amountColumns) {
                // The two amounts detail rows always carry keep their slugs; the others are
                // template columns with numeric ids, as in Procore.
                const bool builtIn = qstrcmp(amount.source, "original_budget_amount") == 0 || qstrcmp(amount.source, "budget_modifications") == 0;
                const QString id = builtIn ? key(amount.source) : QString::number(columnId++);
                columnList.append(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("name"), utf8(amount.name)},
                                           {QStringLiteral("position"), templatePosition++},
                                           {QStringLiteral("type"), builtIn ? QStringLiteral("standard") : QStringLiteral("source")},
                                           {QStringLiteral("aggregatable"), true}, {QStringLiteral("groupable"), false},
                                           {QStringLiteral("filterable"), false}, {QStringLiteral("_source"), key(amount.source)}});
            }
            const QDateTime created = SandboxData::epoch().addDays(-700 + v * 40).addSecs(random.bounded(86400));
            const qint64 id = viewId++;
            data.collection(QStringLiteral("budget_views")).append(QJsonObject{
                {QStringLiteral("id"), id},
                {QStringLiteral("name"), utf8(spec.name)},
                {QStringLiteral("description"), utf8(spec.description)},
                {QStringLiteral("role"), utf8(spec.role)},
                {QStringLiteral("created_at"), SandboxData::timestamp(created)},
                {QStringLiteral("updated_at"), SandboxData::timestamp(created.addDays(random.bounded(200)))},
                {QStringLiteral("created_by"), QJsonObject{{QStringLiteral("id"), 1234}, {QStringLiteral("name"), QStringLiteral("Carl the Contractor")},
                                                          {QStringLiteral("login"), QStringLiteral("carl.contractor@example.com")}}},
                {QStringLiteral("_company_id"), companyId},
                {QStringLiteral("_columns"), columnList},
            });
        }
    }

    qint64 lineItemId = firstLineItemId;
    qint64 costCodeId = firstCostCodeId;
    qint64 modificationId = firstModificationId;
    qint64 directCostId = firstDirectCostId;
    const QList<QJsonObject> projects = data.collection(QStringLiteral("projects"));
    for (qsizetype p = 0; p < std::min<qsizetype>(projects.size(), projectLimit(scale)); ++p) {
        const QJsonObject &project = projects.at(p);
        const qint64 projectId = project.value(QLatin1String("id")).toInteger();
        const QString currency = currencyOf(project.value(QLatin1String("country_code")).toString());
        const int decimals = currency == QLatin1String("JPY") ? 0 : 2;
        const QJsonObject currencyConfiguration{{QStringLiteral("currency_iso_code"), currency}};

        QList<LineItem> items;
        QList<QJsonObject> records;
        for (const Division &division : divisions) {
            if (p > 0 && random.bounded(5) == 0)
                continue;   // not every project has every division (the first one does)
            const qint64 divisionId = costCodeId++;
            const QString divisionName = QStringLiteral("%1 - %2").arg(key(division.code), utf8(division.name));
            for (const CostCode &costCode : division.costCodes) {
                const qint64 codeId = costCodeId++;
                const QString fullCode = QStringLiteral("%1-%2").arg(key(division.code), key(costCode.code));
                const QString codeName = QStringLiteral("%1 - %2").arg(fullCode, utf8(costCode.name));
                const int lines = 1 + random.bounded(3);
                const int firstCategory = random.bounded(countOf(categories));
                for (int l = 0; l < lines; ++l) {
                    const int category = (firstCategory + l) % countOf(categories);
                    LineItem item;
                    item.id = lineItemId++;
                    item.minor[QStringLiteral("original_budget_amount")] = randomAmount(random, 4000, 380000, decimals);
                    items.append(item);
                    records.append(QJsonObject{
                        {QStringLiteral("id"), item.id},
                        {QStringLiteral("deletable"), false},
                        {QStringLiteral("budgeted"), true},
                        {QStringLiteral("budgetable"), true},
                        {QStringLiteral("company_id"), project.value(QLatin1String("company")).toObject().value(QLatin1String("id"))},
                        {QStringLiteral("company"), project.value(QLatin1String("company")).toObject().value(QLatin1String("name"))},
                        {QStringLiteral("project_id"), projectId},
                        {QStringLiteral("project"), project.value(QLatin1String("name"))},
                        {QStringLiteral("wbs_code_id"), item.id + 1000000},
                        {QStringLiteral("biller_id"), projectId},
                        {QStringLiteral("biller"), project.value(QLatin1String("name"))},
                        {QStringLiteral("biller_type"), QStringLiteral("Project")},
                        {QStringLiteral("root_cost_code_id"), divisionId},
                        {QStringLiteral("root_cost_code"), divisionName},
                        {QStringLiteral("cost_code_id"), codeId},
                        {QStringLiteral("cost_code"), codeName},
                        {QStringLiteral("cost_code_origin_id"), QJsonValue()},
                        {QStringLiteral("category_id"), 23100 + category},
                        {QStringLiteral("category"), utf8(categories[category])},
                        {QStringLiteral("curve"), random.bounded(2) ? QJsonValue(QStringLiteral("linear")) : QJsonValue()},
                        {QStringLiteral("start_date"), QStringLiteral("Jan 1, 2025")},
                        {QStringLiteral("end_date"), QStringLiteral("Dec 31, 2026")},
                        {QStringLiteral("currency_configuration"), currencyConfiguration},
                        {QStringLiteral("_project_id"), projectId},
                    });
                }
            }
        }
        if (items.isEmpty())
            continue;

        // Budget modifications over the year before the epoch: transfers between lines, and
        // now and then one that adds to the grand total (no from line).
        const int modificationCount = 8 + random.bounded(10);
        QList<QDateTime> times;
        for (int m = 0; m < modificationCount; ++m)
            times.append(SandboxData::epoch().addDays(-360 + random.bounded(350)).addSecs(random.bounded(86400)));
        std::sort(times.begin(), times.end());
        for (int m = 0; m < modificationCount; ++m) {
            const int to = random.bounded(int(items.size()));
            int from = random.bounded(4) == 0 ? -1 : random.bounded(int(items.size()));
            if (from == to)
                from = (to + 1) % int(items.size());
            const qint64 amount = randomAmount(random, 500, 24000, decimals);
            items[to].minor[QStringLiteral("budget_modifications")] += amount;
            if (from >= 0)
                items[from].minor[QStringLiteral("budget_modifications")] -= amount;
            data.collection(QStringLiteral("budget_modifications")).append(QJsonObject{
                {QStringLiteral("id"), modificationId++},
                {QStringLiteral("created_at"), SandboxData::timestamp(times.at(m))},
                {QStringLiteral("updated_at"), SandboxData::timestamp(times.at(m).addSecs(random.bounded(3600)))},
                {QStringLiteral("from_budget_line_item_id"), from >= 0 ? QJsonValue(items.at(from).id) : QJsonValue()},
                {QStringLiteral("to_budget_line_item_id"), items.at(to).id},
                {QStringLiteral("transfer_amount"), procoreText(amount, decimals)},
                {QStringLiteral("notes"), utf8(modificationNotes[random.bounded(countOf(modificationNotes))])},
                {QStringLiteral("origin_id"), QJsonValue()},
                {QStringLiteral("origin_data"), QJsonValue()},
                {QStringLiteral("_project_id"), projectId},
            });
        }

        // Direct costs (invoices, expenses, payroll), each charged to one line.
        const int directCount = 10 + random.bounded(20);
        static const char *const types[] = {"invoice", "expense", "payroll"};
        static const char *const statuses[] = {"draft", "pending", "approved", "approved", "approved"};
        for (int d = 0; d < directCount; ++d) {
            const int line = random.bounded(int(items.size()));
            const qint64 amount = randomAmount(random, 150, 26000, decimals);
            items[line].minor[QStringLiteral("direct_costs")] += amount;
            // Created and updated well before the epoch: admin changes must always be newer.
            const QDateTime created = SandboxData::epoch().addDays(-330 + random.bounded(300)).addSecs(random.bounded(86400));
            const int vendor = random.bounded(countOf(vendors));
            const char *type = types[random.bounded(countOf(types))];
            data.collection(QStringLiteral("direct_costs")).append(QJsonObject{
                {QStringLiteral("id"), directCostId++},
                {QStringLiteral("amount"), procoreText(amount, decimals)},
                {QStringLiteral("grand_total"), procoreText(amount, decimals)},
                {QStringLiteral("created_at"), SandboxData::timestamp(created)},
                {QStringLiteral("updated_at"), SandboxData::timestamp(created.addDays(random.bounded(20)))},
                {QStringLiteral("deleted_at"), QJsonValue()},
                {QStringLiteral("description"), QStringLiteral("%1 for %2").arg(utf8(type), records.at(line).value(QLatin1String("cost_code")).toString())},
                {QStringLiteral("direct_cost_type"), utf8(type)},
                {QStringLiteral("direct_cost_date"), created.date().toString(Qt::ISODate)},
                {QStringLiteral("invoice_number"), qstrcmp(type, "invoice") == 0 ? QJsonValue(QStringLiteral("INV-%1").arg(1000 + d)) : QJsonValue()},
                {QStringLiteral("payment_date"), QJsonValue()},
                {QStringLiteral("received_date"), created.date().toString(Qt::ISODate)},
                {QStringLiteral("status"), utf8(statuses[random.bounded(countOf(statuses))])},
                {QStringLiteral("terms"), QStringLiteral("Net 30")},
                {QStringLiteral("vendor"), utf8(vendors[vendor])},
                {QStringLiteral("vendor_id"), 8100 + vendor},
                {QStringLiteral("vendor_name"), utf8(vendors[vendor])},
                {QStringLiteral("currency_configuration"), currencyConfiguration},
                {QStringLiteral("employee"), QJsonValue()},
                {QStringLiteral("_project_id"), projectId},
                {QStringLiteral("_budget_line_item_id"), items.at(line).id},
            });
        }

        // The remaining columns follow Procore's formulas from the generated parts.
        for (qsizetype i = 0; i < items.size(); ++i) {
            QMap<QString, qint64> &m = items[i].minor;
            const qint64 original = m.value(QStringLiteral("original_budget_amount"));
            m[QStringLiteral("approved_cos")] = random.bounded(10) < 3 ? randomAmount(random, 800, 30000, decimals) * (random.bounded(5) == 0 ? -1 : 1) : 0;
            m[QStringLiteral("revised_budget")] = original + m.value(QStringLiteral("budget_modifications")) + m.value(QStringLiteral("approved_cos"));
            m[QStringLiteral("pending_budget_changes")] = random.bounded(10) < 2 ? randomAmount(random, 500, 12000, decimals) : 0;
            m[QStringLiteral("projected_budget")] = m.value(QStringLiteral("revised_budget")) + m.value(QStringLiteral("pending_budget_changes"));
            m[QStringLiteral("committed_costs")] = percentOf(m.value(QStringLiteral("revised_budget")), 35 + random.bounded(80));
            m[QStringLiteral("direct_costs")] = m.value(QStringLiteral("direct_costs"));
            m[QStringLiteral("pending_cost_changes")] = random.bounded(10) < 2 ? randomAmount(random, 300, 9000, decimals) : 0;
            m[QStringLiteral("projected_costs")] = m.value(QStringLiteral("committed_costs")) + m.value(QStringLiteral("direct_costs"))
                                                   + m.value(QStringLiteral("pending_cost_changes"));
            const qint64 toComplete = percentOf(m.value(QStringLiteral("revised_budget")), 92 + random.bounded(20))
                                      - m.value(QStringLiteral("committed_costs")) - m.value(QStringLiteral("direct_costs"));
            m[QStringLiteral("forecast_to_complete")] = std::max<qint64>(0, toComplete);
            m[QStringLiteral("estimated_cost_at_completion")] = m.value(QStringLiteral("projected_costs")) + m.value(QStringLiteral("forecast_to_complete"));
            m[QStringLiteral("projected_over_under")] = m.value(QStringLiteral("projected_budget")) - m.value(QStringLiteral("estimated_cost_at_completion"));

            QJsonObject minor;
            for (const char *amount : amountKeys)
                minor.insert(key(amount), QString::number(m.value(key(amount))));
            QJsonObject &record = records[i];
            record.insert(QStringLiteral("_minor"), minor);
            record.insert(QStringLiteral("_decimals"), decimals);
            record.insert(QStringLiteral("original_budget_amount"), procoreText(original, decimals));
            record.insert(QStringLiteral("budget_modifications"), procoreText(m.value(QStringLiteral("budget_modifications")), decimals));
            const QString forecast = procoreText(m.value(QStringLiteral("estimated_cost_at_completion")), decimals);
            record.insert(QStringLiteral("budget_forecast"), QJsonObject{{QStringLiteral("id"), items.at(i).id + 2000000},
                                                                         {QStringLiteral("manual_amount"), QJsonValue()},
                                                                         {QStringLiteral("automatic_amount"), forecast},
                                                                         {QStringLiteral("amount"), forecast},
                                                                         {QStringLiteral("automatically_calculated"), true},
                                                                         {QStringLiteral("calculation_strategy"), QStringLiteral("itemized")},
                                                                         {QStringLiteral("notes"), QJsonValue()}});
            // The shape each view's rows use (numbers or strings per value) is fixed at
            // generation so responses stay byte-identical for a seed.
            QJsonObject shapes;
            for (const char *amount : amountKeys)
                shapes.insert(key(amount), amountValue(random, m.value(key(amount)), decimals));
            record.insert(QStringLiteral("_values"), shapes);
            data.collection(QStringLiteral("budget_line_items")).append(record);
        }
    }
}

void BudgetEndpoints::addRoutes(Router &router) const
{
    router.add("GET", QStringLiteral("/rest/v1.0/budget_views"),
               [](const HttpRequest &request, const QRegularExpressionMatch &, RestContext &context) { return views(request, context); });
    router.add("GET", QStringLiteral("/rest/v1.0/budget_views/{budget_view_id}/budget_detail_columns"), &BudgetEndpoints::columns);
    router.add("GET", QStringLiteral("/rest/v1.0/budget_views/{budget_view_id}/detail_rows"), &BudgetEndpoints::detailRows);
    router.add("GET", QStringLiteral("/rest/v1.0/budget_views/{budget_view_id}/summary_rows"), &BudgetEndpoints::summaryRows);
    router.add("GET", QStringLiteral("/rest/v1.0/projects/{project_id}/budget_modifications"), &BudgetEndpoints::modifications);
    router.add("GET", QStringLiteral("/rest/v1.1/projects/{project_id}/direct_costs"), &BudgetEndpoints::directCosts);
    router.add("GET", QStringLiteral("/rest/v1.0/projects/{project_id}/budget"), &BudgetEndpoints::budget);
}

HttpResponse BudgetEndpoints::views(const HttpRequest &request, RestContext &context)
{
    QJsonObject project;
    HttpResponse error;
    if (!checkProject(context, request.queryValue(QStringLiteral("project_id")), &project, &error))
        return error;
    const qint64 companyId = project.value(QLatin1String("company")).toObject().value(QLatin1String("id")).toInteger();
    QList<QJsonObject> list = context.data.collection(QStringLiteral("budget_views"));
    list.removeIf([companyId](const QJsonObject &view) { return view.value(QLatin1String("_company_id")).toInteger() != companyId; });
    const QString base = context.baseUrl.toString();
    const QString projectId = QString::number(project.value(QLatin1String("id")).toInteger());
    ListEndpoint::Options options;
    options.filterUpdatedAt = false;
    return ListEndpoint(options).respond(request, context, list, [base, projectId](const QJsonObject &view) {
        QJsonObject out = withoutHidden(view);
        const QString id = QString::number(view.value(QLatin1String("id")).toInteger());
        out.insert(QStringLiteral("links"), QJsonObject{
            {QStringLiteral("detail_rows"), QStringLiteral("%1/rest/v1.0/budget_views/%2/detail_rows?project_id=%3").arg(base, id, projectId)},
            {QStringLiteral("summary_rows"), QStringLiteral("%1/rest/v1.0/budget_views/%2/summary_rows?project_id=%3").arg(base, id, projectId)}});
        return out;
    });
}

HttpResponse BudgetEndpoints::columns(const HttpRequest &request, const QRegularExpressionMatch &match, RestContext &context)
{
    QJsonObject project, view;
    HttpResponse error;
    if (!checkProject(context, request.queryValue(QStringLiteral("project_id")), &project, &error) || !findView(context, match, project, &view, &error))
        return error;
    QJsonArray list;
    for (const QJsonValue &column : view.value(QLatin1String("_columns")).toArray())
        list.append(withoutHidden(column.toObject()));
    return HttpResponse::json(200, QJsonDocument(list));
}

HttpResponse BudgetEndpoints::detailRows(const HttpRequest &request, const QRegularExpressionMatch &match, RestContext &context)
{
    QJsonObject project, view;
    HttpResponse error;
    if (!checkProject(context, request.queryValue(QStringLiteral("project_id")), &project, &error) || !findView(context, match, project, &view, &error))
        return error;
    const QJsonArray amounts = amountColumnsOf(view);
    ListEndpoint::Options options;
    options.maxPerPage = 1000;
    options.filterUpdatedAt = false;
    const QList<QJsonObject> rows = ofProject(context.data, QStringLiteral("budget_line_items"), project.value(QLatin1String("id")).toInteger());
    return ListEndpoint(options).respond(request, context, rows, [amounts](const QJsonObject &item) {
        QJsonObject row = withoutHidden(item);
        const QJsonObject values = item.value(QLatin1String("_values")).toObject();
        for (const QJsonValue &column : amounts) {
            const QJsonObject c = column.toObject();
            row.insert(c.value(QLatin1String("id")).toString(), values.value(c.value(QLatin1String("_source")).toString()));
        }
        return row;
    });
}

HttpResponse BudgetEndpoints::summaryRows(const HttpRequest &request, const QRegularExpressionMatch &match, RestContext &context)
{
    QJsonObject project, view;
    HttpResponse error;
    if (!checkProject(context, request.queryValue(QStringLiteral("project_id")), &project, &error) || !findView(context, match, project, &view, &error))
        return error;
    QString groupBy = request.queryValue(QStringLiteral("group_by"));
    if (groupBy.isEmpty() || groupBy == QLatin1String("biller,root_cost_code"))
        groupBy = QStringLiteral("root_cost_code");
    static const QStringList known{QStringLiteral("project"), QStringLiteral("biller"), QStringLiteral("root_cost_code"),
                                   QStringLiteral("cost_code"), QStringLiteral("category")};
    if (!known.contains(groupBy))
        return ProcoreError::badRequest(QStringLiteral("group_by is not supported: %1").arg(groupBy));
    const QString idKey = groupBy == QLatin1String("project") || groupBy == QLatin1String("biller") ? QStringLiteral("biller_id") : groupBy + QStringLiteral("_id");
    const QString nameKey = groupBy == QLatin1String("project") || groupBy == QLatin1String("biller") ? QStringLiteral("biller") : groupBy;

    const QJsonArray amounts = amountColumnsOf(view);
    struct Group { QString id; QString name; QMap<QString, qint64> sums; int decimals = 2; QJsonValue currency; };
    QList<Group> groups;
    QMap<QString, qsizetype> index;
    for (const QJsonObject &item : ofProject(context.data, QStringLiteral("budget_line_items"), project.value(QLatin1String("id")).toInteger())) {
        const QString id = QString::number(item.value(idKey).toInteger());
        if (!index.contains(id)) {
            index.insert(id, groups.size());
            groups.append({id, item.value(nameKey).toString(), {}, item.value(QLatin1String("_decimals")).toInt(), item.value(QLatin1String("currency_configuration"))});
        }
        Group &group = groups[index.value(id)];
        const QJsonObject minor = item.value(QLatin1String("_minor")).toObject();
        for (const QString &amount : minor.keys())
            group.sums[amount] += minor.value(amount).toString().toLongLong();
    }
    QList<QJsonObject> rows;
    for (const Group &group : groups) {
        QJsonObject row{{QStringLiteral("id"), group.id}, {QStringLiteral("name"), group.name},
                        {QStringLiteral("biller_type"), idKey == QLatin1String("biller_id") ? QJsonValue(QStringLiteral("Project")) : QJsonValue()},
                        {QStringLiteral("original_budget_amount"), fixedText(group.sums.value(QStringLiteral("original_budget_amount")), group.decimals)},
                        {QStringLiteral("budget_modifications"), fixedText(group.sums.value(QStringLiteral("budget_modifications")), group.decimals)},
                        {QStringLiteral("currency_configuration"), group.currency}};
        for (const QJsonValue &column : amounts) {
            const QJsonObject c = column.toObject();
            row.insert(c.value(QLatin1String("id")).toString(), fixedText(group.sums.value(c.value(QLatin1String("_source")).toString()), group.decimals));
        }
        rows.append(row);
    }
    ListEndpoint::Options options;
    options.filterUpdatedAt = false;
    return ListEndpoint(options).respond(request, context, rows);
}

HttpResponse BudgetEndpoints::modifications(const HttpRequest &request, const QRegularExpressionMatch &match, RestContext &context)
{
    QJsonObject project;
    HttpResponse error;
    if (!checkProject(context, match.captured(QStringLiteral("project_id")), &project, &error))
        return error;
    ListEndpoint::Options options;
    options.filterUpdatedAt = false;   // Procore documents no filters for this list
    return ListEndpoint(options).respond(request, context, ofProject(context.data, QStringLiteral("budget_modifications"), project.value(QLatin1String("id")).toInteger()), &withoutHidden);
}

HttpResponse BudgetEndpoints::directCosts(const HttpRequest &request, const QRegularExpressionMatch &match, RestContext &context)
{
    QJsonObject project;
    HttpResponse error;
    if (!checkProject(context, match.captured(QStringLiteral("project_id")), &project, &error))
        return error;
    return ListEndpoint().respond(request, context, ofProject(context.data, QStringLiteral("direct_costs"), project.value(QLatin1String("id")).toInteger()), &withoutHidden);
}

HttpResponse BudgetEndpoints::budget(const HttpRequest &, const QRegularExpressionMatch &match, RestContext &context)
{
    QJsonObject project;
    HttpResponse error;
    if (!checkProject(context, match.captured(QStringLiteral("project_id")), &project, &error))
        return error;
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("locked"), false}});
}

} // namespace sandbox
