#pragma once

#include "dailylog/dailylogentry.h"

#include <QList>
#include <QMap>

#include <optional>

namespace sitedesk {

class CacheDatabase;

// Reads and writes `daily_log_entries` and `daily_log_coverage`. replaceRange() is one
// transaction: a project's entries of every type between two days become exactly the given
// ones and the coverage grows to include the range; a failure keeps the previous rows.
class DailyLogStore
{
public:
    // The days of a project already fetched; `complete` once the project's first days are in.
    struct Coverage
    {
        QDate first;
        QDate last;
        bool complete = false;
    };
    struct ManpowerTotal
    {
        QString vendor;    // "" for entries without a company
        int workers = 0;
        double hours = 0;
        int entries = 0;
    };
    struct Vendor
    {
        qint64 id = 0;
        QString name;
    };

    explicit DailyLogStore(CacheDatabase &database);

    std::optional<Coverage> coverage(qint64 projectId) const;
    bool replaceRange(qint64 projectId, const QDate &from, const QDate &to, const QList<DailyLogEntry> &entries,
                      const Coverage &coverage, QString *error = nullptr);

    // Entries of [from, to] ordered by day, then type (DailyLogType order), then id; `types`
    // empty means all types.
    QList<DailyLogEntry> between(qint64 projectId, const QDate &from, const QDate &to, const QStringList &types = {}) const;
    // Entries per day of [from, to] (days without entries are absent).
    QMap<QDate, int> countsByDay(qint64 projectId, const QDate &from, const QDate &to) const;
    // Manpower over [from, to] per company, ordered by company name.
    QList<ManpowerTotal> manpowerTotals(qint64 projectId, const QDate &from, const QDate &to) const;
    int count(qint64 projectId) const;

    // One entry as Procore answered a create or an edit. No transaction of its own: the
    // outbox calls it inside the one that removes the sent change.
    bool upsert(const DailyLogEntry &entry, QString *error = nullptr);
    // Companies and locations the project's entries name, for the entry form's choices.
    QList<Vendor> vendors(qint64 projectId) const;
    QStringList locations(qint64 projectId) const;
    // The last day before `before` with an entry of `type`; invalid when there is none.
    QDate lastDayBefore(qint64 projectId, const QString &type, const QDate &before) const;

private:
    CacheDatabase &m_database;
};

} // namespace sitedesk
