#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>

namespace sitedesk {

// One forward step of the cache schema. `version` is the schema version after the step.
// The statements run first, then `apply` (for data moves that SQL alone cannot express);
// both inside one transaction that also sets PRAGMA user_version, so a step is all or nothing.
struct Migration
{
    int version = 0;
    QString summary;
    QStringList statements;
    std::function<bool(QSqlDatabase &, QString *error)> apply;
};

// The ordered migrations and the runner. A tool that needs tables appends the next version
// to the list in migrations.cpp; released entries are never edited (users' caches ran them).
// Example, in all():
//     {2, QStringLiteral("drawings"),
//      {QStringLiteral("CREATE TABLE drawings (id INTEGER PRIMARY KEY, project_id INTEGER NOT NULL"
//                      " REFERENCES projects(id) ON DELETE CASCADE, number TEXT, raw TEXT)")}, {}},
// tst_cachedatabase's migratesFromEveryOlderVersion then covers the new step automatically.
namespace migrations {

// Every migration of this build, versions 1, 2, 3 … in order.
const QList<Migration> &all();
int latestVersion();

// PRAGMA user_version; -1 (and *error) when it cannot be read.
int readVersion(const QSqlDatabase &database, QString *error = nullptr);

// Runs the steps of `steps` after the database's current version up to and including
// `targetVersion`, each in its own transaction. On a failure the failed step is rolled back,
// the earlier steps stay applied, and false is returned with *error set.
bool migrate(QSqlDatabase &database, int targetVersion, QString *error = nullptr,
             const QList<Migration> &steps = all());

} // namespace migrations
} // namespace sitedesk
