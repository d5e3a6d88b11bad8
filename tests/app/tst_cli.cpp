// The headless command line end to end: the real sitedesk binary against the sandbox.
#include "clirun.h"
#include "sandboxprocess.h"

#include "cache/cachedatabase.h"
#include "outbox/outboxstore.h"

#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

namespace {

using Run = CliRun;

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void versionPrintsTheVersion();
    void usageErrorsExitWithTwo();
    void syncThenExportGivesTheSandboxProjectsExactly();
    void exportCsvHasOneRowPerProject();
    void companiesListsTheAccountsCompanies();
    void unreachableServerFailsWithOneLine();
    void exportWithoutCacheFailsClearly();
    void killedSyncKeepsPreviousData();
    void syncSendsChangesMadeOfflineFirst();
    void fullSyncReadsAgainWhatIsReadEverySixHours();

private:
    Run run(const QStringList &arguments, const QString &token = {});
    QStringList serverArgs() const;

    std::unique_ptr<SandboxProcess> m_sandbox;
    QString m_token;
    qint64 m_companyId = 0;
    QTemporaryDir m_home;
};

void TestCli::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_sandbox = std::make_unique<SandboxProcess>(QStringList{QStringLiteral("--scale"), QStringLiteral("demo")});
    QVERIFY(m_sandbox->isRunning());
    m_token = m_sandbox->issueTokens().access;
    QVERIFY(!m_token.isEmpty());
    const QJsonArray companies = m_sandbox->get(QStringLiteral("/rest/v1.0/companies"), m_token).json().array();
    QVERIFY(!companies.isEmpty());
    m_companyId = companies.first().toObject().value(QStringLiteral("id")).toInteger();
}

Run TestCli::run(const QStringList &arguments, const QString &token)
{
    return runSitedesk(arguments, m_home.path(), token);
}

QStringList TestCli::serverArgs() const
{
    return {QStringLiteral("--api-base"), m_sandbox->baseUrl().toString(),
            QStringLiteral("--login-base"), m_sandbox->baseUrl().toString()};
}

