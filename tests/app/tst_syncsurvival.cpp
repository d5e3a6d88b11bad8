// A project sync through the real sitedesk binary survives what a laptop on a job site does to it:
// SIGKILL at random moments (a crash, a battery, a kill from the task manager) and a disk that
// fills up mid-sync. Afterwards the cache opens, nothing synced before is gone, and the next
// sync ends with the same records as a sync that was never disturbed.
#include "cachecontents.h"
#include "clirun.h"
#include "sandboxprocess.h"

#include "cache/cachedatabase.h"

#include <QDir>
#include <QJsonArray>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

using namespace sitedesk;

namespace {

// Rows per table: what "nothing lost" is checked against.
QMap<QString, int> rowCounts(const QMap<QString, QStringList> &contents)
{
    QMap<QString, int> counts;
    for (auto it = contents.begin(); it != contents.end(); ++it)
        counts.insert(it.key(), int(it.value().size()));
    return counts;
}

} // namespace

class TestSyncSurvival : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killedSyncsEndWithTheUndisturbedCache();
    void fullDiskFailsClearlyAndKeepsTheCache();

private:
    QProcessEnvironment environment() const;
    QStringList syncArguments(const QString &dataDir, const QStringList &extra = {}) const;
    int sync(const QString &dataDir, const QStringList &extra = {});
    QMap<QString, QStringList> contentsOf(const QString &dataDir, CacheDatabase::OpenStatus *status = nullptr);

    std::unique_ptr<SandboxProcess> m_sandbox;
    QTemporaryDir m_home;
    QString m_token;
    qint64 m_companyId = 0;
    qint64 m_projectId = 0;
    QMap<QString, QStringList> m_undisturbed;
};

void TestSyncSurvival::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_sandbox = std::make_unique<SandboxProcess>(QStringList{QStringLiteral("--scale"), QStringLiteral("demo")});
    QVERIFY(m_sandbox->isRunning());
    m_token = m_sandbox->issueTokens().access;
    m_companyId = m_sandbox->get(QStringLiteral("/rest/v1.0/companies"), m_token).json().array().first().toObject().value(QStringLiteral("id")).toInteger();
    const QJsonArray projects = m_sandbox->listAll(QStringLiteral("/rest/v1.0/projects?company_id=%1").arg(m_companyId), m_token, m_companyId);
    m_projectId = projects.first().toObject().value(QStringLiteral("id")).toInteger();

    QTemporaryDir undisturbed;
    QCOMPARE(sync(undisturbed.path()), 0);
    m_undisturbed = contentsOf(undisturbed.path());
    int rows = 0;
    for (const QStringList &table : std::as_const(m_undisturbed))
        rows += int(table.size());
    QVERIFY2(rows > 1000, "the demo project should give the sync real work");
}

QProcessEnvironment TestSyncSurvival::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SITEDESK_ACCESS_TOKEN"), m_token);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    return env;
}

QStringList TestSyncSurvival::syncArguments(const QString &dataDir, const QStringList &extra) const
{
    return QStringList{QStringLiteral("sync"), QStringLiteral("--company"), QString::number(m_companyId), QStringLiteral("--project"),
            QString::number(m_projectId), QStringLiteral("--data-dir"), dataDir, QStringLiteral("--api-base"),
            m_sandbox->baseUrl().toString(), QStringLiteral("--login-base"), m_sandbox->baseUrl().toString()} + extra;
}

