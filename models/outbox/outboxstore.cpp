#include "outbox/outboxstore.h"

#include "cache/cachedatabase.h"
#include "cache/sqlerror.h"
#include "cache/transaction.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace sitedesk {

namespace {

const QString columns = QStringLiteral(
    "id, company_id, project_id, tool, method, path, check_path, body, item_key, summary,"
    " base_updated_at, state, error, field_errors, server_version, attempts, created_at, updated_at");

QString jsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject jsonObject(const QVariant &value)
{
    return QJsonDocument::fromJson(value.toString().toUtf8()).object();
}

QString timeText(const QDateTime &when)
{
    return when.toUTC().toString(Qt::ISODateWithMs);
}

OutboxEntry entryFrom(const QSqlQuery &query)
{
    OutboxEntry entry;
    entry.id = query.value(0).toLongLong();
    entry.companyId = query.value(1).toLongLong();
    entry.projectId = query.value(2).toLongLong();
    entry.tool = query.value(3).toString();
    entry.method = query.value(4).toString();
    entry.path = query.value(5).toString();
    entry.checkPath = query.value(6).toString();
    entry.body = jsonObject(query.value(7));
    entry.itemKey = query.value(8).toString();
    entry.summary = query.value(9).toString();
    entry.baseUpdatedAt = query.value(10).toString();
    entry.state = OutboxEntry::stateFromName(query.value(11).toString());
    entry.error = query.value(12).toString();
    entry.fieldErrors = jsonObject(query.value(13));
    entry.serverVersion = jsonObject(query.value(14));
    entry.attempts = query.value(15).toInt();
    entry.createdAt = QDateTime::fromString(query.value(16).toString(), Qt::ISODateWithMs).toUTC();
    entry.updatedAt = QDateTime::fromString(query.value(17).toString(), Qt::ISODateWithMs).toUTC();
    return entry;
}

// Every column but id, in the order of `columns`.
QVariantList valuesOf(const OutboxEntry &entry)
{
    return {entry.companyId, entry.projectId, sql::text(entry.tool), sql::text(entry.method),
            sql::text(entry.path), sql::text(entry.checkPath), jsonText(entry.body),
            sql::text(entry.itemKey), sql::text(entry.summary), sql::text(entry.baseUpdatedAt),
            OutboxEntry::stateName(entry.state), sql::text(entry.error), jsonText(entry.fieldErrors),
            jsonText(entry.serverVersion), entry.attempts, timeText(entry.createdAt),
            timeText(entry.updatedAt)};
}

} // namespace

OutboxStore::OutboxStore(CacheDatabase &database)
    : m_database(database)
{
}

qint64 OutboxStore::add(OutboxEntry entry, QString *error)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!entry.createdAt.isValid())
        entry.createdAt = now;
    entry.updatedAt = now;
    qint64 id = 0;
    const bool ok = write(QStringLiteral("INSERT INTO outbox (%1) VALUES (NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                                         " ?, ?, ?, ?, ?, ?, ?, ?)").arg(columns),
                          valuesOf(entry), error, &id);
    return ok ? id : 0;
}

bool OutboxStore::update(const OutboxEntry &entry, QString *error)
{
    OutboxEntry changed = entry;
    changed.updatedAt = QDateTime::currentDateTimeUtc();
    QVariantList values = valuesOf(changed);
    values.append(entry.id);
    return write(QStringLiteral("UPDATE outbox SET company_id = ?, project_id = ?, tool = ?, method = ?,"
                                " path = ?, check_path = ?, body = ?, item_key = ?, summary = ?,"
                                " base_updated_at = ?, state = ?, error = ?, field_errors = ?,"
                                " server_version = ?, attempts = ?, created_at = ?, updated_at = ?"
                                " WHERE id = ?"),
                 values, error);
}

bool OutboxStore::remove(qint64 id, QString *error)
{
    return write(QStringLiteral("DELETE FROM outbox WHERE id = ?"), {id}, error);
}

std::optional<OutboxEntry> OutboxStore::entry(qint64 id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM outbox WHERE id = ?").arg(columns));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return entryFrom(query);
}

QList<OutboxEntry> OutboxStore::entries(qint64 projectId, const QString &tool) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM outbox WHERE (? = 0 OR project_id = ?)"
                                 " AND (? = '' OR tool = ?) ORDER BY id").arg(columns));
    query.addBindValue(projectId);
    query.addBindValue(projectId);
    query.addBindValue(sql::text(tool));
    query.addBindValue(sql::text(tool));
    QList<OutboxEntry> result;
    if (query.exec())
        while (query.next())
            result.append(entryFrom(query));
    return result;
}

QList<OutboxEntry> OutboxStore::forItem(const QString &itemKey) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM outbox WHERE item_key = ? ORDER BY id").arg(columns));
    query.addBindValue(sql::text(itemKey));
    QList<OutboxEntry> result;
    if (query.exec())
        while (query.next())
            result.append(entryFrom(query));
    return result;
}

int OutboxStore::count(qint64 projectId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE ? = 0 OR project_id = ?"));
    query.addBindValue(projectId);
    query.addBindValue(projectId);
    return query.exec() && query.next() ? query.value(0).toInt() : 0;
}

int OutboxStore::recoverInterrupted()
{
    int recovered = 0;
    for (OutboxEntry entry : entries()) {
        if (entry.state != OutboxEntry::State::Sending)
            continue;
        entry.state = entry.isCreate() ? OutboxEntry::State::Uncertain : OutboxEntry::State::Pending;
        if (entry.isCreate())
            entry.error = QCoreApplication::translate("OutboxStore",
                "Sitedesk stopped while sending this. It may already be in Procore: check there, then send it again or discard it.");
        if (update(entry))
            ++recovered;
    }
    return recovered;
}

bool OutboxStore::write(const QString &sql, const QVariantList &values, QString *error, qint64 *insertedId)
{
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);   // a savepoint inside the caller's transaction
    if (!transaction.isActive())
        return sql::fail(error, QStringLiteral("outbox"), transaction.errorText());
    {
        QSqlQuery query(db);
        query.prepare(sql);
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (!query.exec())
            return sql::fail(error, QStringLiteral("outbox"), query);
        if (insertedId)
            *insertedId = query.lastInsertId().toLongLong();
    }
    if (!transaction.commit())
        return sql::fail(error, QStringLiteral("outbox"), transaction.errorText());
    if (!transaction.isNested())
        m_database.notifyChanged({table()});
    return true;
}

} // namespace sitedesk
