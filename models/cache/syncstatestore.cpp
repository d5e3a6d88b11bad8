#include "cache/syncstatestore.h"

#include "cache/cachedatabase.h"
#include "cache/sqlerror.h"
#include "cache/transaction.h"

#include <QVariant>

namespace sitedesk {

namespace {

QString toStored(const QDateTime &when)
{
    return when.toUTC().toString(Qt::ISODateWithMs); // sorts as text: MAX() works in SQL
}

QDateTime fromStored(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toUTC();
}

} // namespace

SyncStateStore::SyncStateStore(CacheDatabase &database)
    : m_database(database)
{
}

std::optional<SyncState> SyncStateStore::state(qint64 scopeId, const QString &tool) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT last_success, watermark, last_error FROM sync_state"
                                 " WHERE scope_id = ? AND tool = ?"));
    query.addBindValue(scopeId);
    query.addBindValue(tool);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return SyncState{scopeId, tool, fromStored(query.value(0)), query.value(1).toString(),
                     query.value(2).toString()};
}

std::optional<QDateTime> SyncStateStore::lastSuccess(qint64 scopeId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT MAX(last_success) FROM sync_state WHERE scope_id = ?"));
    query.addBindValue(scopeId);
    if (!query.exec() || !query.next() || query.value(0).isNull())
        return std::nullopt;
    return fromStored(query.value(0));
}

// An empty watermark keeps the stored one: a run that saw no changes must not reset the
// next incremental window to "everything".
bool SyncStateStore::markSuccess(qint64 scopeId, const QString &tool, const QDateTime &when,
                                 const QString &watermark)
{
    return write(QStringLiteral(
                     "INSERT INTO sync_state (scope_id, tool, last_success, watermark, last_error)"
                     " VALUES (?, ?, ?, ?, '') ON CONFLICT (scope_id, tool) DO UPDATE SET"
                     " last_success = excluded.last_success, last_error = '',"
                     " watermark = CASE WHEN excluded.watermark = '' THEN sync_state.watermark"
                     " ELSE excluded.watermark END"),
                 {scopeId, tool, toStored(when), sql::text(watermark)});
}

bool SyncStateStore::markFailure(qint64 scopeId, const QString &tool, const QString &error)
{
    return write(QStringLiteral("INSERT INTO sync_state (scope_id, tool, last_error)"
                                " VALUES (?, ?, ?) ON CONFLICT (scope_id, tool) DO UPDATE SET"
                                " last_error = excluded.last_error"),
                 {scopeId, tool, sql::text(error)});
}

bool SyncStateStore::write(const QString &sql, const QVariantList &values)
{
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db); // a savepoint when the caller has a transaction open
    if (!transaction.isActive())
        return false;
    {
        QSqlQuery query(db);
        query.prepare(sql);
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (!query.exec())
            return false;
    }
    if (!transaction.commit())
        return false;
    // Inside a caller's transaction nothing is visible yet; the caller notifies after its commit.
    if (!transaction.isNested())
        m_database.notifyChanged({QStringLiteral("sync_state")});
    return true;
}

} // namespace sitedesk