int TestSyncSurvival::sync(const QString &dataDir, const QStringList &extra)
{
    QProcess process;
    process.setProcessEnvironment(environment());
    process.start(sitedeskPath(), syncArguments(dataDir, extra));
    if (!process.waitForFinished(240000))
        return -1;
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

QMap<QString, QStringList> TestSyncSurvival::contentsOf(const QString &dataDir, CacheDatabase::OpenStatus *status)
{
    CacheDatabase cache(QDir(dataDir).filePath(QStringLiteral("sitedesk.sqlite")));
    const CacheDatabase::OpenStatus opened = cache.open();
    if (status)
        *status = opened;
    return cacheContents(cache);
}

void TestSyncSurvival::killedSyncsEndWithTheUndisturbedCache()
{
    QTemporaryDir data;
    QRandomGenerator random(20261129);   // the same moments on every run: a failure can be replayed
    QMap<QString, int> before;
    int kills = 0;
    // A slow network (every answer 40 ms late) keeps even a resumed sync running long enough for
    // the kills to land inside it, on a fast machine as on a busy one.
    m_sandbox->postJson(QStringLiteral("/__admin/faults"), {{QStringLiteral("latency_ms"), 40}});
    for (int attempt = 0; attempt < 12 && kills < 4; ++attempt) {
        QProcess process;
        process.setProcessEnvironment(environment());
        process.start(sitedeskPath(), syncArguments(data.path()));
        QVERIFY(process.waitForStarted());
        const int moment = 30 + int(random.bounded(400));
        if (process.waitForFinished(moment))
            continue;   // it finished before the kill: nothing to survive this time
        ::kill(pid_t(process.processId()), SIGKILL);
        process.waitForFinished();
        ++kills;

        CacheDatabase::OpenStatus status = CacheDatabase::OpenStatus::Failed;
        const QMap<QString, int> after = rowCounts(contentsOf(data.path(), &status));
        QVERIFY2(status == CacheDatabase::OpenStatus::Opened || (before.isEmpty() && status == CacheDatabase::OpenStatus::Created),
                 qPrintable(QStringLiteral("after a kill at %1 ms the cache did not open as it was").arg(moment)));
        for (auto it = before.begin(); it != before.end(); ++it)
            QVERIFY2(after.value(it.key()) >= it.value(), qPrintable(QStringLiteral("%1 lost rows in the kill at %2 ms: %3 → %4")
                                                                   .arg(it.key()).arg(moment).arg(it.value()).arg(after.value(it.key()))));
        before = after;
    }
    m_sandbox->postJson(QStringLiteral("/__admin/faults"), {{QStringLiteral("latency_ms"), 0}});
    QVERIFY2(kills >= 3, qPrintable(QStringLiteral("only %1 kills landed while a sync ran").arg(kills)));
    QCOMPARE(sync(data.path()), 0);
    const QString difference = cacheDifference(m_undisturbed, contentsOf(data.path()));
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

void TestSyncSurvival::fullDiskFailsClearlyAndKeepsTheCache()
{
    // A real full disk: a 1 MiB tmpfs in a private mount namespace holds the cache while the
    // project syncs (the demo project needs several MB).
    if (QProcess::execute(QStringLiteral("unshare"), {QStringLiteral("-rm"), QStringLiteral("true")}) != 0)
        QSKIP("this machine does not allow private mount namespaces (unshare -rm), so no small disk can be made");
    QTemporaryDir data;
    QTemporaryDir mountPoint;
    QCOMPARE(sync(data.path(), {QStringLiteral("--tools"), QStringLiteral("companies,projects")}), 0);
    const QMap<QString, QStringList> before = contentsOf(data.path());

    // Inside the namespace: mount, copy the cache in, sync, copy whatever is left back out.
    const QString script = QStringLiteral(
        "mount -t tmpfs -o size=1m tmpfs \"$1\" && cp \"$2\"/sitedesk.sqlite* \"$1\"/ || exit 99\n"
        "shift 2; app=$1; shift; \"$app\" \"$@\"; rc=$?\n"
        "rm -f \"$DATA\"/sitedesk.sqlite*; cp \"$MNT\"/sitedesk.sqlite* \"$DATA\"/; exit $rc");
    QProcess small;
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("DATA"), data.path());
    env.insert(QStringLiteral("MNT"), mountPoint.path());
    small.setProcessEnvironment(env);
    QStringList arguments{QStringLiteral("-rm"), QStringLiteral("sh"), QStringLiteral("-c"), script, QStringLiteral("sh"),
                          mountPoint.path(), data.path(), sitedeskPath()};
    small.start(QStringLiteral("unshare"), arguments + syncArguments(mountPoint.path()));
    QVERIFY(small.waitForFinished(240000));
    const QByteArray errors = small.readAllStandardError();
    QVERIFY2(small.exitCode() != 99, errors.constData());
    qInfo().noquote() << "the user reads:" << errors.trimmed();
    QCOMPARE(small.exitCode(), 1);
    QVERIFY2(errors.contains("The disk is full"), errors.constData());

    CacheDatabase::OpenStatus status = CacheDatabase::OpenStatus::Failed;
    const QMap<QString, QStringList> after = contentsOf(data.path(), &status);
    QCOMPARE(status, CacheDatabase::OpenStatus::Opened);
    QCOMPARE(after.value(QStringLiteral("projects")), before.value(QStringLiteral("projects")));
    QCOMPARE(after.value(QStringLiteral("companies")), before.value(QStringLiteral("companies")));

    // With room again the next sync completes.
    QCOMPARE(sync(data.path()), 0);
    const QString difference = cacheDifference(m_undisturbed, contentsOf(data.path()));
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

QTEST_GUILESS_MAIN(TestSyncSurvival)
#include "tst_syncsurvival.moc"
