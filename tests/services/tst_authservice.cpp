// The full browser sign-in with Debian's chromium (headless), the keychain round trip with the
// real secret service, and proof that tokens end up nowhere but the keychain.
#include "signedinfixture.h"

#include "api/apireply.h"
#include "cache/cachedatabase.h"
#include "settings/appsettings.h"
#include "sync/syncengine.h"

#include <QDirIterator>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

using namespace sitedesk;

namespace {

QStringList g_log;

void captureLog(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_log << message;
}

QString chromium()
{
    for (const QString &candidate : {QStringLiteral("/usr/bin/chromium"), QStringLiteral("/usr/bin/chromium-browser")})
        if (QFileInfo::exists(candidate))
            return candidate;
    return {};
}

// Opens the URL the way a user's browser would, headless: loads the authorize page, follows
// the redirect to our loopback listener, renders its page, exits.
bool launchChromium(const QUrl &url, QTemporaryDir &profile, QProcess &process)
{
    process.start(chromium(), {QStringLiteral("--headless"), QStringLiteral("--no-sandbox"), QStringLiteral("--disable-gpu"),
                               QStringLiteral("--disable-quic"), QStringLiteral("--no-first-run"),
                               QStringLiteral("--disable-background-networking"), QStringLiteral("--disable-component-update"),
                               QStringLiteral("--disable-sync"), QStringLiteral("--user-data-dir=") + profile.path(),
                               QStringLiteral("--dump-dom"), url.toString(QUrl::FullyEncoded)});
    return process.waitForStarted(10000);
}

QByteArray fileBytesUnder(const QString &folder)
{
    QByteArray all;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly))
            all += file.readAll();
    }
    return all;
}

} // namespace

class TestAuthService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void signsInThroughARealBrowser();
    void keychainRoundTripRestoresTheSession();
    void tokensAreOnlyInTheKeychain();
    void stateMismatchIsRejected();
    void wrongPkceVerifierIsRejected();
    void noLoopbackPortFallsBackToPastedCode();
    void signOutRevokesAndWipesTheKeychain();
};

void TestAuthService::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (chromium().isEmpty())
        QFAIL("chromium is not installed (scripts/install-deps --test installs it)");
}

void TestAuthService::signsInThroughARealBrowser()
{
    SignedInFixture fixture;
    QTemporaryDir profile;
    QProcess browser;
    fixture.auth.setBrowserLauncher([&](const QUrl &url) { return launchChromium(url, profile, browser); });
    QSignalSpy signedIn(&fixture.auth, &AuthService::signedIn);
    fixture.auth.signIn();
    QCOMPARE(fixture.auth.state(), AuthService::State::WaitingForBrowser);
    QVERIFY(fixture.auth.authorizeUrl().toString().contains(QStringLiteral("code_challenge_method=S256")));
    QVERIFY(signedIn.wait(60000));
    QVERIFY(browser.waitForFinished(30000));
    // The browser saw our loopback page, not an error.
    QVERIFY2(browser.readAllStandardOutput().contains("You can close this tab"), "loopback page not shown");
    QCOMPARE(fixture.auth.state(), AuthService::State::SignedIn);
    ApiReply *me = fixture.api.send(ApiRequest::get(QStringLiteral("/rest/v1.0/me")));
    QSignalSpy done(me, &ApiReply::finished);
    QVERIFY(done.wait(10000));
    QVERIFY(!me->error());
}

void TestAuthService::keychainRoundTripRestoresTheSession()
{
    SignedInFixture fixture;
    QVERIFY(fixture.signIn());
    QVERIFY2(!fixture.auth.isSessionOnly(), "the secret service was not usable");
    const QString token = fixture.auth.accessToken();

    // A second run of the app: new objects, same keychain.
    TokenStore store(SignedInFixture::keychainService());
    AuthService restored(&fixture.network, &store);
    restored.setServerConfig(fixture.config);
    QSignalSpy signedIn(&restored, &AuthService::signedIn);
    restored.restoreSession();
    QVERIFY(signedIn.wait(10000));
    QCOMPARE(restored.accessToken(), token);
}

void TestAuthService::tokensAreOnlyInTheKeychain()
{
    g_log.clear();
    const QtMessageHandler previous = qInstallMessageHandler(captureLog);
    QTemporaryDir dir;
    SignedInFixture fixture;
    QVERIFY(fixture.signIn());
    fixture.sandbox->expireTokens();   // force a refresh so both generations are checked

    AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    settings.setServerConfig(fixture.config);
    CacheDatabase cache(dir.filePath(QStringLiteral("cache/sitedesk.sqlite")));
    QDir().mkpath(dir.filePath(QStringLiteral("cache")));
    QVERIFY(cache.open() == CacheDatabase::OpenStatus::Created);
    SyncEngine engine(&fixture.api);
    engine.setCache(&cache);
    QSignalSpy finished(&engine, &SyncEngine::finished);
    const QString firstToken = fixture.auth.accessToken();
    QVERIFY(engine.start(0, 0, {QStringLiteral("companies")}));
    QVERIFY(finished.wait(30000));
    QVERIFY(engine.lastSummary().ok());
    settings.sync();
    qInstallMessageHandler(previous);

    QVERIFY(fixture.auth.accessToken() != firstToken);
    const QByteArray files = fileBytesUnder(dir.path());
    QVERIFY(files.size() > 0);
    for (const QString &token : {firstToken, fixture.auth.accessToken()}) {
        QVERIFY(!token.isEmpty());
        QVERIFY2(!files.contains(token.toUtf8()), "a token was written to the cache or settings");
        QVERIFY2(!g_log.join(QLatin1Char('\n')).contains(token), "a token was logged");
    }
}

