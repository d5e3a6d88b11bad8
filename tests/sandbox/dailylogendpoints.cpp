#include "dailylogendpoints.h"

#include "dailylogattachmentfiles.h"
#include "listendpoint.h"
#include "procoreerror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QHash>

#include <iterator>

namespace sandbox {

namespace {

const QString projectKey = QStringLiteral("_project_id");
const QString dateKey = QStringLiteral("date");

template <typename T, std::size_t N>
int countOf(const T (&)[N]) { return int(N); }

QString utf8(const char *text) { return QString::fromUtf8(text); }

template <std::size_t N>
QString pickText(QRandomGenerator &random, const char *const (&texts)[N])
{
    return utf8(texts[random.bounded(int(N))]);
}

const char *const vendorNames[] = {"Bétons Laurentides", "Acme Electric", "Müller Gerüstbau", "Northwind Mechanical",
                                   "São Paulo Drywall", "Pacific Glazing", "Østergaard Steel", "Ironclad Roofing"};
const char *const people[] = {"Ana Souza", "Jürgen Weiß", "Marie-Ève Tremblay", "Kenji Sato", "Sam Carter", "Zoë Martin"};
const char *const locationNames[] = {"Building 1", "Building 1>Level 1", "Building 1>Level 2", "Building 1>Level 2>Room 204",
                                     "Building 2>Apartment 404", "Site>Parking", "Site>Laydown Yard"};
const char *const skies[] = {"Clear", "Partly Cloudy", "Overcast", "Rain", "Snow", "Fog"};
const char *const temperatures[] = {"Below 32", "32-40", "41-50", "51-60", "61-70", "71-80", "81-90", "Above 90"};
const char *const notes[] = {"Concrete pour on the north slab finished by 15:00.", "Crane inspection passed; certificate on file.",
                             "Rebar delivery short 2 bundles — backorder expected Thursday.", "Façade mock-up approved by the architect.",
                             "Site meeting: coordinate MEP sleeves before the next pour.", "Water in the basement after the storm; pumps running."};
const char *const equipment[] = {"Tower crane TC-1", "Excavator CAT 320", "Scissor lift", "Concrete pump", "Telehandler"};
const char *const materials[] = {"Concrete C30/37", "Rebar #5", "Drywall 5/8\"", "Mixed debris", "Scrap steel", "Cardboard"};
const char *const costCodes[] = {"03-300 Cast-in-Place Concrete", "05-120 Structural Steel", "09-250 Gypsum Board", "26-050 Electrical"};

struct LogType
{
    const char *collection;   // the path segment and collection name
    const char *singular;     // the key of the create/update body
    int percentPerWorkday;    // chance of at least one entry on a working day
    int maxPerDay;
    bool takesAttachments = true;   // multipart `attachments[]`; false: Procore's body is JSON only
};

const LogType logTypes[] = {
    {"manpower_logs", "manpower_log", 95, 5},
    {"notes_logs", "notes_log", 70, 2},
    {"weather_logs", "weather_log", 90, 2},
    {"equipment_logs", "equipment_log", 40, 3},
    {"delivery_logs", "delivery_log", 35, 2},
    {"call_logs", "call_log", 20, 2},
    {"inspection_logs", "inspection_log", 12, 1},
    {"safety_violation_logs", "safety_violation_log", 4, 1},
    {"accident_logs", "accident_log", 3, 1},
    {"productivity_logs", "productivity_log", 15, 2, false},
    {"work_logs", "work_log", 25, 2},
    {"daily_construction_report_logs", "daily_construction_report_log", 30, 3},
    {"visitor_logs", "visitor_log", 15, 2, false},
    {"quantity_logs", "quantity_log", 15, 2},
    {"waste_logs", "waste_log", 8, 1},
    {"dumpster_logs", "dumpster_log", 6, 1},
    {"plan_revision_logs", "plan_revision_log", 5, 1},
    {"timecard_entries", "timecard_entry", 60, 4, false},
};

const LogType *logType(const QString &collection)
{
    for (const LogType &type : logTypes)
        if (collection == QLatin1String(type.collection))
            return &type;
    return nullptr;
}

QJsonObject idName(qint64 id, const QString &name) { return QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("name"), name}}; }

