#include "dailylog/dailylogtype.h"

#include <QCoreApplication>

namespace sitedesk {

const QList<DailyLogType> &DailyLogType::all()
{
    static const QList<DailyLogType> types = [] {
        QList<DailyLogType> list;
        for (const char *name : {"manpower_logs", "notes_logs", "weather_logs", "equipment_logs", "delivery_logs", "call_logs",
                                 "inspection_logs", "safety_violation_logs", "accident_logs", "productivity_logs", "work_logs",
                                 "daily_construction_report_logs", "visitor_logs", "quantity_logs", "waste_logs",
                                 "dumpster_logs", "plan_revision_logs"}) {
            const QString text = QLatin1String(name);
            list.append({text, text.chopped(1)});
        }
        list.append({QStringLiteral("timecard_entries"), QStringLiteral("timecard_entry")});
        return list;
    }();
    return types;
}

QStringList DailyLogType::names()
{
    QStringList list;
    for (const DailyLogType &type : all())
        list << type.name;
    return list;
}

bool DailyLogType::isKnown(const QString &name)
{
    return names().contains(name);
}

QString DailyLogType::normalized(const QString &text)
{
    const QString key = text.trimmed().toLower().replace(QLatin1Char('-'), QLatin1Char('_'));
    for (const DailyLogType &type : all()) {
        if (key == type.name || key == type.bodyKey)
            return type.name;
        if (type.name.endsWith(QLatin1String("_logs")) && key == type.name.chopped(5))
            return type.name;
        if (type.name == QLatin1String("timecard_entries") && key == QLatin1String("timecard"))
            return type.name;
    }
    return {};
}

bool DailyLogType::takesAttachments(const QString &name)
{
    static const QStringList jsonOnly{QStringLiteral("visitor_logs"), QStringLiteral("productivity_logs"),
                                      QStringLiteral("timecard_entries")};
    return isKnown(name) && !jsonOnly.contains(name);
}

QString DailyLogType::displayName(const QString &name)
{
    static const QList<QPair<const char *, const char *>> titles{
        {"manpower_logs", QT_TRANSLATE_NOOP("DailyLogType", "Manpower")},
        {"notes_logs", QT_TRANSLATE_NOOP("DailyLogType", "Notes")},
        {"weather_logs", QT_TRANSLATE_NOOP("DailyLogType", "Weather")},
        {"equipment_logs", QT_TRANSLATE_NOOP("DailyLogType", "Equipment")},
        {"delivery_logs", QT_TRANSLATE_NOOP("DailyLogType", "Deliveries")},
        {"call_logs", QT_TRANSLATE_NOOP("DailyLogType", "Calls")},
        {"inspection_logs", QT_TRANSLATE_NOOP("DailyLogType", "Inspections")},
        {"safety_violation_logs", QT_TRANSLATE_NOOP("DailyLogType", "Safety Violations")},
        {"accident_logs", QT_TRANSLATE_NOOP("DailyLogType", "Accidents")},
        {"productivity_logs", QT_TRANSLATE_NOOP("DailyLogType", "Productivity")},
        {"work_logs", QT_TRANSLATE_NOOP("DailyLogType", "Scheduled Work")},
        {"daily_construction_report_logs", QT_TRANSLATE_NOOP("DailyLogType", "Daily Construction Report")},
        {"visitor_logs", QT_TRANSLATE_NOOP("DailyLogType", "Visitors")},
        {"quantity_logs", QT_TRANSLATE_NOOP("DailyLogType", "Quantities")},
        {"waste_logs", QT_TRANSLATE_NOOP("DailyLogType", "Waste")},
        {"dumpster_logs", QT_TRANSLATE_NOOP("DailyLogType", "Dumpsters")},
        {"plan_revision_logs", QT_TRANSLATE_NOOP("DailyLogType", "Plan Revisions")},
        {"timecard_entries", QT_TRANSLATE_NOOP("DailyLogType", "Timecard Entries")},
    };
    for (const auto &[key, title] : titles)
        if (name == QLatin1String(key))
            return QCoreApplication::translate("DailyLogType", title);
    return name;
}

} // namespace sitedesk
