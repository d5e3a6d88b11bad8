#include "dailylog/dailylogstore.h"

#include "cache/bulkstatement.h"
#include "cache/cachedatabase.h"
#include "cache/sqlerror.h"
#include "cache/transaction.h"
#include "dailylog/dailylogtype.h"

#include <QJsonDocument>

#include <algorithm>

namespace sitedesk {

namespace {

const QString kColumns = QStringLiteral("project_id, log_type, id, log_date, vendor_id, vendor, location_id, location,"
                                        " summary, workers, hours, status, created_by, updated_at, raw");

QString day(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

DailyLogEntry entryFrom(const QSqlQuery &query)
{
    DailyLogEntry entry;
    entry.projectId = query.value(0).toLongLong();
    entry.type = query.value(1).toString();
    entry.id = query.value(2).toLongLong();
    entry.date = QDate::fromString(query.value(3).toString(), Qt::ISODate);
    entry.vendorId = query.value(4).toLongLong();
    entry.vendor = query.value(5).toString();
    entry.locationId = query.value(6).toLongLong();
    entry.location = query.value(7).toString();
    entry.summary = query.value(8).toString();
    entry.workers = query.value(9).toInt();
    entry.hours = query.value(10).toDouble();
    entry.status = query.value(11).toString();
    entry.createdBy = query.value(12).toString();
    entry.updatedAt = query.value(13).toString();
    entry.raw = QJsonDocument::fromJson(query.value(14).toByteArray()).object();
    return entry;
}

// One prepared statement for the whole batch.
bool insertAll(QSqlDatabase &db, const QList<DailyLogEntry> &entries, QString *error)
{
    BulkStatement insert(db, QStringLiteral("INSERT OR REPLACE INTO daily_log_entries (%1)"
                                            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS TEXT))").arg(kColumns));
    if (!insert.isPrepared())
        return sql::fail(error, QStringLiteral("preparing the daily log insert"), insert.errorText());
    for (const DailyLogEntry &entry : entries) {
        if (!insert.exec({entry.projectId, entry.type, entry.id, day(entry.date), entry.vendorId, sql::text(entry.vendor),
                          entry.locationId, sql::text(entry.location), sql::text(entry.summary), entry.workers, entry.hours,
                          sql::text(entry.status), sql::text(entry.createdBy), sql::text(entry.updatedAt),
                          sql::rawJson(entry.raw, entry.rawJson)}))
            return sql::fail(error, QStringLiteral("saving daily log entry %1").arg(entry.id), insert.errorText());
    }
    return true;
}

int typeOrder(const QString &type)
{
    const int index = int(DailyLogType::names().indexOf(type));
    return index < 0 ? 1000 : index;
}

} // namespace

DailyLogStore::DailyLogStore(CacheDatabase &database)
    : m_database(database)
{
}

std::optional<DailyLogStore::Coverage> DailyLogStore::coverage(qint64 projectId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT first_day, last_day, complete FROM daily_log_coverage WHERE project_id = ?"));
    query.addBindValue(projectId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return Coverage{QDate::fromString(query.value(0).toString(), Qt::ISODate),
                    QDate::fromString(query.value(1).toString(), Qt::ISODate), query.value(2).toBool()};
}

bool DailyLogStore::replaceRange(qint64 projectId, const QDate &from, const QDate &to, const QList<DailyLogEntry> &entries,
                                 const Coverage &coverage, QString *error)
{
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    if (!transaction.isActive())
        return sql::fail(error, QStringLiteral("starting to save daily logs"), transaction.errorText());
    QSqlQuery query(db);
    query.prepare(QStringLiteral("DELETE FROM daily_log_entries WHERE project_id = ? AND log_date BETWEEN ? AND ?"));
    query.addBindValue(projectId);
    query.addBindValue(day(from));
    query.addBindValue(day(to));
    if (!query.exec())
        return sql::fail(error, QStringLiteral("removing daily logs of %1 to %2").arg(day(from), day(to)), query);
    if (!insertAll(db, entries, error))
        return false;
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO daily_log_coverage (project_id, first_day, last_day, complete)"
                                 " VALUES (?, ?, ?, ?)"));
    query.addBindValue(projectId);
    query.addBindValue(day(coverage.first));
    query.addBindValue(day(coverage.last));
    query.addBindValue(coverage.complete);
    if (!query.exec())
        return sql::fail(error, QStringLiteral("saving the daily log coverage"), query);
    query.finish();
    if (!transaction.commit())
        return sql::fail(error, QStringLiteral("saving daily logs"), transaction.errorText());
    m_database.notifyChanged({QStringLiteral("daily_log_entries")});
    return true;
}

QList<DailyLogEntry> DailyLogStore::between(qint64 projectId, const QDate &from, const QDate &to, const QStringList &types) const
{
    QList<DailyLogEntry> entries;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM daily_log_entries WHERE project_id = ? AND log_date BETWEEN ? AND ?"
                                 " ORDER BY log_date, id").arg(kColumns));
    query.addBindValue(projectId);
    query.addBindValue(day(from));
    query.addBindValue(day(to));
    if (!query.exec())
        return entries;
    while (query.next()) {
        if (types.isEmpty() || types.contains(query.value(1).toString()))
            entries.append(entryFrom(query));
    }
    std::stable_sort(entries.begin(), entries.end(), [](const DailyLogEntry &a, const DailyLogEntry &b) {
        return a.date != b.date ? a.date < b.date : typeOrder(a.type) < typeOrder(b.type);
    });
    return entries;
}