QJsonObject vendor(QRandomGenerator &random)
{
    const int index = random.bounded(countOf(vendorNames));
    return idName(5200000000001 + index, utf8(vendorNames[index]));
}

QJsonObject person(QRandomGenerator &random)
{
    const int index = random.bounded(countOf(people));
    QJsonObject object = idName(7300000000001 + index, utf8(people[index]));
    object.insert(QStringLiteral("login"), QStringLiteral("user%1@example.com").arg(index + 1));
    return object;
}

QJsonObject location(qint64 projectId, int index)
{
    const QString name = utf8(locationNames[index]);
    QJsonObject object = idName(projectId % 1000000 * 100 + index + 8100000000000, name);
    object.insert(QStringLiteral("node_name"), name.section(QLatin1Char('>'), -1));
    return object;
}

QJsonValue costCode(QRandomGenerator &random)
{
    if (random.bounded(3) == 0)
        return QJsonValue();
    const int index = random.bounded(countOf(costCodes));
    const QString text = utf8(costCodes[index]);
    QJsonObject code = idName(6100000000001 + index, text.section(QLatin1Char(' '), 1));
    code.insert(QStringLiteral("full_code"), text.section(QLatin1Char(' '), 0, 0));
    return code;
}

QString hours(QRandomGenerator &random, int maxHalfHours) { return QString::number(random.bounded(1, maxHalfHours) / 2.0, 'f', 1); }

