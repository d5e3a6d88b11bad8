// A whole project sync (every tool) through a hostile network ends with the same cache, record
// for record, as a sync on a clean one: 500/503s, dropped connections, 429s, truncated and
// malformed bodies, and an access token that expires mid-sync.
#include "cachecontents.h"
#include "signedinfixture.h"

#include "cache/cachedatabase.h"
#include "sync/syncengine.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace sitedesk;

class TestResilience : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void hostileNetworkEndsWithTheSameCacheAsACleanOne();

private:
    SyncEngine::Summary syncInto(CacheDatabase &cache);

    std::unique_ptr<SignedInFixture> m_fixture;
    QTemporaryDir m_dir;
    qint64 m_companyId = 0;
    qint64 m_projectId = 0;
};

void TestResilience::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_fixture = std::make_unique<SignedInFixture>(QStringList{QStringLiteral("--scale"), QStringLiteral("tiny")});
    QVERIFY(m_fixture->signIn());
    m_companyId = m_fixture->firstCompanyId();
    m_projectId = m_fixture->firstProjectId(m_companyId);
}

SyncEngine::Summary TestResilience::syncInto(CacheDatabase &cache)
{
    SyncEngine engine(&m_fixture->api);
    engine.setCache(&cache);
    QSignalSpy finished(&engine, &SyncEngine::finished);
    if (!engine.start(m_companyId, m_projectId) || !finished.wait(240000))
        return {};
    return engine.lastSummary();
}

void TestResilience::hostileNetworkEndsWithTheSameCacheAsACleanOne()
{
    ApiClient::Policy policy = m_fixture->api.policy();
    policy.baseBackoffMs = 20;   // the same retries, sooner: the test waits less, not differently
    policy.maxBackoffMs = 200;
    policy.maxAttempts = 8;
    m_fixture->api.setPolicy(policy);

    CacheDatabase clean(m_dir.filePath(QStringLiteral("clean.sqlite")));
    QCOMPARE(clean.open(), CacheDatabase::OpenStatus::Created);
    const SyncEngine::Summary cleanRun = syncInto(clean);
    QVERIFY2(cleanRun.ok(), qPrintable(cleanRun.message()));
    QVERIFY(cleanRun.records > 100);

    m_fixture->sandbox->resetStats();
    m_fixture->sandbox->setFaultRates({{QStringLiteral("500"), 0.05}, {QStringLiteral("503"), 0.05},
                                       {QStringLiteral("drop"), 0.01}, {QStringLiteral("429"), 0.03},
                                       {QStringLiteral("truncate"), 0.01}, {QStringLiteral("malformed"), 0.01}});
    m_fixture->sandbox->injectFault(QStringLiteral("expire"), 1, QStringLiteral("/rest/v1.0/budget_views"));
    m_fixture->sandbox->injectFault(QStringLiteral("429"), 4, QStringLiteral("/rest/v1.0/projects"));   // a burst

    // A run may still give up on a tool after its retries; the next sync (as the app's auto-sync
    // would) must complete it without losing what the first one stored.
    CacheDatabase hostile(m_dir.filePath(QStringLiteral("hostile.sqlite")));
    QCOMPARE(hostile.open(), CacheDatabase::OpenStatus::Created);
    SyncEngine::Summary run = syncInto(hostile);
    for (int attempt = 1; attempt < 3 && !run.ok(); ++attempt)
        run = syncInto(hostile);
    QVERIFY2(run.ok(), qPrintable(run.message()));
    const QJsonObject stats = m_fixture->sandbox->stats();
    m_fixture->sandbox->clearFaults();
    const QJsonObject statuses = stats.value(QStringLiteral("status_counts")).toObject();
    QVERIFY2(statuses.value(QStringLiteral("500")).toInt() + statuses.value(QStringLiteral("503")).toInt() > 0,
             "the sandbox injected no server errors");
    QVERIFY(stats.value(QStringLiteral("token_refreshes")).toInt() >= 1);
    QVERIFY(statuses.value(QStringLiteral("429")).toInt() >= 4);

    const QString difference = cacheDifference(cacheContents(clean), cacheContents(hostile));
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

QTEST_GUILESS_MAIN(TestResilience)
#include "tst_resilience.moc"
