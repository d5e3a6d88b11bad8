#include "dailylog/dailylogitem.h"

#include "cache/cachedatabase.h"
#include "core/jsonfields.h"
#include "dailylog/dailylogstore.h"
#include "dailylog/dailylogtype.h"
#include "outbox/outboxstore.h"

#include <algorithm>

namespace sitedesk {

namespace {

QString bodyKeyOf(const QString &type)
{
    for (const DailyLogType &known : DailyLogType::all())
        if (known.name == type)
            return known.bodyKey;
    return type;
}

int typeOrder(const QString &type)
{
    const int index = int(DailyLogType::names().indexOf(type));
    return index < 0 ? 1000 : index;
}

DailyLogItem waitingItem(const DailyLogEntry &entry, const OutboxEntry &change)
{
    DailyLogItem item;
    item.entry = entry;
    item.outboxId = change.id;
    item.state = change.state;
    item.error = change.error;
    item.fieldErrors = change.fieldErrors;
    return item;
}

} // namespace

QString DailyLogItem::typeOfPath(const QString &path)
{
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const qsizetype projects = parts.indexOf(QLatin1String("projects"));
    return projects >= 0 && projects + 2 < parts.size() ? parts.at(projects + 2) : QString();
}

QJsonObject DailyLogItem::applyFields(QJsonObject raw, const QJsonObject &fields, const QHash<qint64, QString> &vendorNames)
{
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        raw.insert(it.key(), it.value());
        if (it.key() == QLatin1String("mt_location")) {
            raw.remove(QStringLiteral("location"));   // the tiers typed win over the old location
        } else if (it.key() == QLatin1String("vendor_id") || it.key() == QLatin1String("issued_to_id")) {
            const qint64 id = json::toId(it.value());
            const QJsonValue related = id == 0 ? QJsonValue() : QJsonValue(QJsonObject{{QStringLiteral("id"), id},
                                                                                       {QStringLiteral("name"), vendorNames.value(id)}});
            raw.insert(it.key().chopped(3), related);
        }
    }
    return raw;
}

QList<DailyLogItem> DailyLogItem::overlay(const QList<DailyLogEntry> &entries, const QList<OutboxEntry> &changes,
                                          const QDate &from, const QDate &to, const QHash<qint64, QString> &vendorNames)
{
    QList<DailyLogItem> items;
    items.reserve(entries.size());
    for (const DailyLogEntry &entry : entries) {
        if (entry.date < from || entry.date > to)
            continue;
        DailyLogItem item;
        item.entry = entry;
        items.append(item);
    }
    for (const OutboxEntry &change : changes) {
        const QString type = typeOfPath(change.path);
        if (change.tool != tool() || !DailyLogType::isKnown(type))
            continue;
        const QJsonObject fields = change.body.value(bodyKeyOf(type)).toObject();
        if (change.isCreate()) {
            QJsonObject raw = applyFields({}, fields, vendorNames);
            raw.insert(QStringLiteral("id"), change.id);   // ids are positive to the parser
            std::optional<DailyLogEntry> entry = DailyLogEntry::fromJson(raw, type, change.projectId);
            if (!entry || entry->date < from || entry->date > to)
                continue;
            entry->id = -change.id;
            items.append(waitingItem(*entry, change));
            continue;
        }
        const qint64 id = change.path.section(QLatin1Char('/'), -1).toLongLong();
        for (DailyLogItem &item : items) {
            if (item.entry.id != id || item.entry.type != type)
                continue;
            const auto entry = DailyLogEntry::fromJson(applyFields(item.entry.raw, fields, vendorNames), type, item.entry.projectId);
            if (entry)
                item = waitingItem(*entry, change);
        }
    }
    std::stable_sort(items.begin(), items.end(), [](const DailyLogItem &a, const DailyLogItem &b) {
        if (a.entry.date != b.entry.date)
            return a.entry.date < b.entry.date;
        return typeOrder(a.entry.type) < typeOrder(b.entry.type);
    });
    return items;
}

QList<DailyLogItem> DailyLogItem::load(CacheDatabase &cache, qint64 projectId, const QDate &from, const QDate &to,
                                       const QStringList &types)
{
    const DailyLogStore store(cache);
    QHash<qint64, QString> vendorNames;
    for (const DailyLogStore::Vendor &vendor : store.vendors(projectId))
        vendorNames.insert(vendor.id, vendor.name);
    QList<DailyLogItem> items = overlay(store.between(projectId, from, to), OutboxStore(cache).entries(projectId, tool()),
                                        from, to, vendorNames);
    if (!types.isEmpty())
        items.removeIf([&types](const DailyLogItem &item) { return !types.contains(item.entry.type); });
    return items;
}

} // namespace sitedesk
