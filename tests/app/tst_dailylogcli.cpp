// The CLI's Daily Log commands end to end: the real sitedesk binary against the sandbox.
#include "clirun.h"
#include "sandboxprocess.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

namespace {

using Run = CliRun;

QString number(qint64 id) { return QString::number(id); }

const QStringList logTypes = {QStringLiteral("manpower_logs"), QStringLiteral("notes_logs"), QStringLiteral("weather_logs"),
                              QStringLiteral("equipment_logs"), QStringLiteral("delivery_logs"), QStringLiteral("call_logs"),
                              QStringLiteral("inspection_logs"), QStringLiteral("safety_violation_logs"), QStringLiteral("accident_logs"),
                              QStringLiteral("productivity_logs"), QStringLiteral("work_logs"),
                              QStringLiteral("daily_construction_report_logs"), QStringLiteral("visitor_logs"),
                              QStringLiteral("quantity_logs"), QStringLiteral("waste_logs"), QStringLiteral("dumpster_logs"),
                              QStringLiteral("plan_revision_logs"), QStringLiteral("timecard_entries")};

} // namespace

class TestDailyLogCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void exportGivesEveryCachedEntryVerbatimWithItsType();
    void fromToAndTypeNarrowTheExport();
    void csvHasAHeaderAndTheEntries();
    void badDailyLogOptionsAreUsageErrors();

private:
    Run run(const QStringList &arguments, const QString &token = {});
    QStringList exportArgs() const;
    QJsonArray sandboxEntries(const QString &type, const QString &from, const QString &to);

    std::unique_ptr<SandboxProcess> m_sandbox;
    QString m_token;
    qint64 m_companyId = 0;
    qint64 m_projectId = 0;
    QTemporaryDir m_home;
    QTemporaryDir m_data;
};

void TestDailyLogCli::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_sandbox = std::make_unique<SandboxProcess>(QStringList{QStringLiteral("--scale"), QStringLiteral("tiny")});
    QVERIFY(m_sandbox->isRunning());
    m_token = m_sandbox->issueTokens().access;
    m_companyId = m_sandbox->get(QStringLiteral("/rest/v1.0/companies"), m_token).json().array().first().toObject().value(QStringLiteral("id")).toInteger();
    m_projectId = m_sandbox->listAll(QStringLiteral("/rest/v1.0/projects?company_id=%1").arg(m_companyId), m_token, m_companyId)
                      .first().toObject().value(QStringLiteral("id")).toInteger();
    const Run sync = run({QStringLiteral("sync"), QStringLiteral("--company"), number(m_companyId), QStringLiteral("--project"),
                          number(m_projectId), QStringLiteral("--tools"), QStringLiteral("daily_log"), QStringLiteral("--data-dir"), m_data.path(),
                          QStringLiteral("--api-base"), m_sandbox->baseUrl().toString(), QStringLiteral("--login-base"), m_sandbox->baseUrl().toString()},
                         m_token);
    QVERIFY2(sync.exitCode == 0, sync.err.constData());
    QVERIFY(sync.out.isEmpty());
}

Run TestDailyLogCli::run(const QStringList &arguments, const QString &token)
{
    return runSitedesk(arguments, m_home.path(), token);
}

QStringList TestDailyLogCli::exportArgs() const
{
    return {QStringLiteral("export"), QStringLiteral("--tool"), QStringLiteral("daily_log"), QStringLiteral("--project"), number(m_projectId),
            QStringLiteral("--data-dir"), m_data.path()};
}

QJsonArray TestDailyLogCli::sandboxEntries(const QString &type, const QString &from, const QString &to)
{
    return m_sandbox->listAll(QStringLiteral("/rest/v1.0/projects/%1/%2?start_date=%3&end_date=%4").arg(m_projectId).arg(type, from, to),
                              m_token, m_companyId);
}