// The fields one type adds to the common ones; amounts come as numbers in some types and as
// decimal strings in others, as in Procore.
void addTypeFields(const QString &collection, QRandomGenerator &random, QJsonObject *entry)
{
    auto set = [entry](const char *key, const QJsonValue &value) { entry->insert(QLatin1String(key), value); };
    if (collection == QLatin1String("manpower_logs")) {
        set("num_workers", random.bounded(1, 25));
        set("num_hours", random.bounded(4) == 0 ? QJsonValue(hours(random, 24)) : QJsonValue(random.bounded(4, 11)));
        set("notes", random.bounded(3) == 0 ? QJsonValue(pickText(random, notes)) : QJsonValue());
        set("vendor", vendor(random));
        set("contact", random.bounded(2) ? QJsonValue(person(random)) : QJsonValue());
        set("cost_code", costCode(random));
    } else if (collection == QLatin1String("notes_logs")) {
        set("comment", pickText(random, notes));
        set("is_issue", random.bounded(5) == 0);
    } else if (collection == QLatin1String("weather_logs")) {
        set("sky", pickText(random, skies));
        set("temperature_avg", pickText(random, temperatures));
        set("precipitation", random.bounded(3) == 0 ? QStringLiteral("Light") : QStringLiteral("None"));
        set("wind", random.bounded(4) == 0 ? QStringLiteral("Windy") : QStringLiteral("Calm"));
        set("ground", random.bounded(3) == 0 ? QStringLiteral("Wet") : QStringLiteral("Dry"));
        set("delay", random.bounded(15) == 0);
        set("time_observed", QStringLiteral("%1:00").arg(7 + random.bounded(9), 2, 10, QLatin1Char('0')));
        set("comments", QJsonValue());
    } else if (collection == QLatin1String("equipment_logs")) {
        set("equipment_name", pickText(random, equipment));
        set("hours_operating", hours(random, 20));
        set("hours_idle", hours(random, 6));
        set("inspected", random.bounded(2) == 1);
        set("vendor", vendor(random));
        set("cost_code", costCode(random));
        set("notes", QJsonValue());
    } else if (collection == QLatin1String("delivery_logs")) {
        set("delivery_from", utf8(vendorNames[random.bounded(countOf(vendorNames))]));   // a string here, an object elsewhere
        set("tracking_number", QStringLiteral("TRK-%1").arg(100000 + random.bounded(899999)));
        set("contents", pickText(random, materials));
        set("time_hour", 6 + random.bounded(10));
        set("time_min", random.bounded(4) * 15);
        set("comments", QJsonValue());
    } else if (collection == QLatin1String("call_logs")) {
        set("call_from", pickText(random, people));
        set("call_to", pickText(random, people));
        set("subject", QStringLiteral("Schedule of the next pour"));
        set("start_hour", 8 + random.bounded(8));
        set("start_min", random.bounded(60));
        set("comments", pickText(random, notes));
    } else if (collection == QLatin1String("inspection_logs")) {
        set("inspection_type", random.bounded(2) ? QStringLiteral("Structural") : QStringLiteral("Fire"));
        set("inspecting_entity", QStringLiteral("City Building Department"));
        set("inspector_name", pickText(random, people));
        set("subject", QStringLiteral("Framing inspection"));
        set("comments", pickText(random, notes));
    } else if (collection == QLatin1String("safety_violation_logs")) {
        set("subject", QStringLiteral("Missing guard rail"));
        set("safety_notice", QStringLiteral("Work stopped until rails are in place."));
        set("issued_to", vendor(random));
        set("compliance_due", QJsonValue());
        set("comments", QJsonValue());
    } else if (collection == QLatin1String("accident_logs")) {
        set("party_involved", pickText(random, people));
        set("company_involved", utf8(vendorNames[random.bounded(countOf(vendorNames))]));
        set("comments", QStringLiteral("Minor cut, first aid given on site."));
        set("time_hour", 7 + random.bounded(10));
        set("time_min", random.bounded(60));
    } else if (collection == QLatin1String("productivity_logs")) {
        set("company", utf8(vendorNames[random.bounded(countOf(vendorNames))]));
        set("material", pickText(random, materials));
        set("quantity_delivered", QString::number(random.bounded(1, 200)));
        set("quantity_used", random.bounded(1, 200));
        set("notes", QJsonValue());
    } else if (collection == QLatin1String("work_logs")) {
        set("vendor", vendor(random));
        set("showed", random.bounded(10) != 0);
        set("reimbursable", random.bounded(5) == 0);
        set("workers", random.bounded(1, 12));
        set("hours", hours(random, 20));
        set("comments", QJsonValue());
    } else if (collection == QLatin1String("daily_construction_report_logs")) {
        set("vendor", vendor(random));
        set("trade", idName(9100000000001, QStringLiteral("Concrete")));
        set("workers", random.bounded(1, 20));
        set("hours", hours(random, 24));
        set("comments", QJsonValue());
    } else if (collection == QLatin1String("visitor_logs")) {
        set("details", pickText(random, people));
        set("subject", QStringLiteral("Owner walk-through"));
        set("begin_hour", 9 + random.bounded(4));
        set("end_hour", 13 + random.bounded(4));
    } else if (collection == QLatin1String("quantity_logs")) {
        set("quantity", QString::number(random.bounded(1, 500)));
        set("units", random.bounded(2) ? QStringLiteral("m³") : QStringLiteral("t"));
        set("description", pickText(random, materials));
        set("cost_code", costCode(random));
    } else if (collection == QLatin1String("waste_logs")) {
        set("material", pickText(random, materials));
        set("disposed_by", utf8(vendorNames[random.bounded(countOf(vendorNames))]));
        set("method_of_disposal", random.bounded(2) ? QStringLiteral("Recycled") : QStringLiteral("Landfill"));
        set("approximate_quantity", QStringLiteral("%1 t").arg(random.bounded(1, 20)));
    } else if (collection == QLatin1String("dumpster_logs")) {
        set("vendor", vendor(random));
        set("dumpsters_delivered", random.bounded(3));
        set("dumpsters_removed", random.bounded(3));
        set("dumpsters_emptied", random.bounded(2));
    } else if (collection == QLatin1String("plan_revision_logs")) {
        set("revision", QString::number(random.bounded(1, 9)));
        set("title", QStringLiteral("A-%1 Floor Plan").arg(100 + random.bounded(20)));
        set("comments", QJsonValue());
    } else if (collection == QLatin1String("timecard_entries")) {
        set("hours", hours(random, 24));
        set("party", person(random));
        set("timecard_time_type", QJsonObject{{QStringLiteral("id"), 1}, {QStringLiteral("time_type"), QStringLiteral("Regular Time")}});
        set("billable", random.bounded(2) == 1);
        set("description", QJsonValue());
        set("cost_code", costCode(random));
    }
}

