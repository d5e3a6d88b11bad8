// Session: offline-first start from the last user's cache, first sign-in, network coming back.
#include "signedinfixture.h"

#include "cache/cachedatabase.h"
#include "companies/companystore.h"
#include "projects/projectstore.h"
#include "session/session.h"
#include "settings/appsettings.h"
#include "sync/syncengine.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace sitedesk;

namespace {

// A session on a sandbox with nobody signed in yet, its settings and cache in a folder of its own.
struct FreshSession
{
    FreshSession()
    {
        settings.setCacheRoot(dir.filePath(QStringLiteral("cache")));
        settings.setServerConfig(fixture.config);
    }

    QTemporaryDir dir;
    SignedInFixture fixture;
    AppSettings settings{dir.filePath(QStringLiteral("settings.ini"))};
    SyncEngine engine{&fixture.api};
    Session session{&settings, &fixture.auth, &fixture.api, &engine};
};

} // namespace

class TestSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void firstSignInPicksACompanyAndSyncsItsProjects();
    void firstSignInSyncsTheProjectsOfTheCompanyTheWindowChose();
    void startsFromCacheWithNoNetwork();
    void syncsAgainWhenTheNetworkReturns();
};

void TestSession::firstSignInPicksACompanyAndSyncsItsProjects()
{
    FreshSession fresh;
    auto &[dir, fixture, settings, engine, session] = fresh;
    session.start();
    QVERIFY(!session.cache());   // nobody signed in here before

    QSignalSpy cacheChanged(&session, &Session::cacheChanged);
    QVERIFY(fixture.signIn());
    QVERIFY(cacheChanged.wait(10000));
    QVERIFY(session.cache());
    QVERIFY(settings.userId() > 0);
    QVERIFY(session.cache()->filePath().contains(QString::number(settings.userId())));

    // companies, then (the own company chosen) its projects
    QTRY_VERIFY_WITH_TIMEOUT(settings.lastCompanyId() != 0, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!ProjectStore(*session.cache()).forCompany(settings.lastCompanyId()).isEmpty(), 20000);
    QVERIFY(CompanyStore(*session.cache()).find(settings.lastCompanyId()).has_value());
}

// The window's company list fills as soon as the companies are stored — while the first sync is
// still running — and it picks one at once; the projects of that company must still be synced.
void TestSession::firstSignInSyncsTheProjectsOfTheCompanyTheWindowChose()
{
    FreshSession fresh;
    auto &[dir, fixture, settings, engine, session] = fresh;
    session.start();
    qint64 chosen = 0;
    connect(&session, &Session::cacheChanged, this, [&](CacheDatabase *cache) {
        if (!cache)
            return;
        connect(cache, &CacheDatabase::changed, this, [&, cache](const QStringList &tables) {
            const QList<Company> companies = CompanyStore(*cache).all();
            if (!tables.contains(QStringLiteral("companies")) || chosen != 0 || companies.isEmpty())
                return;
            chosen = companies.last().id;   // not necessarily the one the session would take
            settings.setLastCompanyId(chosen);
            session.syncNow();   // as the window asks; refused while the first sync runs
        });
    });
    QVERIFY(fixture.signIn());
    QTRY_VERIFY_WITH_TIMEOUT(chosen != 0, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!ProjectStore(*session.cache()).forCompany(chosen).isEmpty(), 20000);
    QCOMPARE(settings.lastCompanyId(), chosen);
}

void TestSession::startsFromCacheWithNoNetwork()
{
    QTemporaryDir dir;
    const QString settingsFile = dir.filePath(QStringLiteral("settings.ini"));
    qint64 companyId = 0;
    int projectCount = 0;
    ServerConfig config;
    {
        // A first run that synced, then the network went away.
        SignedInFixture fixture;
        config = fixture.config;
        AppSettings settings(settingsFile);
        settings.setCacheRoot(dir.filePath(QStringLiteral("cache")));
        settings.setServerConfig(config);
        SyncEngine engine(&fixture.api);
        Session session(&settings, &fixture.auth, &fixture.api, &engine);
        session.start();
        QVERIFY(fixture.signIn());
        QTRY_VERIFY_WITH_TIMEOUT(settings.lastCompanyId() != 0, 20000);
        companyId = settings.lastCompanyId();
        QTRY_VERIFY_WITH_TIMEOUT(!ProjectStore(*session.cache()).forCompany(companyId).isEmpty(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!engine.isRunning(), 20000);
        projectCount = int(ProjectStore(*session.cache()).forCompany(companyId).size());
        settings.sync();
    }   // the sandbox stops here

    QNetworkAccessManager network;
    TokenStore store(SignedInFixture::keychainService());
    AuthService auth(&network, &store);
    ApiClient api(&network, &auth);
    AppSettings settings(settingsFile);
    auth.setServerConfig(settings.serverConfig());
    api.setApiBase(settings.serverConfig().apiBase);
    SyncEngine engine(&api);
    Session session(&settings, &auth, &api, &engine);
    session.start();
    // The cache is there at once, before any answer from the network.
    QVERIFY(session.cache());
    QCOMPARE(int(ProjectStore(*session.cache()).forCompany(companyId).size()), projectCount);

    // The restored sign-in tries to sync; the network is gone, so the session goes offline
    // and the cache stays as it was.
    QSignalSpy online(&session, &Session::onlineChanged);
    QTRY_VERIFY_WITH_TIMEOUT(!session.isOnline(), 20000);
    QCOMPARE(int(ProjectStore(*session.cache()).forCompany(companyId).size()), projectCount);
}

void TestSession::syncsAgainWhenTheNetworkReturns()
{
    FreshSession fresh;
    auto &[dir, fixture, settings, engine, session] = fresh;
    const quint16 port = quint16(fixture.sandbox->baseUrl().port());
    session.setProbeInterval(200);
    session.start();
    QVERIFY(fixture.signIn());
    QTRY_VERIFY_WITH_TIMEOUT(settings.lastCompanyId() != 0 && !engine.isRunning(), 20000);

    // The network goes away: the next sync finds no server and the session turns offline.
    fixture.sandbox->stop();
    QVERIFY(session.syncNow());
    QTRY_VERIFY_WITH_TIMEOUT(!session.isOnline(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!engine.isRunning(), 20000);

    // It comes back on the same address: the session notices by itself and syncs.
    QSignalSpy started(&engine, &SyncEngine::started);
    SandboxProcess again({QStringLiteral("--auto-approve"), QStringLiteral("--port"), QString::number(port)});
    QVERIFY(again.isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(session.isOnline(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(started.count() >= 1, 20000);
}

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