void TestCli::versionPrintsTheVersion()
{
    const Run result = run({QStringLiteral("--version")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.startsWith("sitedesk " SITEDESK_VERSION));
}

void TestCli::usageErrorsExitWithTwo()
{
    QCOMPARE(run({QStringLiteral("sync")}).exitCode, 2);   // no --company
    QCOMPARE(run({QStringLiteral("sync"), QStringLiteral("--company"), QStringLiteral("abc")}).exitCode, 2);
    QCOMPARE(run({QStringLiteral("sync"), QStringLiteral("--company"), QStringLiteral("1"), QStringLiteral("--tools"), QStringLiteral("nonsense")}).exitCode, 2);
    const Run badFormat = run({QStringLiteral("export"), QStringLiteral("--tool"), QStringLiteral("projects"), QStringLiteral("--company"), QStringLiteral("1"), QStringLiteral("--format"), QStringLiteral("xml")});
    QCOMPARE(badFormat.exitCode, 2);
    QVERIFY(badFormat.err.contains("--format"));
    QVERIFY(badFormat.out.isEmpty());
}

void TestCli::syncThenExportGivesTheSandboxProjectsExactly()
{
    QTemporaryDir data;
    const QString company = QString::number(m_companyId);
    const Run sync = run(QStringList{QStringLiteral("sync"), QStringLiteral("--company"), company,
                                     QStringLiteral("--data-dir"), data.path()} + serverArgs(), m_token);
    QVERIFY2(sync.exitCode == 0, sync.err.constData());
    QVERIFY(sync.out.isEmpty());           // data on stdout only when asked for
    QVERIFY(sync.err.contains("%]"));      // progress on stderr

    const Run exported = run({QStringLiteral("export"), QStringLiteral("--company"), company, QStringLiteral("--tool"),
                              QStringLiteral("projects"), QStringLiteral("--format"), QStringLiteral("json"),
                              QStringLiteral("--data-dir"), data.path()});
    QVERIFY2(exported.exitCode == 0, exported.err.constData());
    QJsonParseError error;
    const QJsonArray records = QJsonDocument::fromJson(exported.out, &error).array();
    QCOMPARE(error.error, QJsonParseError::NoError);

    QJsonArray expected = m_sandbox->listAll(QStringLiteral("/rest/v1.0/projects?company_id=%1").arg(m_companyId), m_token, m_companyId);
    QCOMPARE(records.size(), expected.size());
    // Same records, field for field (the export is ordered by name; compare as sets by id).
    QMap<qint64, QJsonObject> byId;
    for (const QJsonValue &value : expected)
        byId.insert(value.toObject().value(QStringLiteral("id")).toInteger(), value.toObject());
    for (const QJsonValue &value : records) {
        const QJsonObject record = value.toObject();
        const qint64 id = record.value(QStringLiteral("id")).toInteger();
        QVERIFY2(byId.contains(id), qPrintable(QString::number(id)));
        QCOMPARE(record, byId.value(id));
    }
}

void TestCli::exportCsvHasOneRowPerProject()
{
    QTemporaryDir data;
    const QString company = QString::number(m_companyId);
    QCOMPARE(run(QStringList{QStringLiteral("sync"), QStringLiteral("--company"), company, QStringLiteral("--tools"),
                             QStringLiteral("projects"), QStringLiteral("--data-dir"), data.path()} + serverArgs(), m_token).exitCode, 0);
    const Run csv = run({QStringLiteral("export"), QStringLiteral("--company"), company, QStringLiteral("--tool"),
                         QStringLiteral("projects"), QStringLiteral("--format"), QStringLiteral("csv"),
                         QStringLiteral("--data-dir"), data.path()});
    QCOMPARE(csv.exitCode, 0);
    const QJsonArray expected = m_sandbox->listAll(QStringLiteral("/rest/v1.0/projects?company_id=%1").arg(m_companyId), m_token, m_companyId);
    const QList<QByteArray> lines = csv.out.trimmed().split('\n');
    QVERIFY(lines.first().startsWith("id,"));
    // Names may hold commas or line breaks only inside quotes; the sandbox's do not break lines.
    QCOMPARE(lines.size() - 1, expected.size());
    QVERIFY(QString::fromUtf8(csv.out).contains(expected.first().toObject().value(QStringLiteral("name")).toString()));
}

void TestCli::companiesListsTheAccountsCompanies()
{
    QTemporaryDir data;
    const Run result = run(QStringList{QStringLiteral("companies"), QStringLiteral("--data-dir"), data.path()} + serverArgs(), m_token);
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QJsonArray companies = m_sandbox->get(QStringLiteral("/rest/v1.0/companies"), m_token).json().array();
    QCOMPARE(result.out.trimmed().split('\n').size(), companies.size());
    QVERIFY(result.out.contains(QByteArray::number(m_companyId)));
}

void TestCli::unreachableServerFailsWithOneLine()
{
    QTemporaryDir data;
    const Run result = run({QStringLiteral("sync"), QStringLiteral("--company"), QStringLiteral("1"), QStringLiteral("--data-dir"), data.path(),
                            QStringLiteral("--api-base"), QStringLiteral("http://127.0.0.1:9"), QStringLiteral("--login-base"), QStringLiteral("http://127.0.0.1:9")},
                           m_token);
    QCOMPARE(result.exitCode, 1);
    const QList<QByteArray> lines = result.err.trimmed().split('\n');
    QVERIFY2(lines.last().startsWith("sitedesk: "), result.err.constData());
    QVERIFY(lines.last().contains("network") || lines.last().contains("reached"));
}

void TestCli::exportWithoutCacheFailsClearly()
{
    const Run result = run(QStringList{QStringLiteral("export"), QStringLiteral("--tool"), QStringLiteral("companies"),
                                       QStringLiteral("--api-base"), QStringLiteral("http://127.0.0.1:7")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.err.contains("sitedesk sync"));
}

void TestCli::killedSyncKeepsPreviousData()
{
    QTemporaryDir data;
    const QString company = QString::number(m_companyId);
    const QStringList syncArgs = QStringList{QStringLiteral("sync"), QStringLiteral("--company"), company,
                                             QStringLiteral("--data-dir"), data.path()} + serverArgs();
    QCOMPARE(run(syncArgs, m_token).exitCode, 0);
    const QByteArray before = run({QStringLiteral("export"), QStringLiteral("--company"), company, QStringLiteral("--tool"),
                                   QStringLiteral("projects"), QStringLiteral("--data-dir"), data.path()}).out;

    // A slow server, and a SIGKILL while the second sync runs.
    for (int attempt = 0; attempt < 3; ++attempt) {
        m_sandbox->postJson(QStringLiteral("/__admin/faults"), {{QStringLiteral("latency_ms"), 150 * (attempt + 1)}});
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SITEDESK_ACCESS_TOKEN"), m_token);
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        process.setProcessEnvironment(env);
        process.start(sitedeskPath(), syncArgs);
        QVERIFY(process.waitForStarted());
        QTest::qWait(100 + 120 * attempt);
        ::kill(pid_t(process.processId()), SIGKILL);
        process.waitForFinished();
    }
    m_sandbox->clearFaults();
    m_sandbox->postJson(QStringLiteral("/__admin/faults"), {{QStringLiteral("latency_ms"), 0}});

    const Run after = run({QStringLiteral("export"), QStringLiteral("--company"), company, QStringLiteral("--tool"),
                           QStringLiteral("projects"), QStringLiteral("--data-dir"), data.path()});
    QCOMPARE(after.exitCode, 0);
    QCOMPARE(after.out, before);
    QCOMPARE(run(syncArgs, m_token).exitCode, 0);   // and the next sync completes
}

void TestCli::syncSendsChangesMadeOfflineFirst()
{
    // A note written in the window with no network waits in the cache's outbox.
    QTemporaryDir data;
    const qint64 project = Q_INT64_C(562949953600000);
    const QString comment = QStringLiteral("Written offline, sent by the CLI – ½ day");
    {
        sitedesk::CacheDatabase cache(data.filePath(QStringLiteral("sitedesk.sqlite")));
        QCOMPARE(cache.open(), sitedesk::CacheDatabase::OpenStatus::Created);
        sitedesk::OutboxEntry entry;
        entry.companyId = m_companyId;
        entry.projectId = project;
        entry.tool = QStringLiteral("daily_log");
        entry.method = QStringLiteral("POST");
        entry.path = QStringLiteral("/rest/v1.0/projects/%1/notes_logs").arg(project);
        entry.itemKey = QStringLiteral("notes_logs:new-1");
        entry.body = QJsonObject{{QStringLiteral("notes_log"), QJsonObject{{QStringLiteral("comment"), comment},
                                                                          {QStringLiteral("date"), QStringLiteral("2026-01-05")}}}};
        QVERIFY(sitedesk::OutboxStore(cache).add(entry) != 0);
    }
    const Run sync = run(QStringList{QStringLiteral("sync"), QStringLiteral("--company"), QString::number(m_companyId),
                                     QStringLiteral("--data-dir"), data.path()} + serverArgs(), m_token);
    QVERIFY2(sync.exitCode == 0, sync.err.constData());
    QVERIFY2(sync.err.contains("Sent 1 change"), sync.err.constData());
    const QJsonArray notes = m_sandbox->listAll(QStringLiteral("/rest/v1.0/projects/%1/notes_logs?log_date=2026-01-05").arg(project), m_token, m_companyId);
    const bool arrived = std::any_of(notes.begin(), notes.end(), [&](const QJsonValue &note) {
        return note.toObject().value(QStringLiteral("comment")).toString() == comment;
    });
    QVERIFY(arrived);
    sitedesk::CacheDatabase cache(data.filePath(QStringLiteral("sitedesk.sqlite")));
    QCOMPARE(cache.open(), sitedesk::CacheDatabase::OpenStatus::Opened);
    QCOMPARE(sitedesk::OutboxStore(cache).count(), 0);
}

void TestCli::fullSyncReadsAgainWhatIsReadEverySixHours()
{
    QTemporaryDir data;
    const QStringList drawingsSync = QStringList{QStringLiteral("sync"), QStringLiteral("--company"), QString::number(m_companyId),
                                                 QStringLiteral("--project"), QStringLiteral("562949953600000"), QStringLiteral("--tools"),
                                                 QStringLiteral("drawings"), QStringLiteral("--data-dir"), data.path()} + serverArgs();
    const auto listRequests = [this] {
        int requests = 0;
        const QJsonObject byPath = m_sandbox->stats().value(QStringLiteral("by_path")).toObject();
        for (auto it = byPath.begin(); it != byPath.end(); ++it)
            if (it.key().endsWith(QLatin1String("/drawings")))
                requests += it.value().toInt();
        return requests;
    };
    QCOMPARE(run(drawingsSync, m_token).exitCode, 0);
    m_sandbox->resetStats();
    Run again = run(drawingsSync, m_token);
    QVERIFY2(again.exitCode == 0, again.err.constData());
    QCOMPARE(listRequests(), 0);   // nothing changed, and the lists were read a moment ago
    m_sandbox->resetStats();
    again = run(drawingsSync + QStringList{QStringLiteral("--full")}, m_token);
    QVERIFY2(again.exitCode == 0, again.err.constData());
    QVERIFY(listRequests() > 0);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