// Working days of a project's life and how many generated projects per company have logs.
struct Span
{
    int projectsPerCompany;
    int days;
};

Span spanFor(Scale scale)
{
    switch (scale) {
    case Scale::Tiny: return {1, 45};
    case Scale::Demo: return {2, 450};
    case Scale::Large: return {2, 3 * 365};
    case Scale::Huge: return {4, 6 * 365};
    }
    return {1, 45};
}

QJsonObject commonFields(QRandomGenerator &random, qint64 projectId, const QDate &date)
{
    const QDateTime created = QDateTime(date, QTime(6, 0), Qt::UTC).addSecs(random.bounded(7200));
    const bool edited = random.bounded(6) == 0 && date < DailyLogEndpoints::today().addDays(-1);
    const QDateTime updated = edited ? created.addDays(1).addSecs(random.bounded(3600)) : created;
    return QJsonObject{
        {projectKey, projectId},
        {dateKey, date.toString(Qt::ISODate)},
        {QStringLiteral("datetime"), SandboxData::timestamp(QDateTime(date, QTime(12, 0), Qt::UTC))},
        {QStringLiteral("created_at"), SandboxData::timestamp(created)},
        {QStringLiteral("updated_at"), SandboxData::timestamp(updated)},
        {QStringLiteral("created_by"), person(random)},
        {QStringLiteral("location"), random.bounded(3) == 0 ? QJsonValue() : QJsonValue(location(projectId, random.bounded(countOf(locationNames))))},
        {QStringLiteral("status"), random.bounded(8) == 0 ? QStringLiteral("pending") : QStringLiteral("approved")},
        {QStringLiteral("deleted_at"), QJsonValue()},
        // A field the client does not know.
        {QStringLiteral("permissions"), QJsonObject{{QStringLiteral("can_update"), true}, {QStringLiteral("can_delete"), false}}},
    };
}

QJsonObject served(const QJsonObject &record)
{
    QJsonObject copy = record;
    copy.remove(projectKey);
    return copy;
}

// Procore's 422: {"errors": {"field": ["message", …]}}.
HttpResponse validationError(const QJsonObject &errors)
{
    return HttpResponse::json(422, QJsonObject{{QStringLiteral("errors"), errors}});
}

bool isNonNegativeNumber(const QJsonValue &value, bool integer)
{
    bool ok = value.isDouble();
    double number = value.toDouble();
    if (value.isString())
        number = value.toString().toDouble(&ok);
    return ok && number >= 0 && (!integer || number == double(qint64(number)));
}

} // namespace

QDate DailyLogEndpoints::today()
{
    return SandboxData::epoch().date();
}

QStringList DailyLogEndpoints::collections()
{
    QStringList names;
    for (const LogType &type : logTypes)
        names << QLatin1String(type.collection);
    return names;
}

void DailyLogEndpoints::generate(SandboxData &data, QRandomGenerator &random, Scale scale) const
{
    const Span span = spanFor(scale);
    QHash<qint64, int> perCompany;
    QList<qint64> projectIds;
    for (const QJsonObject &project : data.collection(QStringLiteral("projects"))) {
        const qint64 company = project.value(QLatin1String("company")).toObject().value(QLatin1String("id")).toInteger();
        if (perCompany[company]++ < span.projectsPerCompany)
            projectIds << project.value(QLatin1String("id")).toInteger();
    }
    QHash<QString, qint64> nextId;
    for (const LogType &type : logTypes) {
        data.collection(QLatin1String(type.collection));   // exists even when empty
        nextId.insert(QLatin1String(type.collection), 562949953500000);
    }
    for (qint64 projectId : std::as_const(projectIds)) {
        const QDate last = today();
        for (QDate date = last.addDays(-(span.days - 1 - random.bounded(span.days / 4))); date <= last; date = date.addDays(1)) {
            const bool weekend = date.dayOfWeek() >= 6;
            for (const LogType &type : logTypes) {
                const int percent = weekend ? type.percentPerWorkday / 10 : type.percentPerWorkday;
                if (random.bounded(100) >= percent)
                    continue;
                const QString collection = QLatin1String(type.collection);
                const int count = random.bounded(1, type.maxPerDay + 1);
                for (int i = 0; i < count; ++i) {
                    QJsonObject entry = commonFields(random, projectId, date);
                    entry.insert(QStringLiteral("id"), nextId[collection]++);
                    addTypeFields(collection, random, &entry);
                    data.collection(collection).append(entry);
                }
            }
        }
    }
}