void TestDailyLogCli::exportGivesEveryCachedEntryVerbatimWithItsType()
{
    const Run result = run(exportArgs());
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QJsonArray exported = QJsonDocument::fromJson(result.out).array();
    QHash<QString, QJsonObject> byKey;
    for (const QJsonValue &value : exported) {
        QJsonObject record = value.toObject();
        const QString type = record.take(QStringLiteral("log_type")).toString();
        QVERIFY(logTypes.contains(type));
        byKey.insert(type + QString::number(record.value(QStringLiteral("id")).toInteger()), record);
    }
    int expected = 0;
    for (const QString &type : logTypes) {
        for (const QJsonValue &value : sandboxEntries(type, QStringLiteral("1990-01-01"), QStringLiteral("2030-12-31"))) {
            const QJsonObject entry = value.toObject();
            QCOMPARE(byKey.value(type + QString::number(entry.value(QStringLiteral("id")).toInteger())), entry);   // Procore's fields, verbatim
            ++expected;
        }
    }
    QVERIFY(expected > 50);
    QCOMPARE(int(exported.size()), expected);
    // Ordered by day.
    for (qsizetype i = 1; i < exported.size(); ++i)
        QVERIFY(exported.at(i - 1).toObject().value(QStringLiteral("date")).toString() <= exported.at(i).toObject().value(QStringLiteral("date")).toString());
}

void TestDailyLogCli::fromToAndTypeNarrowTheExport()
{
    const QString from = QStringLiteral("2025-12-15");
    const QString to = QStringLiteral("2025-12-21");
    const Run result = run(exportArgs() << QStringLiteral("--from") << from << QStringLiteral("--to") << to << QStringLiteral("--type")
                                        << QStringLiteral("manpower"));
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QJsonArray exported = QJsonDocument::fromJson(result.out).array();
    QVERIFY(!exported.isEmpty());
    QCOMPARE(exported.size(), sandboxEntries(QStringLiteral("manpower_logs"), from, to).size());
    for (const QJsonValue &value : exported) {
        const QJsonObject record = value.toObject();
        QCOMPARE(record.value(QStringLiteral("log_type")).toString(), QStringLiteral("manpower_logs"));
        const QString date = record.value(QStringLiteral("date")).toString();
        QVERIFY2(date >= from && date <= to, qPrintable(date));
    }
    // One day, every type.
    const Run day = run(exportArgs() << QStringLiteral("--from") << to << QStringLiteral("--to") << to);
    int expected = 0;
    for (const QString &type : logTypes)
        expected += int(sandboxEntries(type, to, to).size());
    QCOMPARE(int(QJsonDocument::fromJson(day.out).array().size()), expected);
}

void TestDailyLogCli::csvHasAHeaderAndTheEntries()
{
    const Run result = run(exportArgs() << QStringLiteral("--type") << QStringLiteral("notes") << QStringLiteral("--format") << QStringLiteral("csv"));
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QByteArray header = result.out.left(result.out.indexOf('\n'));
    QVERIFY(header.contains("log_type"));
    QVERIFY(header.contains("comment"));
    QVERIFY(result.out.contains("notes_logs"));
}

void TestDailyLogCli::badDailyLogOptionsAreUsageErrors()
{
    QCOMPARE(run(exportArgs() << QStringLiteral("--from") << QStringLiteral("2025-13-01")).exitCode, 2);
    QCOMPARE(run(exportArgs() << QStringLiteral("--type") << QStringLiteral("budget")).exitCode, 2);
    QCOMPARE(run(exportArgs() << QStringLiteral("--from") << QStringLiteral("2025-12-10") << QStringLiteral("--to") << QStringLiteral("2025-12-01")).exitCode, 2);
    const Run wrongTool = run({QStringLiteral("export"), QStringLiteral("--tool"), QStringLiteral("companies"), QStringLiteral("--from"),
                               QStringLiteral("2025-12-01"), QStringLiteral("--data-dir"), m_data.path()});
    QCOMPARE(wrongTool.exitCode, 2);
    QVERIFY(wrongTool.err.contains("daily_log"));
    QVERIFY(wrongTool.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestDailyLogCli)
#include "tst_dailylogcli.moc"