void TestAuthService::stateMismatchIsRejected()
{
    SignedInFixture fixture;
    QUrl authorize;
    fixture.auth.setBrowserLauncher([&](const QUrl &url) { authorize = url; return true; });
    QSignalSpy failed(&fixture.auth, &AuthService::signInFailed);
    fixture.auth.signIn();
    const QUrl redirect(QUrlQuery(authorize).queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
    QVERIFY(redirect.port() > 0);

    // A forged redirect with someone else's state.
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, quint16(redirect.port()));
    QVERIFY(socket.waitForConnected(5000));
    socket.write("GET /callback?code=forged&state=not-ours HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QVERIFY(failed.wait(10000));
    QCOMPARE(fixture.auth.state(), AuthService::State::SignedOut);
    QVERIFY(fixture.auth.accessToken().isEmpty());
}

void TestAuthService::wrongPkceVerifierIsRejected()
{
    SignedInFixture fixture;
    QNetworkAccessManager browser;
    // An attacker's page swaps in its own challenge: our verifier no longer matches the code.
    fixture.auth.setBrowserLauncher([&](const QUrl &url) {
        QUrl tampered = url;
        QUrlQuery query(url);
        query.removeAllQueryItems(QStringLiteral("code_challenge"));
        query.addQueryItem(QStringLiteral("code_challenge"), QStringLiteral("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
        tampered.setQuery(query);
        QNetworkReply *reply = browser.get(QNetworkRequest(tampered));
        QObject::connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
        return true;
    });
    QSignalSpy failed(&fixture.auth, &AuthService::signInFailed);
    fixture.auth.signIn();
    QVERIFY(failed.wait(15000));
    QCOMPARE(fixture.auth.state(), AuthService::State::SignedOut);
    QVERIFY(fixture.auth.accessToken().isEmpty());
}

void TestAuthService::noLoopbackPortFallsBackToPastedCode()
{
    SignedInFixture fixture;
    // Occupy the registered port; with an exact-port registration we must not try others.
    QTcpServer blocker;
    QVERIFY(blocker.listen(QHostAddress::LocalHost));
    ServerConfig config = fixture.config;
    config.redirectPort = blocker.serverPort();
    config.anyLoopbackPort = false;
    fixture.auth.setServerConfig(config);
    fixture.auth.setBrowserLauncher([](const QUrl &) { return true; });
    QSignalSpy paste(&fixture.auth, &AuthService::pasteCodeRequired);
    fixture.auth.signIn();
    QCOMPARE(paste.count(), 1);
    const QUrl authorize = paste.first().first().toUrl();
    QCOMPARE(QUrlQuery(authorize).queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded),
             QStringLiteral("urn:ietf:wg:oauth:2.0:oob"));

    // The user approves in the browser and pastes the code the page shows.
    const QUrlQuery query(authorize);
    const auto code = fixture.sandbox->postJson(QStringLiteral("/__admin/oauth/code"), {
        {QStringLiteral("client_id"), QStringLiteral("sitedesk-demo")},
        {QStringLiteral("redirect_uri"), QStringLiteral("urn:ietf:wg:oauth:2.0:oob")},
        {QStringLiteral("code_challenge"), query.queryItemValue(QStringLiteral("code_challenge"))},
        {QStringLiteral("code_challenge_method"), QStringLiteral("S256")}}).json().object().value(QStringLiteral("code")).toString();
    QVERIFY(!code.isEmpty());
    QSignalSpy signedIn(&fixture.auth, &AuthService::signedIn);
    fixture.auth.submitPastedCode(QStringLiteral("  ") + code + QStringLiteral("\n"));
    QVERIFY(signedIn.wait(10000));
}

void TestAuthService::signOutRevokesAndWipesTheKeychain()
{
    SignedInFixture fixture;
    QVERIFY(fixture.signIn());
    const QString token = fixture.auth.accessToken();
    QSignalSpy signedOut(&fixture.auth, &AuthService::signedOut);
    fixture.auth.signOut();
    QCOMPARE(signedOut.count(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(fixture.sandbox->get(QStringLiteral("/rest/v1.0/me"), token).status, 401, 10000);

    bool done = false;
    TokenStore::Result result = TokenStore::Result::Ok;
    fixture.store.read(TokenStore::tokensKey(fixture.config.accountKey()), [&](TokenStore::Result r, const QString &, const QString &) {
        result = r;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    QCOMPARE(result, TokenStore::Result::NotFound);
}

QTEST_GUILESS_MAIN(TestAuthService)
#include "tst_authservice.moc"
