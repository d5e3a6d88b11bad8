// The CLI's Submittals commands end to end: the real sitedesk binary against the sandbox.
#include "clirun.h"
#include "sandboxprocess.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

namespace {

using Run = CliRun;

QString number(qint64 id) { return QString::number(id); }

} // namespace

class TestSubmittalsCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void syncAndExportGiveProcoresSubmittalsVerbatim();
    void helpNamesSubmittals();

private:
    Run run(const QStringList &arguments, const QString &token = {});

    std::unique_ptr<SandboxProcess> m_sandbox;
    QString m_token;
    qint64 m_companyId = 0;
    qint64 m_projectId = 0;
    QTemporaryDir m_home;
    QTemporaryDir m_data;
};

void TestSubmittalsCli::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_sandbox = std::make_unique<SandboxProcess>(QStringList{QStringLiteral("--scale"), QStringLiteral("tiny")});
    QVERIFY(m_sandbox->isRunning());
    m_token = m_sandbox->issueTokens().access;
    m_companyId = m_sandbox->get(QStringLiteral("/rest/v1.0/companies"), m_token).json().array().first().toObject().value(QStringLiteral("id")).toInteger();
    m_projectId = m_sandbox->listAll(QStringLiteral("/rest/v1.0/projects?company_id=%1").arg(m_companyId), m_token, m_companyId)
                      .first().toObject().value(QStringLiteral("id")).toInteger();
}

Run TestSubmittalsCli::run(const QStringList &arguments, const QString &token)
{
    return runSitedesk(arguments, m_home.path(), token);
}

void TestSubmittalsCli::syncAndExportGiveProcoresSubmittalsVerbatim()
{
    const Run sync = run({QStringLiteral("sync"), QStringLiteral("--company"), number(m_companyId), QStringLiteral("--project"),
                          number(m_projectId), QStringLiteral("--tools"), QStringLiteral("submittals"), QStringLiteral("--data-dir"), m_data.path(),
                          QStringLiteral("--api-base"), m_sandbox->baseUrl().toString(), QStringLiteral("--login-base"), m_sandbox->baseUrl().toString()},
                         m_token);
    QVERIFY2(sync.exitCode == 0, sync.err.constData());
    const Run exported = run({QStringLiteral("export"), QStringLiteral("--tool"), QStringLiteral("submittals"), QStringLiteral("--project"),
                              number(m_projectId), QStringLiteral("--data-dir"), m_data.path(), QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(exported.exitCode == 0, exported.err.constData());
    const QJsonArray records = QJsonDocument::fromJson(exported.out).array();
    const QJsonArray expected = m_sandbox->listAll(QStringLiteral("/rest/v1.1/projects/%1/submittals").arg(m_projectId), m_token, m_companyId);
    QVERIFY(!expected.isEmpty());
    QCOMPARE(records.size(), expected.size());
    QHash<qint64, QJsonObject> byId;
    for (const QJsonValue &value : expected)
        byId.insert(value.toObject().value(QStringLiteral("id")).toInteger(), value.toObject());
    for (const QJsonValue &value : records) {
        const QJsonObject record = value.toObject();
        QCOMPARE(record, byId.value(record.value(QStringLiteral("id")).toInteger()));   // Procore's own field names and values
        QVERIFY(record.value(QStringLiteral("status")).isObject());
        QVERIFY(record.contains(QStringLiteral("ball_in_court")));
    }
}

void TestSubmittalsCli::helpNamesSubmittals()
{
    const Run help = run({QStringLiteral("sync"), QStringLiteral("--help")});
    const QString text = QString::fromUtf8(help.out + help.err);
    QVERIFY2(text.count(QStringLiteral("submittals")) >= 2, qPrintable(text));   // in --tools and in --tool
}

QTEST_GUILESS_MAIN(TestSubmittalsCli)
#include "tst_submittalscli.moc"
