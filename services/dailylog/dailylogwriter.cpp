#include "dailylog/dailylogwriter.h"

#include "cache/cachedatabase.h"
#include "dailylog/dailylogfield.h"
#include "dailylog/dailylogitem.h"
#include "dailylog/dailylogstore.h"
#include "dailylog/dailylogtype.h"
#include "outbox/outboxservice.h"
#include "outbox/outboxstore.h"
#include "projects/projectstore.h"

#include <QJsonArray>
#include <QLocale>
#include <QUuid>

namespace sitedesk {

namespace {

const QString kManpower = QStringLiteral("manpower_logs");

QString bodyKeyOf(const QString &type)
{
    for (const DailyLogType &known : DailyLogType::all())
        if (known.name == type)
            return known.bodyKey;
    return type;
}

QString listPath(qint64 projectId, const QString &type)
{
    return QStringLiteral("/rest/v1.0/projects/%1/%2").arg(projectId).arg(type);
}

QJsonObject merged(QJsonObject base, const QJsonObject &fields)
{
    for (auto it = fields.begin(); it != fields.end(); ++it)
        base.insert(it.key(), it.value());
    return base;
}

// A copied manpower line: the same company, crew, hours and place, on another day.
QJsonObject copiedManpower(const DailyLogEntry &entry)
{
    QJsonObject fields;
    if (entry.vendorId != 0)
        fields.insert(QStringLiteral("vendor_id"), entry.vendorId);
    fields.insert(QStringLiteral("num_workers"), entry.workers);
    const QJsonValue hours = entry.raw.value(QLatin1String("num_hours"));
    fields.insert(QStringLiteral("num_hours"), hours.isString() ? QJsonValue(hours.toString().toDouble()) : hours);
    const QStringList tiers = DailyLogField::locationTiers(entry.location);
    if (!tiers.isEmpty())
        fields.insert(QStringLiteral("mt_location"), QJsonArray::fromStringList(tiers));
    return fields;
}

} // namespace

DailyLogWriter::DailyLogWriter(OutboxService *outbox, QObject *parent)
    : QObject(parent),
      m_outbox(outbox)
{
}

void DailyLogWriter::registerApplier()
{
    OutboxService::registerApplier(DailyLogItem::tool(), [](CacheDatabase &cache, const OutboxEntry &change, const QJsonObject &response) {
        const auto entry = DailyLogEntry::fromJson(response, DailyLogItem::typeOfPath(change.path), change.projectId);
        // An answer without a usable entry changes nothing here; the next sync brings Procore's copy.
        return !entry || DailyLogStore(cache).upsert(*entry);
    });
}

bool DailyLogWriter::ready(QString *error) const
{
    if (m_outbox && m_outbox->cache() && m_outbox->cache()->isOpen())
        return true;
    if (error)
        *error = tr("Sign in and choose a project to add daily log entries.");
    return false;
}

qint64 DailyLogWriter::companyOf(qint64 projectId) const
{
    const auto project = ProjectStore(*m_outbox->cache()).find(projectId);
    return project ? project->companyId : 0;
}

qint64 DailyLogWriter::create(qint64 projectId, const QString &type, const QDate &date, const QJsonObject &fields, QString *error)
{
    if (!ready(error))
        return 0;
    OutboxEntry change;
    change.companyId = companyOf(projectId);
    change.projectId = projectId;
    change.tool = DailyLogItem::tool();
    change.method = QStringLiteral("POST");
    change.path = listPath(projectId, type);
    QJsonObject body = fields;
    body.insert(QStringLiteral("date"), date.toString(Qt::ISODate));
    change.body = QJsonObject{{bodyKeyOf(type), body}};
    change.itemKey = QStringLiteral("%1:new-%2").arg(type, QUuid::createUuid().toString(QUuid::WithoutBraces));
    change.summary = tr("New %1 entry for %2").arg(DailyLogType::displayName(type), QLocale().toString(date, QLocale::ShortFormat));
    return m_outbox->submit(change, error);
}

qint64 DailyLogWriter::edit(const DailyLogEntry &entry, const QJsonObject &fields, QString *error)
{
    if (!ready(error))
        return 0;
    const QString itemKey = QStringLiteral("%1:%2").arg(entry.type).arg(entry.id);
    for (const OutboxEntry &waiting : OutboxStore(*m_outbox->cache()).forItem(itemKey))
        if (waiting.state != OutboxEntry::State::Sending)
            return revise(waiting.id, fields, error) ? waiting.id : 0;
    OutboxEntry change;
    change.companyId = companyOf(entry.projectId);
    change.projectId = entry.projectId;
    change.tool = DailyLogItem::tool();
    change.method = QStringLiteral("PATCH");
    change.path = listPath(entry.projectId, entry.type) + QLatin1Char('/') + QString::number(entry.id);
    change.body = QJsonObject{{bodyKeyOf(entry.type), fields}};
    change.itemKey = itemKey;
    change.baseUpdatedAt = entry.updatedAt;   // someone else's edit in Procore becomes a conflict
    change.summary = tr("Edit %1 entry of %2").arg(DailyLogType::displayName(entry.type), QLocale().toString(entry.date, QLocale::ShortFormat));
    return m_outbox->submit(change, error);
}

bool DailyLogWriter::revise(qint64 outboxId, const QJsonObject &fields, QString *error)
{
    if (!ready(error))
        return false;
    OutboxStore store(*m_outbox->cache());
    std::optional<OutboxEntry> change = store.entry(outboxId);
    if (!change || change->state == OutboxEntry::State::Sending) {
        if (error)
            *error = change ? tr("This change is being sent right now; edit it again in a moment.")
                            : tr("This change was already sent to Procore.");
        return false;
    }
    const QString key = bodyKeyOf(DailyLogItem::typeOfPath(change->path));
    change->body.insert(key, merged(change->body.value(key).toObject(), fields));
    change->state = OutboxEntry::State::Pending;
    change->error.clear();
    change->fieldErrors = {};
    if (!store.update(*change, error))
        return false;
    m_outbox->flush();
    return true;
}

int DailyLogWriter::copyManpower(qint64 projectId, const QDate &date, QString *error)
{
    if (!ready(error))
        return 0;
    const QDate source = DailyLogStore(*m_outbox->cache()).lastDayBefore(projectId, kManpower, date);
    QList<DailyLogItem> items;
    if (source.isValid())
        items = DailyLogItem::load(*m_outbox->cache(), projectId, source, source, {kManpower});
    int copied = 0;
    for (const DailyLogItem &item : std::as_const(items))
        copied += create(projectId, kManpower, date, copiedManpower(item.entry), error) != 0;
    return copied;
}

} // namespace sitedesk
