// The CLI's Drawings commands end to end: the real sitedesk binary against the sandbox.
#include "clirun.h"
#include "sandboxprocess.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

namespace {

using Run = CliRun;

QString number(qint64 id) { return QString::number(id); }

} // namespace

class TestDrawingsCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void exportGivesProcoresDrawingsVerbatim();
    void exportsRevisionsSetsAndAreas();
    void offlineKeepsEverySheetOfASet();

private:
    Run run(const QStringList &arguments, const QString &token = {});
    QJsonArray exportJson(const QString &tool);

    std::unique_ptr<SandboxProcess> m_sandbox;
    QString m_token;
    qint64 m_companyId = 0;
    qint64 m_projectId = 0;
    QTemporaryDir m_home;
    QTemporaryDir m_data;
};

void TestDrawingsCli::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_sandbox = std::make_unique<SandboxProcess>(QStringList{QStringLiteral("--scale"), QStringLiteral("tiny")});
    QVERIFY(m_sandbox->isRunning());
    m_token = m_sandbox->issueTokens().access;
    m_companyId = m_sandbox->get(QStringLiteral("/rest/v1.0/companies"), m_token).json().array().first().toObject().value(QStringLiteral("id")).toInteger();
    m_projectId = m_sandbox->listAll(QStringLiteral("/rest/v1.0/projects?company_id=%1").arg(m_companyId), m_token, m_companyId)
                      .first().toObject().value(QStringLiteral("id")).toInteger();
    const Run sync = run({QStringLiteral("sync"), QStringLiteral("--company"), number(m_companyId), QStringLiteral("--project"),
                          number(m_projectId), QStringLiteral("--tools"), QStringLiteral("drawings"), QStringLiteral("--data-dir"), m_data.path(),
                          QStringLiteral("--api-base"), m_sandbox->baseUrl().toString(), QStringLiteral("--login-base"), m_sandbox->baseUrl().toString()},
                         m_token);
    QVERIFY2(sync.exitCode == 0, sync.err.constData());
}

Run TestDrawingsCli::run(const QStringList &arguments, const QString &token)
{
    return runSitedesk(arguments, m_home.path(), token);
}

QJsonArray TestDrawingsCli::exportJson(const QString &tool)
{
    const Run result = run({QStringLiteral("export"), QStringLiteral("--tool"), tool, QStringLiteral("--project"), number(m_projectId),
                            QStringLiteral("--data-dir"), m_data.path(), QStringLiteral("--format"), QStringLiteral("json")});
    if (result.exitCode != 0)
        qWarning("%s", result.err.constData());
    return QJsonDocument::fromJson(result.out).array();
}

void TestDrawingsCli::exportGivesProcoresDrawingsVerbatim()
{
    QJsonArray expected;
    for (const QJsonValue &area : m_sandbox->listAll(QStringLiteral("/rest/v1.1/projects/%1/drawing_areas").arg(m_projectId), m_token, m_companyId))
        for (const QJsonValue &drawing : m_sandbox->listAll(QStringLiteral("/rest/v1.1/drawing_areas/%1/drawings?project_id=%2")
                                                                .arg(area.toObject().value(QStringLiteral("id")).toInteger()).arg(m_projectId), m_token, m_companyId))
            expected.append(drawing);
    const QJsonArray exported = exportJson(QStringLiteral("drawings"));
    QCOMPARE(exported.size(), expected.size());
    QVERIFY(!exported.isEmpty());
    QHash<qint64, QJsonObject> byId;
    for (const QJsonValue &drawing : expected)
        byId.insert(drawing.toObject().value(QStringLiteral("id")).toInteger(), drawing.toObject());
    for (const QJsonValue &drawing : exported) {
        const QJsonObject object = drawing.toObject();
        QCOMPARE(object, byId.value(object.value(QStringLiteral("id")).toInteger()));   // Procore's names and values
        QVERIFY(object.value(QStringLiteral("current_revision")).toObject().contains(QStringLiteral("pdf_url")));
        QVERIFY(object.value(QStringLiteral("discipline")).isObject());
    }
}

void TestDrawingsCli::exportsRevisionsSetsAndAreas()
{
    QCOMPARE(exportJson(QStringLiteral("drawing_revisions")).size(),
             m_sandbox->listAll(QStringLiteral("/rest/v1.0/projects/%1/drawing_revisions").arg(m_projectId), m_token, m_companyId).size());
    QCOMPARE(exportJson(QStringLiteral("drawing_sets")).size(),
             m_sandbox->listAll(QStringLiteral("/rest/v1.0/projects/%1/drawing_sets").arg(m_projectId), m_token, m_companyId).size());
    const QJsonArray areas = exportJson(QStringLiteral("drawing_areas"));
    QVERIFY(!areas.isEmpty());
    QVERIFY(areas.first().toObject().contains(QStringLiteral("name")));
}

void TestDrawingsCli::offlineKeepsEverySheetOfASet()
{
    const QJsonArray drawings = exportJson(QStringLiteral("drawings"));
    const qint64 setId = drawings.first().toObject().value(QStringLiteral("current_revision")).toObject()
                             .value(QStringLiteral("drawing_sets")).toArray().first().toObject().value(QStringLiteral("id")).toInteger();
    int inSet = 0;
    for (const QJsonValue &drawing : drawings)
        if (drawing.toObject().value(QStringLiteral("current_revision")).toObject().value(QStringLiteral("drawing_sets")).toArray()
                .first().toObject().value(QStringLiteral("id")).toInteger() == setId)
            ++inSet;
    const Run offline = run({QStringLiteral("offline"), QStringLiteral("--tool"), QStringLiteral("drawings"), QStringLiteral("--project"),
                             number(m_projectId), QStringLiteral("--set"), number(setId), QStringLiteral("--data-dir"), m_data.path(),
                             QStringLiteral("--api-base"), m_sandbox->baseUrl().toString(), QStringLiteral("--login-base"), m_sandbox->baseUrl().toString()},
                            m_token);
    QVERIFY2(offline.exitCode == 0, offline.err.constData());
    QVERIFY(offline.err.contains(QStringLiteral("%1 of %1 sheets done").arg(inSet).toUtf8()));
    int pdfs = 0;
    QDirIterator files(m_data.filePath(QStringLiteral("files")), {QStringLiteral("*.pdf")}, QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
        ++pdfs;
    }
    QCOMPARE(pdfs, inSet);
    QCOMPARE(run({QStringLiteral("offline"), QStringLiteral("--project"), number(m_projectId)}).exitCode, 2);   // --tool drawings is required
}

QTEST_GUILESS_MAIN(TestDrawingsCli)
#include "tst_drawingscli.moc"
