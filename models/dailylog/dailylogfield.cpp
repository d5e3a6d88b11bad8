#include "dailylog/dailylogfield.h"

#include "core/jsonfields.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace sitedesk {

namespace {

QString label(const char *text)
{
    return QCoreApplication::translate("DailyLogField", text);
}

using Kind = DailyLogField::Kind;

DailyLogField field(const char *key, const char *text, Kind kind, bool required = false, QStringList choices = {})
{
    return DailyLogField{QLatin1String(key), label(text), kind, std::move(choices), required};
}

DailyLogField location()
{
    return field("mt_location", QT_TRANSLATE_NOOP("DailyLogField", "Location"), Kind::Location);
}

QList<DailyLogField> weatherFields()
{
    // Procore's own choices; any other text is sent as typed.
    const QStringList skies{QStringLiteral("Clear"), QStringLiteral("Partly Cloudy"), QStringLiteral("Overcast"),
                            QStringLiteral("Rain"), QStringLiteral("Snow"), QStringLiteral("Fog")};
    const QStringList temperatures{QStringLiteral("Below 32"), QStringLiteral("32-40"), QStringLiteral("41-50"),
                                   QStringLiteral("51-60"), QStringLiteral("61-70"), QStringLiteral("71-80"),
                                   QStringLiteral("81-90"), QStringLiteral("Above 90")};
    return {field("sky", QT_TRANSLATE_NOOP("DailyLogField", "Sky"), Kind::Choice, false, skies),
            field("temperature_avg", QT_TRANSLATE_NOOP("DailyLogField", "Temperature"), Kind::Choice, false, temperatures),
            field("precipitation", QT_TRANSLATE_NOOP("DailyLogField", "Precipitation"), Kind::Choice, false,
                  {QStringLiteral("None"), QStringLiteral("Light"), QStringLiteral("Heavy")}),
            field("wind", QT_TRANSLATE_NOOP("DailyLogField", "Wind"), Kind::Choice, false,
                  {QStringLiteral("Calm"), QStringLiteral("Windy"), QStringLiteral("Gusty")}),
            field("ground", QT_TRANSLATE_NOOP("DailyLogField", "Ground"), Kind::Choice, false,
                  {QStringLiteral("Dry"), QStringLiteral("Wet"), QStringLiteral("Frozen")}),
            field("comments", QT_TRANSLATE_NOOP("DailyLogField", "Comments"), Kind::LongText)};
}

} // namespace

QStringList DailyLogField::editableTypes()
{
    return {QStringLiteral("manpower_logs"), QStringLiteral("notes_logs"), QStringLiteral("weather_logs"),
            QStringLiteral("equipment_logs"), QStringLiteral("delivery_logs"), QStringLiteral("safety_violation_logs")};
}

QList<DailyLogField> DailyLogField::forType(const QString &type)
{
    if (type == QLatin1String("manpower_logs"))
        return {field("vendor_id", QT_TRANSLATE_NOOP("DailyLogField", "Company"), Kind::Vendor),
                field("num_workers", QT_TRANSLATE_NOOP("DailyLogField", "Workers"), Kind::Integer, true),
                field("num_hours", QT_TRANSLATE_NOOP("DailyLogField", "Hours each"), Kind::Decimal),
                location(),
                field("notes", QT_TRANSLATE_NOOP("DailyLogField", "Notes"), Kind::LongText)};
    if (type == QLatin1String("notes_logs"))
        return {location(), field("comment", QT_TRANSLATE_NOOP("DailyLogField", "Comment"), Kind::LongText, true)};
    if (type == QLatin1String("weather_logs"))
        return weatherFields();
    if (type == QLatin1String("equipment_logs"))
        return {field("equipment_name", QT_TRANSLATE_NOOP("DailyLogField", "Equipment"), Kind::Text, true),
                field("vendor_id", QT_TRANSLATE_NOOP("DailyLogField", "Company"), Kind::Vendor),
                field("hours_operating", QT_TRANSLATE_NOOP("DailyLogField", "Hours operating"), Kind::Decimal),
                field("hours_idle", QT_TRANSLATE_NOOP("DailyLogField", "Hours idle"), Kind::Decimal),
                location(),
                field("notes", QT_TRANSLATE_NOOP("DailyLogField", "Notes"), Kind::LongText)};
    if (type == QLatin1String("delivery_logs"))
        return {field("delivery_from", QT_TRANSLATE_NOOP("DailyLogField", "Delivery from"), Kind::Text),
                field("tracking_number", QT_TRANSLATE_NOOP("DailyLogField", "Tracking number"), Kind::Text),
                field("contents", QT_TRANSLATE_NOOP("DailyLogField", "Contents"), Kind::Text),
                location(),
                field("comments", QT_TRANSLATE_NOOP("DailyLogField", "Comments"), Kind::LongText)};
    if (type == QLatin1String("safety_violation_logs"))
        return {field("subject", QT_TRANSLATE_NOOP("DailyLogField", "Subject"), Kind::Text, true),
                field("issued_to_id", QT_TRANSLATE_NOOP("DailyLogField", "Issued to"), Kind::Vendor),
                field("safety_notice", QT_TRANSLATE_NOOP("DailyLogField", "Safety notice"), Kind::LongText),
                location(),
                field("comments", QT_TRANSLATE_NOOP("DailyLogField", "Comments"), Kind::LongText)};
    return {};
}

QString DailyLogField::relatedKey() const
{
    return key.endsWith(QLatin1String("_id")) ? key.chopped(3) : key;
}

QJsonValue DailyLogField::initialValue(const QJsonObject &raw) const
{
    switch (kind) {
    case Kind::Location: {
        QStringList tiers;
        for (const QJsonValue &tier : raw.value(key).toArray())   // a draft's own tiers
            tiers << json::toText(tier);
        if (!tiers.isEmpty())
            return tiers.join(QLatin1Char('>'));
        return json::toText(raw.value(QLatin1String("location")));
    }
    case Kind::Vendor:
        return raw.contains(key) ? json::toId(raw.value(key)) : json::toNestedId(raw.value(relatedKey()));
    case Kind::Integer:
    case Kind::Decimal:
        return json::toText(raw.value(key)).toDouble();
    default:
        return json::toText(raw.value(key));
    }
}

QStringList DailyLogField::locationTiers(const QString &path)
{
    QStringList tiers;
    for (const QString &tier : path.split(QLatin1Char('>')))
        if (!tier.trimmed().isEmpty())
            tiers << tier.simplified();
    return tiers;
}

} // namespace sitedesk
