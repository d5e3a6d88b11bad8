#pragma once

#include "dailylog/dailylogentry.h"
#include "outbox/outboxentry.h"

#include <QDate>
#include <QHash>
#include <QList>

namespace sitedesk {

class CacheDatabase;

// A daily log entry as the user should see it: Procore's version from the cache with the
// user's changes that still wait in the outbox laid over it. A create not yet confirmed has
// no Procore id; it carries minus its outbox id instead.
struct DailyLogItem
{
    DailyLogEntry entry;
    qint64 outboxId = 0;                              // 0: exactly as Procore has it
    OutboxEntry::State state = OutboxEntry::State::Pending;
    QString error;                                    // why it waits, in words
    QJsonObject fieldErrors;                          // Procore's 422 "errors"

    bool isWaiting() const { return outboxId != 0; }
    bool isDraft() const { return entry.id < 0; }
    bool needsUser() const { return isWaiting() && (state == OutboxEntry::State::Rejected || state == OutboxEntry::State::Conflict
                                                    || state == OutboxEntry::State::Uncertain); }

    static QString tool() { return QStringLiteral("daily_log"); }
    // The log type a daily log path names: ".../projects/1/manpower_logs/7" → "manpower_logs".
    static QString typeOfPath(const QString &path);

    // The items of [from, to] (all types when `types` is empty), ordered by day, type, id.
    static QList<DailyLogItem> load(CacheDatabase &cache, qint64 projectId, const QDate &from, const QDate &to,
                                    const QStringList &types = {});
    // The cache-free core of load(): `vendorNames` names the ids a change's vendor_id sends.
    static QList<DailyLogItem> overlay(const QList<DailyLogEntry> &entries, const QList<OutboxEntry> &changes,
                                       const QDate &from, const QDate &to, const QHash<qint64, QString> &vendorNames);
    // Procore's fields of an entry with a change's fields written over them, shaped as Procore
    // sends them (so DailyLogEntry parses them): vendor_id → vendor{id,name}, mt_location tiers.
    static QJsonObject applyFields(QJsonObject raw, const QJsonObject &fields, const QHash<qint64, QString> &vendorNames);
};

} // namespace sitedesk
