// DailyLogSync against the sandbox into a real SQLite cache: date-range windows, each day
// fetched once, incremental runs, failures that keep the cache.
#include "signedinfixture.h"

#include "cache/cachedatabase.h"
#include "cache/syncstatestore.h"
#include "dailylog/dailylogstore.h"
#include "dailylog/dailylogsync.h"
#include "dailylog/dailylogtype.h"
#include "sync/syncengine.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace sitedesk;

namespace {

constexpr qint64 kCompany = Q_INT64_C(562949953421312);
constexpr qint64 kProject = Q_INT64_C(562949953600000);   // has generated daily logs
const QDate kSandboxToday(2026, 1, 5);                    // the sandbox's epoch date

QString typePath(const QString &type)
{
    return QStringLiteral("/rest/v1.0/projects/%1/%2").arg(kProject).arg(type);
}

} // namespace

class TestDailyLogSync : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void firstSyncFetchesEveryDayOnceAndMatchesTheSandbox();
    void laterSyncFetchesOnlyTheRecentDays();
    void failedWindowKeepsTheCacheAndTheNextRunCompletes();
    void registeredAsDailyLogInTheSyncEngine();

private:
    bool runSync(const QDate &today = kSandboxToday);
    int sandboxTotal();
    QHash<QString, int> requestsByType();

    std::unique_ptr<SignedInFixture> m_fixture;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CacheDatabase> m_cache;
    ApiError m_lastError;
};

void TestDailyLogSync::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_fixture = std::make_unique<SignedInFixture>();
    QVERIFY(m_fixture->signIn());
}

void TestDailyLogSync::init()
{
    m_fixture->sandbox->clearFaults();
    m_cache.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    m_cache = std::make_unique<CacheDatabase>(m_dir->filePath(QStringLiteral("sitedesk.sqlite")));
    QCOMPARE(m_cache->open(), CacheDatabase::OpenStatus::Created);
}

bool TestDailyLogSync::runSync(const QDate &today)
{
    DailyLogSync sync;
    sync.setToday(today);
    QSignalSpy finished(&sync, &ToolSync::finished);
    sync.start({&m_fixture->api, m_cache.get(), kCompany, kProject});
    if (!finished.wait(120000))
        return false;
    m_lastError = finished.first().first().value<ApiError>();
    return true;
}

int TestDailyLogSync::sandboxTotal()
{
    int total = 0;
    for (const QString &type : DailyLogType::names())
        total += int(m_fixture->sandbox->listAll(typePath(type) + QStringLiteral("?start_date=1990-01-01&end_date=2030-12-31"),
                                                 m_fixture->auth.accessToken(), kCompany).size());
    return total;
}

QHash<QString, int> TestDailyLogSync::requestsByType()
{
    const QJsonObject byPath = m_fixture->sandbox->stats().value(QStringLiteral("by_path")).toObject();
    QHash<QString, int> counts;
    for (const QString &type : DailyLogType::names())
        counts.insert(type, byPath.value(typePath(type)).toInt());
    return counts;
}

void TestDailyLogSync::firstSyncFetchesEveryDayOnceAndMatchesTheSandbox()
{
    // One window from 1990 to today: each type is one paged list.
    QDate first = kSandboxToday;
    for (const QString &type : DailyLogType::names())
        for (const QJsonValue &item : m_fixture->sandbox->listAll(typePath(type) + QStringLiteral("?start_date=1990-01-01&end_date=2026-01-05"),
                                                                  m_fixture->auth.accessToken(), kCompany))
            first = std::min(first, QDate::fromString(item.toObject().value(QStringLiteral("date")).toString(), Qt::ISODate));
    QVERIFY(first < kSandboxToday.addDays(-366));   // more than a year of days
    const int windows = 1;

    const int expected = sandboxTotal();
    m_fixture->sandbox->resetStats();
    QVERIFY(runSync());
    QVERIFY2(!m_lastError, qPrintable(m_lastError.userMessage()));

    // Every type was asked once per window (each window fits one page): no day twice.
    const QHash<QString, int> requests = requestsByType();
    for (const QString &type : DailyLogType::names())
        QVERIFY2(requests.value(type) == windows, qPrintable(QStringLiteral("%1: %2 requests, %3 windows").arg(type).arg(requests.value(type)).arg(windows)));
    // … and every entry of every day arrived.
    DailyLogStore store(*m_cache);
    QCOMPARE(store.count(kProject), expected);
    const auto coverage = store.coverage(kProject);
    QVERIFY(coverage && coverage->complete);
    QCOMPARE(coverage->last, kSandboxToday);
    QVERIFY(coverage->first < first);
    QCOMPARE(SyncStateStore(*m_cache).state(kProject, DailyLogSync::name())->watermark, QStringLiteral("2026-01-05"));
}

