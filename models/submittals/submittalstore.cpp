#include "submittals/submittalstore.h"

#include "cache/bulkstatement.h"
#include "cache/cachedatabase.h"
#include "cache/sqlerror.h"
#include "cache/transaction.h"
#include "core/searchtext.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace sitedesk {

namespace {

const QString columns = QStringLiteral(
    "id, project_id, number, revision, title, spec_section, type, status_id, status_name, status_group, ball_in_court,"
    " ball_in_court_ids, responsible_contractor, due_date, required_on_site_date, updated_at");

QVariantList valuesOf(const Submittal &s, qint64 projectId)
{
    return {s.id, projectId, sql::text(s.number), sql::text(s.revision), sql::text(s.title), sql::text(s.specSection),
            sql::text(s.type), s.statusId, sql::text(s.statusName), sql::text(s.statusGroup), sql::text(s.ballInCourtNames()),
            sql::text(s.ballInCourtIds()), sql::text(s.responsibleContractor), sql::text(s.dueDate),
            sql::text(s.requiredOnSiteDate), sql::text(s.updatedAt),
            sql::rawJson(s.raw, s.rawJson)};
}

bool run(QSqlQuery &query, const QString &sql, const QVariantList &values, QString *error, const QString &what)
{
    if (!query.prepare(sql))
        return sql::fail(error, what, query);
    for (const QVariant &value : values)
        query.addBindValue(value);
    return query.exec() || sql::fail(error, what, query);
}

SubmittalRow rowFrom(const QSqlQuery &q)
{
    SubmittalRow row;
    row.id = q.value(0).toLongLong();
    row.number = q.value(2).toString();
    row.revision = q.value(3).toString();
    row.title = q.value(4).toString();
    row.specSection = q.value(5).toString();
    row.type = q.value(6).toString();
    row.statusId = q.value(7).toLongLong();
    row.statusName = q.value(8).toString();
    row.statusGroup = q.value(9).toString();
    row.ballInCourt = q.value(10).toString();
    row.ballInCourtIds = q.value(11).toString();
    row.responsibleContractor = q.value(12).toString();
    row.dueDate = q.value(13).toString();
    row.requiredOnSiteDate = q.value(14).toString();
    row.updatedAt = q.value(15).toString();
    row.searchText = search::fold(row.number + QLatin1Char(' ') + row.title + QLatin1Char(' ') + row.specSection);
    return row;
}

} // namespace

SubmittalStore::SubmittalStore(CacheDatabase &database)
    : m_database(database)
{
}

bool SubmittalStore::insert(qint64 projectId, const QList<Submittal> &submittals, QString *error)
{
    BulkStatement q(m_database.connection(), QStringLiteral("INSERT OR REPLACE INTO submittals (%1, raw)"
                                                            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS TEXT))")
                                                 .arg(columns));
    if (!q.isPrepared())
        return sql::fail(error, QStringLiteral("saving submittals"), q.errorText());
    for (const Submittal &s : submittals)
        if (!q.exec(valuesOf(s, projectId)))
            return sql::fail(error, QStringLiteral("saving submittal %1").arg(s.id), q.errorText());
    return true;
}

bool SubmittalStore::replaceAll(qint64 projectId, const QList<Submittal> &submittals, QString *error)
{
    Transaction transaction(m_database.connection());
    if (!transaction.isActive())
        return sql::fail(error, QStringLiteral("starting to save submittals"), transaction.errorText());
    QSqlQuery q(m_database.connection());
    if (!run(q, QStringLiteral("DELETE FROM submittals WHERE project_id = ?"), {projectId}, error, QStringLiteral("clearing submittals"))
        || !insert(projectId, submittals, error))
        return false;
    if (!transaction.commit())
        return sql::fail(error, QStringLiteral("saving submittals"), transaction.errorText());
    m_database.notifyChanged({table()});
    return true;
}

bool SubmittalStore::merge(qint64 projectId, const QList<Submittal> &submittals, QString *error)
{
    Transaction transaction(m_database.connection());
    if (!transaction.isActive())
        return sql::fail(error, QStringLiteral("starting to save submittals"), transaction.errorText());
    if (!insert(projectId, submittals, error))
        return false;
    if (!transaction.commit())
        return sql::fail(error, QStringLiteral("saving submittals"), transaction.errorText());
    m_database.notifyChanged({table()});
    return true;
}

QList<SubmittalRow> SubmittalStore::log(qint64 projectId) const
{
    QList<SubmittalRow> rows;
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!run(q, QStringLiteral("SELECT %1 FROM submittals WHERE project_id = ? ORDER BY id").arg(columns), {projectId}, nullptr, {}))
        return rows;
    while (q.next())
        rows.append(rowFrom(q));
    return rows;
}

QList<Submittal> SubmittalStore::all(qint64 projectId) const
{
    QList<Submittal> list;
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!run(q, QStringLiteral("SELECT raw FROM submittals WHERE project_id = ? ORDER BY id"), {projectId}, nullptr, {}))
        return list;
    while (q.next())
        if (auto s = Submittal::fromJson(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object(), projectId))
            list.append(*s);
    return list;
}

std::optional<Submittal> SubmittalStore::find(qint64 id) const
{
    QSqlQuery q(m_database.connection());
    if (!run(q, QStringLiteral("SELECT project_id, raw FROM submittals WHERE id = ?"), {id}, nullptr, {}) || !q.next())
        return std::nullopt;
    return Submittal::fromJson(QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object(), q.value(0).toLongLong());
}

int SubmittalStore::count(qint64 projectId) const
{
    QSqlQuery q(m_database.connection());
    if (!run(q, QStringLiteral("SELECT COUNT(*) FROM submittals WHERE project_id = ?"), {projectId}, nullptr, {}) || !q.next())
        return 0;
    return q.value(0).toInt();
}

QList<SubmittalStore::Status> SubmittalStore::statuses(qint64 projectId) const
{
    QList<Status> list;
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!run(q, QStringLiteral("SELECT status_id, MAX(status_name), MAX(status_group) FROM submittals"
                               " WHERE project_id = ? AND status_id <> 0 GROUP BY status_id ORDER BY MAX(status_name) COLLATE NOCASE"),
             {projectId}, nullptr, {}))
        return list;
    while (q.next())
        list.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()});
    return list;
}

} // namespace sitedesk