QMap<QDate, int> DailyLogStore::countsByDay(qint64 projectId, const QDate &from, const QDate &to) const
{
    QMap<QDate, int> counts;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT log_date, COUNT(*) FROM daily_log_entries WHERE project_id = ?"
                                 " AND log_date BETWEEN ? AND ? GROUP BY log_date"));
    query.addBindValue(projectId);
    query.addBindValue(day(from));
    query.addBindValue(day(to));
    if (!query.exec())
        return counts;
    while (query.next())
        counts.insert(QDate::fromString(query.value(0).toString(), Qt::ISODate), query.value(1).toInt());
    return counts;
}

QList<DailyLogStore::ManpowerTotal> DailyLogStore::manpowerTotals(qint64 projectId, const QDate &from, const QDate &to) const
{
    QList<ManpowerTotal> totals;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT vendor, SUM(workers), SUM(hours), COUNT(*) FROM daily_log_entries"
                                 " WHERE project_id = ? AND log_type = 'manpower_logs' AND log_date BETWEEN ? AND ?"
                                 " GROUP BY vendor ORDER BY vendor COLLATE NOCASE"));
    query.addBindValue(projectId);
    query.addBindValue(day(from));
    query.addBindValue(day(to));
    if (!query.exec())
        return totals;
    while (query.next())
        totals.append({query.value(0).toString(), query.value(1).toInt(), query.value(2).toDouble(), query.value(3).toInt()});
    return totals;
}

int DailyLogStore::count(qint64 projectId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM daily_log_entries WHERE project_id = ?"));
    query.addBindValue(projectId);
    return query.exec() && query.next() ? query.value(0).toInt() : 0;
}

bool DailyLogStore::upsert(const DailyLogEntry &entry, QString *error)
{
    QSqlDatabase db = m_database.connection();
    if (!insertAll(db, {entry}, error))
        return false;
    m_database.notifyChanged({QStringLiteral("daily_log_entries")});
    return true;
}

QList<DailyLogStore::Vendor> DailyLogStore::vendors(qint64 projectId) const
{
    QList<Vendor> vendors;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT vendor_id, MAX(vendor) FROM daily_log_entries WHERE project_id = ? AND vendor_id <> 0"
                                 " GROUP BY vendor_id ORDER BY MAX(vendor) COLLATE NOCASE"));
    query.addBindValue(projectId);
    if (query.exec())
        while (query.next())
            vendors.append({query.value(0).toLongLong(), query.value(1).toString()});
    return vendors;
}

QStringList DailyLogStore::locations(qint64 projectId) const
{
    QStringList locations;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT DISTINCT location FROM daily_log_entries WHERE project_id = ? AND location <> ''"
                                 " ORDER BY location COLLATE NOCASE"));
    query.addBindValue(projectId);
    if (query.exec())
        while (query.next())
            locations << query.value(0).toString();
    return locations;
}

QDate DailyLogStore::lastDayBefore(qint64 projectId, const QString &type, const QDate &before) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT MAX(log_date) FROM daily_log_entries WHERE project_id = ? AND log_type = ? AND log_date < ?"));
    query.addBindValue(projectId);
    query.addBindValue(type);
    query.addBindValue(day(before));
    return query.exec() && query.next() ? QDate::fromString(query.value(0).toString(), Qt::ISODate) : QDate();
}

} // namespace sitedesk