void TestDailyLogSync::laterSyncFetchesOnlyTheRecentDays()
{
    QVERIFY(runSync());
    const int before = DailyLogStore(*m_cache).count(kProject);
    // A note written on site today, after the first sync.
    QCOMPARE(m_fixture->sandbox->postJson(QStringLiteral("/__admin/records/notes_logs"),
                                          {{QStringLiteral("_project_id"), kProject},
                                           {QStringLiteral("date"), QStringLiteral("2026-01-05")},
                                           {QStringLiteral("comment"), QStringLiteral("Late note from the site")}}).status, 201);
    m_fixture->sandbox->resetStats();
    QVERIFY(runSync());
    QVERIFY(!m_lastError);
    const QHash<QString, int> requests = requestsByType();
    for (const QString &type : DailyLogType::names())
        QCOMPARE(requests.value(type), 1);
    QCOMPARE(DailyLogStore(*m_cache).count(kProject), before + 1);
    bool found = false;
    for (const DailyLogEntry &entry : DailyLogStore(*m_cache).between(kProject, kSandboxToday, kSandboxToday, {QStringLiteral("notes_logs")}))
        found |= entry.summary == QLatin1String("Late note from the site");
    QVERIFY(found);
    // A day later, the window reaches from a week before the last synced day to the new today.
    m_fixture->sandbox->resetStats();
    QVERIFY(runSync(kSandboxToday.addDays(1)));
    QCOMPARE(requestsByType().value(QStringLiteral("manpower_logs")), 1);
    QCOMPARE(DailyLogStore(*m_cache).coverage(kProject)->last, kSandboxToday.addDays(1));
}

void TestDailyLogSync::failedWindowKeepsTheCacheAndTheNextRunCompletes()
{
    // The weather request of the first window fails on every retry.
    m_fixture->sandbox->injectFault(QStringLiteral("500"), 100, typePath(QStringLiteral("weather_logs")));
    QVERIFY(runSync());
    QCOMPARE(m_lastError.kind, ApiError::Kind::Server);
    m_fixture->sandbox->clearFaults();
    const int partial = DailyLogStore(*m_cache).count(kProject);
    QCOMPARE(partial, 0);   // the very first window failed: nothing half-written
    QVERIFY(!SyncStateStore(*m_cache).state(kProject, DailyLogSync::name())->lastError.isEmpty());

    QVERIFY(runSync());
    QVERIFY2(!m_lastError, qPrintable(m_lastError.userMessage()));
    QCOMPARE(DailyLogStore(*m_cache).count(kProject), sandboxTotal());
    QVERIFY(DailyLogStore(*m_cache).coverage(kProject)->complete);
}

void TestDailyLogSync::registeredAsDailyLogInTheSyncEngine()
{
    SyncEngine engine(&m_fixture->api);
    engine.setCache(m_cache.get());
    QSignalSpy finished(&engine, &SyncEngine::finished);
    QVERIFY(engine.start(kCompany, kProject, {QStringLiteral("daily_log")}));
    QVERIFY(finished.wait(120000));
    QVERIFY2(engine.lastSummary().ok(), qPrintable(engine.lastSummary().message()));
    QCOMPARE(engine.lastSummary().succeeded, QStringList{QStringLiteral("daily_log")});
    QVERIFY(DailyLogStore(*m_cache).count(kProject) > 1000);
}

QTEST_GUILESS_MAIN(TestDailyLogSync)
#include "tst_dailylogsync.moc"
