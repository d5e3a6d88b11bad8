#include "dailylog/dailylogentry.h"

#include "core/jsonfields.h"
#include "core/jsonrecord.h"

#include <QHash>
#include <QJsonArray>
#include <QStringList>

namespace sitedesk {

namespace {

// Object: a QJsonObject, or a json::Record read from the bytes Procore sent.
template<typename Object>
QJsonValue field(const Object &object, const char *key)
{
    return object.value(QLatin1String(key));
}

// A number sent as a JSON number or a decimal string ("8.5"); 0 otherwise.
double toNumber(const QJsonValue &value)
{
    if (value.isDouble())
        return value.toDouble();
    if (value.isString()) {
        bool ok = false;
        const double number = value.toString().trimmed().toDouble(&ok);
        return ok ? number : 0.0;
    }
    return 0.0;
}

template<typename Object>
QDate dateOf(const Object &object)
{
    for (const char *key : {"date", "log_date", "datetime"}) {
        const QString text = json::toText(field(object, key));
        if (text.size() >= 10) {
            const QDate date = QDate::fromString(text.left(10), Qt::ISODate);
            if (date.isValid())
                return date;
        }
    }
    return {};
}

// The first related company a type names, as an object {id,name} or a plain name.
template<typename Object>
void readVendor(const Object &object, DailyLogEntry *entry)
{
    for (const char *key : {"vendor", "company", "issued_to", "delivery_from", "company_involved", "disposed_by"}) {
        const auto company = json::objectIn(object, QLatin1String(key));
        const QString name = company ? json::toText(*company) : json::toText(field(object, key));
        if (!name.isEmpty()) {
            entry->vendor = name;
            entry->vendorId = company ? json::toId(company->value(QLatin1String("id"))) : 0;
            return;
        }
    }
}

template<typename Object>
void readLocation(const Object &object, DailyLogEntry *entry)
{
    if (const auto place = json::objectIn(object, QLatin1String("location"))) {
        entry->locationId = json::toId(place->value(QLatin1String("id")));
        entry->location = json::toText(place->value(QLatin1String("name")));
    } else if (const QJsonValue location = field(object, "location"); location.isString()) {
        entry->location = location.toString();
    }
    if (entry->location.isEmpty()) {
        // Some shapes send only the tiers: "mt_location": ["Building 1", "Level 2"].
        QStringList tiers;
        for (const QJsonValue &tier : field(object, "mt_location").toArray())
            tiers << json::toText(tier);
        tiers.removeAll(QString());
        entry->location = tiers.join(QLatin1Char('>'));
    }
}

// The fields that make a type's one-line summary, in order.
const QHash<QString, QList<const char *>> &summaryFields()
{
    static const QHash<QString, QList<const char *>> fields{
        {QStringLiteral("manpower_logs"), {"notes", "comments"}},
        {QStringLiteral("notes_logs"), {"comment", "comments", "notes"}},
        {QStringLiteral("weather_logs"), {"sky", "temperature_avg", "precipitation", "wind", "ground", "comments"}},
        {QStringLiteral("equipment_logs"), {"equipment_name", "name", "hours_operating", "notes"}},
        {QStringLiteral("delivery_logs"), {"contents", "tracking_number", "comments"}},
        {QStringLiteral("call_logs"), {"call_from", "call_to", "subject", "comments"}},
        {QStringLiteral("inspection_logs"), {"inspection_type", "subject", "inspector_name", "comments"}},
        {QStringLiteral("safety_violation_logs"), {"subject", "safety_notice", "comments"}},
        {QStringLiteral("accident_logs"), {"party_involved", "comments"}},
        {QStringLiteral("productivity_logs"), {"material", "quantity_delivered", "quantity_used", "notes"}},
        {QStringLiteral("work_logs"), {"comments"}},
        {QStringLiteral("daily_construction_report_logs"), {"trade", "comments"}},
        {QStringLiteral("visitor_logs"), {"subject", "details"}},
        {QStringLiteral("quantity_logs"), {"quantity", "units", "description"}},
        {QStringLiteral("waste_logs"), {"material", "method_of_disposal", "approximate_quantity"}},
        {QStringLiteral("dumpster_logs"), {"dumpsters_delivered", "dumpsters_removed", "notes"}},
        {QStringLiteral("plan_revision_logs"), {"title", "revision", "comments"}},
        {QStringLiteral("timecard_entries"), {"party", "timecard_time_type", "description"}},
    };
    return fields;
}

template<typename Object>
QString summaryOf(const Object &object, const QString &type)
{
    static const QList<const char *> fallback{"comment", "comments", "notes", "description", "subject", "title"};
    QStringList parts;
    const auto found = summaryFields().constFind(type);
    for (const char *key : found != summaryFields().constEnd() ? *found : fallback) {
        QJsonValue value = field(object, key);
        if (value.isObject() && !value.toObject().contains(QLatin1String("name")))
            value = value.toObject().value(QLatin1String("time_type"));   // timecard_time_type
        const QString text = json::toText(value).simplified();
        if (!text.isEmpty())
            parts << text;
    }
    return parts.join(QStringLiteral(" · "));
}

template<typename Object>
std::optional<DailyLogEntry> entryFrom(const Object &object, const QString &type, qint64 projectId)
{
    DailyLogEntry entry;
    entry.id = json::toId(field(object, "id"));
    entry.date = dateOf(object);
    if (entry.id == 0 || !entry.date.isValid())
        return std::nullopt;
    entry.projectId = projectId;
    entry.type = type;
    readVendor(object, &entry);
    readLocation(object, &entry);
    entry.summary = summaryOf(object, type);
    if (type == QLatin1String("manpower_logs")) {
        entry.workers = int(toNumber(field(object, "num_workers")));
        entry.hours = entry.workers * toNumber(field(object, "num_hours"));
    } else {
        entry.workers = int(toNumber(field(object, "workers")));
        entry.hours = toNumber(field(object, "hours"));
        if (entry.hours == 0)
            entry.hours = toNumber(field(object, "hours_operating"));
    }
    entry.status = json::toText(field(object, "status"));
    entry.createdBy = json::nestedText(object, QLatin1String("created_by"));
    entry.updatedAt = json::toText(field(object, "updated_at"));
    entry.raw = json::parsedTree(object);
    return entry;
}

} // namespace

std::optional<DailyLogEntry> DailyLogEntry::fromJson(const QJsonObject &object, const QString &type, qint64 projectId)
{
    return entryFrom(object, type, projectId);
}

std::optional<DailyLogEntry> DailyLogEntry::fromJson(const json::Record &record, const QString &type, qint64 projectId)
{
    return entryFrom(record, type, projectId);
}

QStringList DailyLogEntry::attachmentNames() const
{
    QStringList names;
    for (const QJsonValue &value : field(raw, "attachments").toArray()) {
        const QJsonObject attachment = value.toObject();
        QString name = json::toText(attachment.value(QLatin1String("name")));
        if (name.isEmpty())
            name = json::toText(attachment.value(QLatin1String("filename")));
        if (name.isEmpty() && value.isString())
            name = value.toString();
        if (!name.isEmpty())
            names << name;
    }
    return names;
}

} // namespace sitedesk
