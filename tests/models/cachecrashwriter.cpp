// Helper for tst_crashsafety: writes to a cache until the test kills it with SIGKILL.
// Usage: cachecrashwriter <cache file>
// 1. commits 500 projects of company 3 (must survive the kill);
// 2. opens one transaction and inserts 50,000 projects of company 2 with ~1 KB of raw JSON
//    each (big enough that SQLite spills uncommitted pages into the WAL), printing "writing"
//    after 5,000 rows; the test kills it there. "finished" means it was not killed in time.
#include "cache/cachedatabase.h"
#include "cache/transaction.h"
#include "projects/projectstore.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <cstdio>

using namespace sitedesk;

namespace {

void say(const char *line)
{
    std::fputs(line, stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

bool commitSurvivors(CacheDatabase &cache)
{
    QList<Project> projects;
    for (qint64 id = 300000; id < 300500; ++id) {
        Project p;
        p.id = id;
        p.companyId = 3;
        p.name = QStringLiteral("Committed %1").arg(id);
        projects.append(p);
    }
    QString error;
    if (!ProjectStore(cache).replaceForCompany(3, projects, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return false;
    }
    return true;
}

bool writeUncommitted(CacheDatabase &cache)
{
    QSqlDatabase db = cache.connection();
    Transaction transaction(db);
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO projects (id, company_id, name, raw) VALUES (?, 2, ?, ?)"));
    const QString padding(1000, QLatin1Char('x'));
    for (qint64 id = 200000; id < 250000; ++id) {
        query.bindValue(0, id);
        query.bindValue(1, QStringLiteral("Uncommitted %1").arg(id));
        query.bindValue(2, QStringLiteral("{\"id\":%1,\"pad\":\"%2\"}").arg(id).arg(padding));
        if (!query.exec()) {
            std::fprintf(stderr, "%s\n", qPrintable(query.lastError().text()));
            return false;
        }
        if (id == 205000)
            say("writing");
    }
    say("finished");
    return transaction.commit();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 2)
        return 2;
    CacheDatabase cache(QString::fromLocal8Bit(argv[1]));
    if (cache.open() != CacheDatabase::OpenStatus::Opened)
        return 3;
    if (!commitSurvivors(cache))
        return 4;
    say("committed");
    return writeUncommitted(cache) ? 0 : 5;
}
