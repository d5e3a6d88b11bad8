// The CLI's Budget commands end to end: the real sitedesk binary against the sandbox.
#include "clirun.h"
#include "sandboxprocess.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

namespace {

using Run = CliRun;

QString number(qint64 id) { return QString::number(id); }

} // namespace

class TestBudgetCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void exportGivesTheChosenViewsRowsExactly();
    void exportWithoutViewGivesTheFirstView();
    void exportsModificationsDirectCostsAndViews();
    void csvHasOneLinePerRow();
    void unknownViewFailsClearly();
    void viewOptionIsOnlyForBudget();

private:
    Run run(const QStringList &arguments, const QString &token = {});
    QStringList exportArgs(const QString &tool) const;
    QJsonArray exportJson(const QStringList &arguments);

    std::unique_ptr<SandboxProcess> m_sandbox;
    QString m_token;
    qint64 m_companyId = 0;
    qint64 m_projectId = 0;
    QJsonArray m_views;
    QTemporaryDir m_home;
    QTemporaryDir m_data;
};

void TestBudgetCli::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_sandbox = std::make_unique<SandboxProcess>(QStringList{QStringLiteral("--scale"), QStringLiteral("tiny")});
    QVERIFY(m_sandbox->isRunning());
    m_token = m_sandbox->issueTokens().access;
    m_companyId = m_sandbox->get(QStringLiteral("/rest/v1.0/companies"), m_token).json().array().first().toObject().value(QStringLiteral("id")).toInteger();
    m_projectId = m_sandbox->listAll(QStringLiteral("/rest/v1.0/projects?company_id=%1").arg(m_companyId), m_token, m_companyId)
                      .first().toObject().value(QStringLiteral("id")).toInteger();
    m_views = m_sandbox->listAll(QStringLiteral("/rest/v1.0/budget_views?project_id=%1").arg(m_projectId), m_token, m_companyId);
    QVERIFY(m_views.size() >= 2);

    const Run sync = run({QStringLiteral("sync"), QStringLiteral("--company"), number(m_companyId), QStringLiteral("--project"),
                          number(m_projectId), QStringLiteral("--tools"), QStringLiteral("budget"), QStringLiteral("--data-dir"), m_data.path(),
                          QStringLiteral("--api-base"), m_sandbox->baseUrl().toString(), QStringLiteral("--login-base"), m_sandbox->baseUrl().toString()},
                         m_token);
    QVERIFY2(sync.exitCode == 0, sync.err.constData());
    QVERIFY(sync.out.isEmpty());
}

Run TestBudgetCli::run(const QStringList &arguments, const QString &token)
{
    return runSitedesk(arguments, m_home.path(), token);
}

QStringList TestBudgetCli::exportArgs(const QString &tool) const
{
    return {QStringLiteral("export"), QStringLiteral("--tool"), tool, QStringLiteral("--project"), number(m_projectId),
            QStringLiteral("--data-dir"), m_data.path()};
}

QJsonArray TestBudgetCli::exportJson(const QStringList &arguments)
{
    const Run result = run(arguments);
    if (result.exitCode != 0)
        qWarning("%s", result.err.constData());
    return QJsonDocument::fromJson(result.out).array();
}

void TestBudgetCli::exportGivesTheChosenViewsRowsExactly()
{
    for (const QJsonValue &view : std::as_const(m_views)) {
        const qint64 viewId = view.toObject().value(QStringLiteral("id")).toInteger();
        const QJsonArray exported = exportJson(exportArgs(QStringLiteral("budget")) << QStringLiteral("--view") << number(viewId));
        const QJsonArray expected = m_sandbox->listAll(QStringLiteral("/rest/v1.0/budget_views/%1/detail_rows?project_id=%2").arg(viewId).arg(m_projectId),
                                                       m_token, m_companyId);
        QCOMPARE(exported.size(), expected.size());
        QVERIFY(!exported.isEmpty());
        for (qsizetype i = 0; i < exported.size(); ++i)
            QCOMPARE(exported.at(i).toObject(), expected.at(i).toObject());   // Procore's fields and values, verbatim
    }
}

void TestBudgetCli::exportWithoutViewGivesTheFirstView()
{
    qint64 lowest = 0;
    for (const QJsonValue &view : std::as_const(m_views)) {
        const qint64 id = view.toObject().value(QStringLiteral("id")).toInteger();
        lowest = lowest == 0 ? id : std::min(lowest, id);
    }
    const QJsonArray byDefault = exportJson(exportArgs(QStringLiteral("budget")));
    const QJsonArray first = exportJson(exportArgs(QStringLiteral("budget")) << QStringLiteral("--view") << number(lowest));
    QVERIFY(!byDefault.isEmpty());
    QCOMPARE(byDefault, first);
}

void TestBudgetCli::exportsModificationsDirectCostsAndViews()
{
    const auto expect = [&](const QString &tool, const QString &path) {
        const QJsonArray exported = exportJson(exportArgs(tool));
        const QJsonArray expected = m_sandbox->listAll(path, m_token, m_companyId);
        QCOMPARE(exported.size(), expected.size());
        QVERIFY(!exported.isEmpty());
    };
    expect(QStringLiteral("budget_views"), QStringLiteral("/rest/v1.0/budget_views?project_id=%1").arg(m_projectId));
    expect(QStringLiteral("budget_modifications"), QStringLiteral("/rest/v1.0/projects/%1/budget_modifications").arg(m_projectId));
    expect(QStringLiteral("direct_costs"), QStringLiteral("/rest/v1.1/projects/%1/direct_costs").arg(m_projectId));
}

void TestBudgetCli::csvHasOneLinePerRow()
{
    const Run csv = run(exportArgs(QStringLiteral("budget")) << QStringLiteral("--format") << QStringLiteral("csv"));
    QCOMPARE(csv.exitCode, 0);
    const QJsonArray rows = exportJson(exportArgs(QStringLiteral("budget")));
    const QList<QByteArray> lines = csv.out.trimmed().split('\n');
    QCOMPARE(lines.size(), rows.size() + 1);
    QVERIFY(lines.first().startsWith("id,"));
    QVERIFY(lines.first().contains("original_budget_amount"));
}

void TestBudgetCli::unknownViewFailsClearly()
{
    const Run result = run(exportArgs(QStringLiteral("budget")) << QStringLiteral("--view") << QStringLiteral("42"));
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.out.isEmpty());
    QVERIFY(result.err.contains("42"));
    const Run notANumber = run(exportArgs(QStringLiteral("budget")) << QStringLiteral("--view") << QStringLiteral("standard"));
    QCOMPARE(notANumber.exitCode, 2);
}

void TestBudgetCli::viewOptionIsOnlyForBudget()
{
    const Run result = run(exportArgs(QStringLiteral("direct_costs")) << QStringLiteral("--view") << QStringLiteral("1"));
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.err.contains("--view"));
    // Existing flags still work as before.
    QCOMPARE(run({QStringLiteral("export"), QStringLiteral("--tool"), QStringLiteral("companies"), QStringLiteral("--data-dir"), m_data.path()}).exitCode, 0);
}

QTEST_GUILESS_MAIN(TestBudgetCli)
#include "tst_budgetcli.moc"
