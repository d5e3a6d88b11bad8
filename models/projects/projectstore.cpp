#include "projects/projectstore.h"

#include "cache/cachedatabase.h"
#include "cache/sqlerror.h"
#include "cache/transaction.h"

#include <QJsonDocument>

namespace sitedesk {

namespace {

const QString kListColumns = QStringLiteral("id, company_id, name, display_name, project_number, city, stage, active, updated_at");
const QString kColumns = kListColumns + QStringLiteral(", raw");

Project projectFrom(const QSqlQuery &query, ProjectStore::Raw raw = ProjectStore::Raw::Include)
{
    Project project;
    project.id = query.value(0).toLongLong();
    project.companyId = query.value(1).toLongLong();
    project.name = query.value(2).toString();
    project.displayName = query.value(3).toString();
    project.projectNumber = query.value(4).toString();
    project.city = query.value(5).toString();
    project.stage = query.value(6).toString();
    project.active = query.value(7).toBool();
    project.updatedAt = query.value(8).toString();
    if (raw == ProjectStore::Raw::Include)
        project.raw = QJsonDocument::fromJson(query.value(9).toByteArray()).object();
    return project;
}

// One prepared statement for the whole batch: at 100,000 rows re-preparing would dominate.
bool upsertAll(QSqlDatabase &db, qint64 companyId, const QList<Project> &projects, QString *error)
{
    QSqlQuery query(db);
    if (!query.prepare(QStringLiteral(
            "INSERT INTO projects (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (id) DO UPDATE SET company_id = excluded.company_id,"
            " name = excluded.name, display_name = excluded.display_name,"
            " project_number = excluded.project_number, city = excluded.city,"
            " stage = excluded.stage, active = excluded.active,"
            " updated_at = excluded.updated_at, raw = excluded.raw").arg(kColumns)))
        return sql::fail(error, QStringLiteral("preparing the project insert"), query);
    for (const Project &project : projects) {
        query.bindValue(0, project.id);
        query.bindValue(1, companyId);
        query.bindValue(2, sql::text(project.name));
        query.bindValue(3, sql::text(project.displayName));
        query.bindValue(4, sql::text(project.projectNumber));
        query.bindValue(5, sql::text(project.city));
        query.bindValue(6, sql::text(project.stage));
        query.bindValue(7, project.active);
        query.bindValue(8, sql::text(project.updatedAt));
        query.bindValue(9, QString::fromUtf8(QJsonDocument(project.raw).toJson(QJsonDocument::Compact)));
        if (!query.exec())
            return sql::fail(error, QStringLiteral("saving project %1").arg(project.id), query);
    }
    return true;
}

bool removeMissing(QSqlDatabase &db, qint64 companyId, const QList<Project> &projects,
                   QString *error)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("DELETE FROM projects WHERE company_id = ?"
                                 " AND id NOT IN (SELECT value FROM json_each(?))"));
    query.addBindValue(companyId);
    query.addBindValue(sql::idArray(projects, [](const Project &p) { return p.id; }));
    if (!query.exec())
        return sql::fail(error, QStringLiteral("removing projects no longer listed"), query);
    return true;
}

} // namespace

ProjectStore::ProjectStore(CacheDatabase &database)
    : m_database(database)
{
}

bool ProjectStore::replaceForCompany(qint64 companyId, const QList<Project> &projects,
                                     QString *error)
{
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    if (!transaction.isActive())
        return sql::fail(error, QStringLiteral("starting to save projects"), transaction.errorText());
    if (!upsertAll(db, companyId, projects, error) || !removeMissing(db, companyId, projects, error))
        return false; // the transaction rolls back: the previous list stays
    if (!transaction.commit())
        return sql::fail(error, QStringLiteral("saving projects"), transaction.errorText());
    m_database.notifyChanged({QStringLiteral("projects")});
    return true;
}

QList<Project> ProjectStore::forCompany(qint64 companyId, Raw raw) const
{
    QList<Project> projects;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM projects WHERE company_id = ?"
                                 " ORDER BY display_name COLLATE NOCASE, id").arg(raw == Raw::Include ? kColumns : kListColumns));
    query.addBindValue(companyId);
    if (!query.exec())
        return projects;
    while (query.next())
        projects.append(projectFrom(query, raw));
    return projects;
}

std::optional<Project> ProjectStore::find(qint64 id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM projects WHERE id = ?").arg(kColumns));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return projectFrom(query);
}

} // namespace sitedesk