namespace {

// The project of the path, checked against the company header: nullptr and *error otherwise.
const QJsonObject *projectOf(const QRegularExpressionMatch &match, RestContext &context, HttpResponse *error)
{
    const QJsonObject *project = context.data.find(QStringLiteral("projects"), match.captured(QStringLiteral("project_id")).toLongLong());
    if (!project) {
        *error = ProcoreError::notFound();
        return nullptr;
    }
    if (!context.checkCompany(project->value(QLatin1String("company")).toObject().value(QLatin1String("id")).toInteger(), error))
        return nullptr;
    return project;
}

bool parseDate(const QString &text, QDate *date)
{
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    *date = QDate::fromString(text, Qt::ISODate);
    return shape.match(text).hasMatch() && date->isValid();
}

HttpResponse list(const QString &collection, const HttpRequest &request, const QRegularExpressionMatch &match, RestContext &context)
{
    HttpResponse error;
    const QJsonObject *project = projectOf(match, context, &error);
    if (!project)
        return error;
    const qint64 projectId = project->value(QLatin1String("id")).toInteger();
    QDate from = DailyLogEndpoints::today();
    QDate to = from;
    const QString logDate = request.queryValue(QStringLiteral("log_date"));
    const QString start = request.queryValue(QStringLiteral("start_date"));
    const QString end = request.queryValue(QStringLiteral("end_date"));
    if (!logDate.isEmpty()) {
        if (!parseDate(logDate, &from))
            return ProcoreError::badRequest(QStringLiteral("log_date must be a date YYYY-MM-DD"));
        to = from;
    } else if (!start.isEmpty() || !end.isEmpty()) {
        if (!parseDate(start, &from) || !parseDate(end, &to))
            return ProcoreError::badRequest(QStringLiteral("start_date and end_date must both be dates YYYY-MM-DD"));
        if (to < from)
            return ProcoreError::badRequest(QStringLiteral("end_date must not be before start_date"));
    }
    const QString fromText = from.toString(Qt::ISODate);
    const QString toText = to.toString(Qt::ISODate);
    const QString locationFilter = request.queryValue(QStringLiteral("filters[location_id]"));
    const QString vendorFilter = request.queryValue(QStringLiteral("filters[vendor_id]"));
    QList<QJsonObject> records;
    for (const QJsonObject &record : context.data.collection(collection)) {
        if (record.value(projectKey).toInteger() != projectId)
            continue;
        const QString date = record.value(dateKey).toString();   // ISO dates compare as text
        if (date < fromText || date > toText)
            continue;
        if (!locationFilter.isEmpty() && record.value(QLatin1String("location")).toObject().value(QLatin1String("id")).toInteger() != locationFilter.toLongLong())
            continue;
        if (!vendorFilter.isEmpty() && record.value(QLatin1String("vendor")).toObject().value(QLatin1String("id")).toInteger() != vendorFilter.toLongLong())
            continue;
        records.append(record);
    }
    ListEndpoint::Options options;
    options.maxPerPage = 1000;
    return ListEndpoint(options).respond(request, context, records, &served);
}

// Checks and normalises a create/update body: the date, the location (location_id of the
// project's locations, or mt_location ["Building 1", "Level 2"]) and the type's numbers.
QJsonObject validate(const QString &collection, qint64 projectId, bool creating, QJsonObject *fields)
{
    QJsonObject errors;
    if (fields->contains(dateKey) || creating) {
        QDate date = DailyLogEndpoints::today();
        const QString text = fields->value(dateKey).toString();
        if (fields->contains(dateKey) && !parseDate(text, &date))
            errors.insert(dateKey, QJsonArray{QStringLiteral("is not a valid date")});
        else if (date > DailyLogEndpoints::today())
            errors.insert(dateKey, QJsonArray{QStringLiteral("can't be in the future")});
        fields->insert(dateKey, date.toString(Qt::ISODate));
        fields->insert(QStringLiteral("datetime"), SandboxData::timestamp(QDateTime(date, QTime(12, 0), Qt::UTC)));
    }
    if (fields->contains(QLatin1String("location_id"))) {
        const qint64 id = fields->take(QLatin1String("location_id")).toVariant().toLongLong();
        bool found = false;
        for (int i = 0; i < countOf(locationNames) && !found; ++i) {
            if (location(projectId, i).value(QLatin1String("id")).toInteger() == id) {
                fields->insert(QStringLiteral("location"), location(projectId, i));
                found = true;
            }
        }
        if (!found)
            errors.insert(QStringLiteral("location_id"), QJsonArray{QStringLiteral("is invalid")});
    }
    if (fields->contains(QLatin1String("mt_location"))) {
        QStringList tiers;
        for (const QJsonValue &tier : fields->take(QLatin1String("mt_location")).toArray())
            if (!tier.toString().trimmed().isEmpty())
                tiers << tier.toString().trimmed();
        if (tiers.isEmpty()) {
            errors.insert(QStringLiteral("mt_location"), QJsonArray{QStringLiteral("must name at least one tier")});
        } else {
            const QString name = tiers.join(QLatin1Char('>'));
            QJsonObject object = idName(8200000000000 + qHash(name) % 1000000000, name);
            object.insert(QStringLiteral("node_name"), tiers.last());
            fields->insert(QStringLiteral("location"), object);
        }
    }
    // vendor_id / issued_to_id name a company of the directory; served as {id, name}.
    for (const char *key : {"vendor_id", "issued_to_id"}) {
        if (!fields->contains(QLatin1String(key)))
            continue;
        const qint64 id = fields->take(QLatin1String(key)).toVariant().toLongLong();
        const QString related = QString::fromLatin1(key).chopped(3);
        const qint64 index = id - 5200000000001;
        if (id == 0)
            fields->insert(related, QJsonValue());
        else if (index < 0 || index >= countOf(vendorNames))
            errors.insert(QLatin1String(key), QJsonArray{QStringLiteral("is invalid")});
        else
            fields->insert(related, idName(id, utf8(vendorNames[index])));
    }
    if (collection == QLatin1String("manpower_logs")) {
        if ((creating || fields->contains(QLatin1String("num_workers"))) && !isNonNegativeNumber(fields->value(QLatin1String("num_workers")), true))
            errors.insert(QStringLiteral("num_workers"), QJsonArray{QStringLiteral("must be a whole number greater than or equal to 0")});
        if (fields->contains(QLatin1String("num_hours")) && !isNonNegativeNumber(fields->value(QLatin1String("num_hours")), false))
            errors.insert(QStringLiteral("num_hours"), QJsonArray{QStringLiteral("must be greater than or equal to 0")});
    } else if (collection == QLatin1String("notes_logs")) {
        if ((creating || fields->contains(QLatin1String("comment"))) && fields->value(QLatin1String("comment")).toString().trimmed().isEmpty())
            errors.insert(QStringLiteral("comment"), QJsonArray{QStringLiteral("can't be blank")});
    } else if (collection == QLatin1String("timecard_entries")) {
        if ((creating || fields->contains(QLatin1String("hours"))) && !isNonNegativeNumber(fields->value(QLatin1String("hours")), false))
            errors.insert(QStringLiteral("hours"), QJsonArray{QStringLiteral("must be greater than or equal to 0")});
    }
    return errors;
}

HttpResponse create(const QString &collection, const HttpRequest &request, const QRegularExpressionMatch &match, RestContext &context)
{
    HttpResponse error;
    const QJsonObject *project = projectOf(match, context, &error);
    if (!project)
        return error;
    const qint64 projectId = project->value(QLatin1String("id")).toInteger();
    const QJsonDocument document = QJsonDocument::fromJson(request.body);
    const QString key = QLatin1String(logType(collection)->singular);
    if (!document.object().value(key).isObject())
        return ProcoreError::badRequest(QStringLiteral("%1 is missing").arg(key));
    QJsonObject fields = document.object().value(key).toObject();
    fields.remove(QStringLiteral("id"));
    const QJsonObject errors = validate(collection, projectId, true, &fields);
    if (!errors.isEmpty())
        return validationError(errors);
    fields.insert(projectKey, projectId);
    fields.insert(QStringLiteral("status"), QStringLiteral("pending"));
    fields.insert(QStringLiteral("deleted_at"), QJsonValue());
    if (!fields.contains(QLatin1String("location")))
        fields.insert(QStringLiteral("location"), QJsonValue());
    fields.insert(QStringLiteral("created_by"), context.data.me().isEmpty() ? QJsonValue() : QJsonValue(context.data.me()));
    return HttpResponse::json(201, served(context.data.insert(collection, fields)));
}

HttpResponse update(const QString &collection, const HttpRequest &request, const QRegularExpressionMatch &match, RestContext &context)
{
    HttpResponse error;
    const QJsonObject *project = projectOf(match, context, &error);
    if (!project)
        return error;
    const qint64 projectId = project->value(QLatin1String("id")).toInteger();
    const qint64 id = match.captured(QStringLiteral("id")).toLongLong();
    const QJsonObject *existing = context.data.find(collection, id);
    if (!existing || existing->value(projectKey).toInteger() != projectId)
        return ProcoreError::notFound();
    const LogType *type = logType(collection);
    const QString key = QLatin1String(type->singular);
    QJsonObject fields;
    QList<FormPart> files;
    if (isMultipart(request)) {
        // Procore's way to attach files: the update as a form, each file an attachments[] part.
        const DailyLogAttachmentFiles::Form form = DailyLogAttachmentFiles::readForm(request, key);
        if (!form.ok || (form.fields.isEmpty() && form.files.isEmpty()))
            return ProcoreError::badRequest(QStringLiteral("%1 is missing").arg(key));
        fields = form.fields;
        files = type->takesAttachments ? form.files : QList<FormPart>();   // else an unknown parameter, ignored
    } else {
        const QJsonDocument document = QJsonDocument::fromJson(request.body);
        if (!document.object().value(key).isObject())
            return ProcoreError::badRequest(QStringLiteral("%1 is missing").arg(key));
        fields = document.object().value(key).toObject();
    }
    for (const char *fixed : {"id", "created_at", "updated_at", "created_by", "_project_id", "deleted_at", "attachments"})
        fields.remove(QLatin1String(fixed));
    const QJsonObject errors = validate(collection, projectId, false, &fields);
    if (!errors.isEmpty())
        return validationError(errors);
    if (!files.isEmpty())
        fields.insert(QStringLiteral("attachments"),
                      DailyLogAttachmentFiles::attach(context.data, context.baseUrl, existing->value(QLatin1String("attachments")).toArray(), files));
    return HttpResponse::json(200, served(*context.data.patch(collection, id, fields)));
}

} // namespace

void DailyLogEndpoints::addRoutes(Router &router) const
{
    for (const LogType &type : logTypes) {
        const QString collection = QLatin1String(type.collection);
        const QString path = QStringLiteral("/rest/v1.0/projects/{project_id}/") + collection;
        router.add("GET", path, [collection](const HttpRequest &request, const QRegularExpressionMatch &match, RestContext &context) {
            return list(collection, request, match, context);
        });
        router.add("POST", path, [collection](const HttpRequest &request, const QRegularExpressionMatch &match, RestContext &context) {
            return create(collection, request, match, context);
        });
        router.add("PATCH", path + QStringLiteral("/{id}"),
                   [collection](const HttpRequest &request, const QRegularExpressionMatch &match, RestContext &context) {
                       return update(collection, request, match, context);
                   });
    }
}

} // namespace sandbox
