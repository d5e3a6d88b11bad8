#include "cache/cachedatabase.h"
#include "projects/projectstore.h"

#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace sitedesk;

namespace {

int count(CacheDatabase &cache, const QString &sql)
{
    QSqlQuery query(cache.connection());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toInt();
}

} // namespace

class TestCrashSafety final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void cacheSurvivesKillDuringBigWrite()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cache.db"));
        {
            CacheDatabase cache(path);
            QCOMPARE(cache.open(), CacheDatabase::OpenStatus::Created);
            QList<Project> projects;
            for (qint64 id = 1; id <= 1000; ++id)
                projects.append({id, 1, QStringLiteral("P%1").arg(id), {}, {}, {}, {}, true, {}, {}});
            QVERIFY(ProjectStore(cache).replaceForCompany(1, projects));
        }

        QProcess writer;
        writer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        writer.start(QStringLiteral(CACHE_CRASH_WRITER), {path});
        QVERIFY2(writer.waitForStarted(10000), qPrintable(writer.errorString()));
        QByteArray output;
        while (!output.contains("writing") && writer.state() == QProcess::Running) {
            writer.waitForReadyRead(30000);
            output += writer.readAllStandardOutput();
        }
        QVERIFY2(output.contains("writing"), output.constData());
        writer.kill(); // SIGKILL on Unix: no destructors, no rollback, WAL left as it is
        QVERIFY(writer.waitForFinished(10000));
        output += writer.readAllStandardOutput();
        QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
        QVERIFY2(!output.contains("finished"), "the writer finished before it was killed");
        // The killed writer never closed the cache: the next open checks every page.
        QVERIFY(QFile::exists(path + QStringLiteral(".in-use")));

        CacheDatabase cache(path);
        QCOMPARE(cache.open(), CacheDatabase::OpenStatus::Opened); // not rebuilt: nothing lost
        QSqlQuery check(cache.connection());
        QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
        QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
        QCOMPARE(count(cache, QStringLiteral("SELECT count(*) FROM projects WHERE company_id = 1")), 1000);
        QCOMPARE(count(cache, QStringLiteral("SELECT count(*) FROM projects WHERE company_id = 3")), 500);
        QCOMPARE(count(cache, QStringLiteral("SELECT count(*) FROM projects WHERE company_id = 2")), 0);
        QCOMPARE(ProjectStore(cache).find(500)->name, QStringLiteral("P500"));
        QVERIFY(ProjectStore(cache).replaceForCompany(2, {{7, 2, QStringLiteral("after"), {}, {}, {}, {}, true, {}, {}}}));
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
