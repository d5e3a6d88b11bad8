#include "cache/migrations.h"

#include "cache/transaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace sitedesk::migrations {

namespace {

// v1: companies, projects and the per-tool sync bookkeeping. Typed columns serve sorting and
// searching; `raw` keeps Procore's JSON verbatim (compact) for export and for later fields.
Migration version1()
{
    return {1, QStringLiteral("companies, projects, sync_state"),
            {QStringLiteral("CREATE TABLE companies ("
                            " id INTEGER PRIMARY KEY,"
                            " name TEXT NOT NULL DEFAULT '',"
                            " is_active INTEGER NOT NULL DEFAULT 1,"
                            " raw TEXT NOT NULL DEFAULT '{}')"),
             QStringLiteral("CREATE INDEX companies_by_name ON companies(name COLLATE NOCASE)"),
             // No foreign key to companies: a project may be cached before its company list
             // (CLI sync of one project); CompanyStore removes projects of dropped companies.
             QStringLiteral("CREATE TABLE projects ("
                            " id INTEGER PRIMARY KEY,"
                            " company_id INTEGER NOT NULL,"
                            " name TEXT NOT NULL DEFAULT '',"
                            " display_name TEXT NOT NULL DEFAULT '',"
                            " project_number TEXT NOT NULL DEFAULT '',"
                            " city TEXT NOT NULL DEFAULT '',"
                            " stage TEXT NOT NULL DEFAULT '',"
                            " active INTEGER NOT NULL DEFAULT 1,"
                            " updated_at TEXT NOT NULL DEFAULT '',"
                            " raw TEXT NOT NULL DEFAULT '{}')"),
             QStringLiteral("CREATE INDEX projects_by_company"
                            " ON projects(company_id, display_name COLLATE NOCASE)"),
             QStringLiteral("CREATE TABLE sync_state ("
                            " scope_id INTEGER NOT NULL,"
                            " tool TEXT NOT NULL,"
                            " last_success TEXT,"
                            " watermark TEXT NOT NULL DEFAULT '',"
                            " last_error TEXT NOT NULL DEFAULT '',"
                            " PRIMARY KEY (scope_id, tool)) WITHOUT ROWID")},
            {}};
}

bool runStep(QSqlDatabase &database, const Migration &step, QString *error)
{
    Transaction transaction(database);
    auto fail = [&](const QString &why) {
        if (error)
            *error = QStringLiteral("schema step %1 (%2): %3").arg(step.version).arg(step.summary, why);
        return false;
    };
    if (!transaction.isActive())
        return fail(transaction.errorText());
    QSqlQuery query(database);
    for (const QString &sql : step.statements) {
        if (!query.exec(sql))
            return fail(query.lastError().text());
    }
    QString applyError;
    if (step.apply && !step.apply(database, &applyError))
        return fail(applyError);
    if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(step.version)))
        return fail(query.lastError().text());
    query.finish();
    if (!transaction.commit())
        return fail(transaction.errorText());
    return true;
}

} // namespace

const QList<Migration> &all()
{
    // Append new versions at the end; never edit a released entry.
    static const QList<Migration> steps = {
        version1(),
    };
    return steps;
}

int latestVersion()
{
    return all().isEmpty() ? 0 : all().constLast().version;
}

int readVersion(const QSqlDatabase &database, QString *error)
{
    QSqlQuery query(database);
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
        return query.value(0).toInt();
    if (error)
        *error = query.lastError().text();
    return -1;
}

bool migrate(QSqlDatabase &database, int targetVersion, QString *error,
             const QList<Migration> &steps)
{
    const int current = readVersion(database, error);
    if (current < 0)
        return false;
    for (const Migration &step : steps) {
        if (step.version <= current || step.version > targetVersion)
            continue;
        if (!runStep(database, step, error))
            return false;
    }
    return true;
}

} // namespace sitedesk::migrations
