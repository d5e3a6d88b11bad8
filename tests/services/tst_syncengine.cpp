// SyncEngine with real tools, a real SQLite cache and the sandbox.
#include "signedinfixture.h"

#include "cache/cachedatabase.h"
#include "cache/syncstatestore.h"
#include "companies/companystore.h"
#include "projects/projectstore.h"
#include "sync/syncengine.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace sitedesk;

class TestSyncEngine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void syncFillsCompaniesAndProjects();
    void failedToolKeepsPreviousCache();
    void deletedProjectLeavesTheCache();
    void cancelStopsAndKeepsCache();
    void companyOnlySyncWhenNoCompanyChosen();

private:
    bool runSync(qint64 companyId, const QStringList &tools = {});
    qint64 firstCompanyId();

    std::unique_ptr<SignedInFixture> m_fixture;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CacheDatabase> m_cache;
    std::unique_ptr<SyncEngine> m_engine;
};

void TestSyncEngine::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_fixture = std::make_unique<SignedInFixture>();
    QVERIFY(m_fixture->signIn());
}

void TestSyncEngine::init()
{
    m_fixture->sandbox->clearFaults();
    m_engine.reset();
    m_cache.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    m_cache = std::make_unique<CacheDatabase>(m_dir->filePath(QStringLiteral("sitedesk.sqlite")));
    QCOMPARE(m_cache->open(), CacheDatabase::OpenStatus::Created);
    m_engine = std::make_unique<SyncEngine>(&m_fixture->api);
    m_engine->setCache(m_cache.get());
}

bool TestSyncEngine::runSync(qint64 companyId, const QStringList &tools)
{
    QSignalSpy finished(m_engine.get(), &SyncEngine::finished);
    if (!m_engine->start(companyId, 0, tools))
        return false;
    return finished.wait(60000);
}

qint64 TestSyncEngine::firstCompanyId()
{
    const auto companies = CompanyStore(*m_cache).all();
    return companies.isEmpty() ? 0 : companies.first().id;
}

void TestSyncEngine::syncFillsCompaniesAndProjects()
{
    QVERIFY(runSync(0));
    const qint64 companyId = firstCompanyId();
    QVERIFY(companyId > 0);
    QVERIFY(runSync(companyId));
    QVERIFY2(m_engine->lastSummary().ok(), qPrintable(m_engine->lastSummary().message()));

    const QJsonArray expected = m_fixture->sandbox->listAll(
        QStringLiteral("/rest/v1.0/projects?company_id=%1").arg(companyId), m_fixture->auth.accessToken(), companyId);
    const QList<Project> cached = ProjectStore(*m_cache).forCompany(companyId);
    QCOMPARE(cached.size(), expected.size());
    QSet<qint64> expectedIds, cachedIds;
    for (const QJsonValue &item : expected)
        expectedIds.insert(item.toObject().value(QStringLiteral("id")).toInteger());
    for (const Project &project : cached)
        cachedIds.insert(project.id);
    QCOMPARE(cachedIds, expectedIds);
    QVERIFY(SyncStateStore(*m_cache).state(companyId, QStringLiteral("projects")).has_value());
}

void TestSyncEngine::failedToolKeepsPreviousCache()
{
    QVERIFY(runSync(0));
    const qint64 companyId = firstCompanyId();
    QVERIFY(runSync(companyId));
    const int before = int(ProjectStore(*m_cache).forCompany(companyId).size());
    QVERIFY(before > 0);

    // Procore fails on every try of the projects list.
    m_fixture->sandbox->injectFault(QStringLiteral("500"), 100, QStringLiteral("/rest/v1.0/projects"));
    QVERIFY(runSync(companyId));
    const SyncEngine::Summary summary = m_engine->lastSummary();
    QVERIFY(!summary.ok());
    QCOMPARE(summary.failed, QStringList{QStringLiteral("projects")});
    QCOMPARE(summary.errors.first().kind, ApiError::Kind::Server);
    QCOMPARE(int(ProjectStore(*m_cache).forCompany(companyId).size()), before);
    QVERIFY(!SyncStateStore(*m_cache).state(companyId, QStringLiteral("projects"))->lastError.isEmpty());
}

void TestSyncEngine::deletedProjectLeavesTheCache()
{
    QVERIFY(runSync(0));
    const qint64 companyId = firstCompanyId();
    QVERIFY(runSync(companyId));
    const QList<Project> before = ProjectStore(*m_cache).forCompany(companyId);
    const qint64 removed = before.first().id;
    QCOMPARE(m_fixture->sandbox->deleteResource(QStringLiteral("/__admin/records/projects/%1").arg(removed)).status, 200);
    QVERIFY(runSync(companyId));
    QVERIFY(m_engine->lastSummary().ok());
    QCOMPARE(ProjectStore(*m_cache).forCompany(companyId).size(), before.size() - 1);
    QVERIFY(!ProjectStore(*m_cache).find(removed).has_value());
}

void TestSyncEngine::cancelStopsAndKeepsCache()
{
    QVERIFY(runSync(0));
    const qint64 companyId = firstCompanyId();
    QVERIFY(runSync(companyId));
    const int before = int(ProjectStore(*m_cache).forCompany(companyId).size());
    m_fixture->sandbox->injectFault(QStringLiteral("503"), 100, QStringLiteral("/rest/v1.0/projects"));
    QSignalSpy finished(m_engine.get(), &SyncEngine::finished);
    QVERIFY(m_engine->start(companyId, 0, {QStringLiteral("projects")}));
    QTest::qWait(100);
    m_engine->cancel();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    QVERIFY(m_engine->lastSummary().cancelled);
    QVERIFY(!m_engine->isRunning());
    QCOMPARE(int(ProjectStore(*m_cache).forCompany(companyId).size()), before);
}

void TestSyncEngine::companyOnlySyncWhenNoCompanyChosen()
{
    QVERIFY(runSync(0));
    QCOMPARE(m_engine->lastSummary().succeeded, QStringList{QStringLiteral("companies")});
    QVERIFY(!CompanyStore(*m_cache).all().isEmpty());
}

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"
