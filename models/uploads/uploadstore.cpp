#include "uploads/uploadstore.h"

#include "cache/cachedatabase.h"
#include "cache/sqlerror.h"
#include "cache/transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace sitedesk {

namespace {

const QString columns = QStringLiteral(
    "id, company_id, project_id, target_tool, target_id, local_path, size, modified, content_type,"
    " state, uuid, segments, post_url, fields, error, waiting_for_network, restarts, created_at, updated_at");

QString timeText(const QDateTime &when)
{
    return when.isValid() ? when.toUTC().toString(Qt::ISODateWithMs) : QStringLiteral("");
}

QDateTime timeFrom(const QVariant &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toUTC();
}

QString segmentsText(const QList<UploadSegment> &segments)
{
    QJsonArray array;
    for (const UploadSegment &segment : segments)
        array.append(segment.toJson());
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<UploadSegment> segmentsFrom(const QVariant &value)
{
    QList<UploadSegment> segments;
    for (const QJsonValue &item : QJsonDocument::fromJson(value.toString().toUtf8()).array())
        segments.append(UploadSegment::fromJson(item.toObject()));
    return segments;
}

UploadEntry entryFrom(const QSqlQuery &query)
{
    UploadEntry entry;
    entry.id = query.value(0).toLongLong();
    entry.companyId = query.value(1).toLongLong();
    entry.projectId = query.value(2).toLongLong();
    entry.targetTool = query.value(3).toString();
    entry.targetId = query.value(4).toLongLong();
    entry.localPath = query.value(5).toString();
    entry.size = query.value(6).toLongLong();
    entry.modified = timeFrom(query.value(7));
    entry.contentType = query.value(8).toString();
    entry.state = UploadEntry::stateFromName(query.value(9).toString());
    entry.uuid = query.value(10).toString();
    entry.segments = segmentsFrom(query.value(11));
    entry.postUrl = query.value(12).toString();
    entry.fields = QJsonDocument::fromJson(query.value(13).toString().toUtf8()).object();
    entry.error = query.value(14).toString();
    entry.waitingForNetwork = query.value(15).toBool();
    entry.restarts = query.value(16).toInt();
    entry.createdAt = timeFrom(query.value(17));
    entry.updatedAt = timeFrom(query.value(18));
    return entry;
}

// Every column but id, in the order of `columns`.
QVariantList valuesOf(const UploadEntry &entry)
{
    return {entry.companyId, entry.projectId, sql::text(entry.targetTool), entry.targetId,
            sql::text(entry.localPath), entry.size, timeText(entry.modified), sql::text(entry.contentType),
            UploadEntry::stateName(entry.state), sql::text(entry.uuid), segmentsText(entry.segments),
            sql::text(entry.postUrl), QString::fromUtf8(QJsonDocument(entry.fields).toJson(QJsonDocument::Compact)),
            sql::text(entry.error), int(entry.waitingForNetwork), entry.restarts, timeText(entry.createdAt),
            timeText(entry.updatedAt)};
}

QList<UploadEntry> select(CacheDatabase &database, const QString &where, const QVariantList &values)
{
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM upload_queue WHERE %2 ORDER BY id").arg(columns, where));
    for (const QVariant &value : values)
        query.addBindValue(value);
    QList<UploadEntry> result;
    if (query.exec())
        while (query.next())
            result.append(entryFrom(query));
    return result;
}

} // namespace

UploadStore::UploadStore(CacheDatabase &database)
    : m_database(database)
{
}

qint64 UploadStore::add(UploadEntry entry, QString *error)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!entry.createdAt.isValid())
        entry.createdAt = now;
    entry.updatedAt = now;
    qint64 id = 0;
    const bool ok = write(QStringLiteral("INSERT INTO upload_queue (%1) VALUES (NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                                         " ?, ?, ?, ?, ?, ?, ?, ?, ?)").arg(columns),
                          valuesOf(entry), error, &id);
    return ok ? id : 0;
}

bool UploadStore::update(const UploadEntry &entry, QString *error)
{
    UploadEntry changed = entry;
    changed.updatedAt = QDateTime::currentDateTimeUtc();
    QVariantList values = valuesOf(changed);
    values.append(entry.id);
    return write(QStringLiteral("UPDATE upload_queue SET company_id = ?, project_id = ?, target_tool = ?,"
                                " target_id = ?, local_path = ?, size = ?, modified = ?, content_type = ?,"
                                " state = ?, uuid = ?, segments = ?, post_url = ?, fields = ?, error = ?,"
                                " waiting_for_network = ?, restarts = ?, created_at = ?, updated_at = ?"
                                " WHERE id = ?"),
                 values, error);
}

bool UploadStore::remove(qint64 id, QString *error)
{
    return write(QStringLiteral("DELETE FROM upload_queue WHERE id = ?"), {id}, error);
}

int UploadStore::removeFinished(qint64 projectId)
{
    int removed = 0;
    for (const UploadEntry &entry : entries(projectId))
        if (entry.isFinished() && remove(entry.id))
            ++removed;
    return removed;
}

std::optional<UploadEntry> UploadStore::entry(qint64 id) const
{
    const QList<UploadEntry> found = select(m_database, QStringLiteral("id = ?"), {id});
    return found.isEmpty() ? std::nullopt : std::optional<UploadEntry>(found.first());
}

QList<UploadEntry> UploadStore::entries(qint64 projectId) const
{
    return select(m_database, QStringLiteral("(? = 0 OR project_id = ?)"), {projectId, projectId});
}

std::optional<UploadEntry> UploadStore::unfinished(const QString &localPath, const QString &tool, qint64 targetId) const
{
    const QList<UploadEntry> found = select(
        m_database, QStringLiteral("local_path = ? AND target_tool = ? AND target_id = ? AND state NOT IN ('attached', 'cancelled')"),
        {localPath, tool, targetId});
    return found.isEmpty() ? std::nullopt : std::optional<UploadEntry>(found.last());
}

int UploadStore::recoverInterrupted()
{
    int recovered = 0;
    for (UploadEntry entry : select(m_database, QStringLiteral("state = 'uploading'"), {})) {
        entry.state = UploadEntry::State::Queued;
        if (update(entry))
            ++recovered;
    }
    return recovered;
}

bool UploadStore::write(const QString &sql, const QVariantList &values, QString *error, qint64 *insertedId)
{
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);   // a savepoint inside the caller's transaction
    if (!transaction.isActive())
        return sql::fail(error, table(), transaction.errorText());
    {
        QSqlQuery query(db);
        query.prepare(sql);
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (!query.exec())
            return sql::fail(error, table(), query);
        if (insertedId)
            *insertedId = query.lastInsertId().toLongLong();
    }
    if (!transaction.commit())
        return sql::fail(error, table(), transaction.errorText());
    if (!transaction.isNested())
        m_database.notifyChanged({table()});
    return true;
}

} // namespace sitedesk
