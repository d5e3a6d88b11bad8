#include "auth/authservice.h"

#include "api/apierror.h"
#include "auth/loopbackreceiver.h"
#include "auth/pkce.h"
#include "auth/tokenstore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <QUrlQuery>

namespace sitedesk {

namespace {

constexpr int signInTimeoutMs = 10 * 60 * 1000;      // Procore codes live 10 minutes
constexpr qint64 refreshMarginSeconds = 5 * 60;
constexpr int loopbackPortsToTry = 10;
const QString outOfBandUri = QStringLiteral("urn:ietf:wg:oauth:2.0:oob");

} // namespace

struct AuthService::Private
{
    QNetworkAccessManager *network = nullptr;
    TokenStore *store = nullptr;
    ServerConfig config;
    QString clientSecret;
    BrowserLauncher launcher;
    State state = State::SignedOut;
    TokenSet tokens;
    QString lastError;
    bool sessionOnly = false;
    bool refreshing = false;

    LoopbackReceiver *receiver = nullptr;
    QByteArray verifier;
    QByteArray stateParam;
    QString redirectUri;
    QUrl authorizeUrl;
    QTimer *signInTimer = nullptr;
    QTimer *refreshTimer = nullptr;
};

AuthService::AuthService(QNetworkAccessManager *network, TokenStore *store, QObject *parent)
    : TokenSource(parent), d(std::make_unique<Private>())
{
    d->network = network;
    d->store = store;
    d->signInTimer = new QTimer(this);
    d->signInTimer->setSingleShot(true);
    connect(d->signInTimer, &QTimer::timeout, this, [this] {
        failSignIn(tr("Sign-in timed out. Start again when you are ready."));
    });
    d->refreshTimer = new QTimer(this);
    d->refreshTimer->setSingleShot(true);
    connect(d->refreshTimer, &QTimer::timeout, this, &AuthService::refreshAccessToken);
}

AuthService::~AuthService() = default;

void AuthService::setServerConfig(const ServerConfig &config) { d->config = config; }
ServerConfig AuthService::serverConfig() const { return d->config; }
void AuthService::setBrowserLauncher(BrowserLauncher launcher) { d->launcher = std::move(launcher); }
AuthService::State AuthService::state() const { return d->state; }
bool AuthService::isSignedIn() const { return d->state == State::SignedIn; }
QString AuthService::lastError() const { return d->lastError; }
bool AuthService::isSessionOnly() const { return d->sessionOnly; }
QUrl AuthService::authorizeUrl() const { return d->authorizeUrl; }
QDateTime AuthService::accessTokenExpiry() const { return d->tokens.expiresAt; }
QString AuthService::accessToken() const { return d->tokens.accessToken; }

void AuthService::setClientSecret(const QString &secret)
{
    d->clientSecret = secret;
    const QString key = TokenStore::clientSecretKey(d->config.accountKey());
    auto done = [](TokenStore::Result, const QString &) {};
    if (secret.isEmpty())
        d->store->remove(key, done);
    else
        d->store->write(key, secret, done);
}

void AuthService::setState(State state)
{
    if (d->state == state)
        return;
    d->state = state;
    emit stateChanged(state);
}

void AuthService::restoreSession()
{
    setState(State::Restoring);
    const QString account = d->config.accountKey();
    d->store->read(TokenStore::clientSecretKey(account), [this, account](TokenStore::Result secretResult, const QString &secret, const QString &) {
        if (secretResult == TokenStore::Result::Ok)
            d->clientSecret = secret;
        d->store->read(TokenStore::tokensKey(account), [this](TokenStore::Result result, const QString &value, const QString &errorText) {
            if (result == TokenStore::Result::NoBackend) {
                d->sessionOnly = true;
                emit keychainUnavailable(tr("The system keychain is not available (%1). Sitedesk "
                                            "will keep you signed in for this session only.").arg(errorText));
            }
            const TokenSet tokens = result == TokenStore::Result::Ok
                ? TokenSet::fromJson(value.toUtf8()) : TokenSet{};
            if (tokens.refreshToken.isEmpty() && tokens.accessToken.isEmpty()) {
                setState(State::SignedOut);
                return;
            }
            d->tokens = tokens;
            // Stay signed in even with an expired access token: with no network the cache
            // is still there, and the first request (or the timer) refreshes it.
            setState(State::SignedIn);
            scheduleRefresh();
            emit signedIn();
        });
    });
}

void AuthService::signIn()
{
    if (d->state == State::WaitingForBrowser || d->state == State::ExchangingCode)
        return;
    if (!d->config.isValid())
        return failSignIn(tr("The Procore server settings are incomplete. Open Settings and "
                             "check the environment and client id."));
    d->lastError.clear();
    d->verifier = pkce::makeVerifier();
    d->stateParam = pkce::makeState();

    delete d->receiver;
    d->receiver = new LoopbackReceiver(this);
    connect(d->receiver, &LoopbackReceiver::callbackReceived, this, [this](const QUrlQuery &query) {
        if (query.queryItemValue(QStringLiteral("state")).toUtf8() != d->stateParam)
            return failSignIn(tr("The answer from the browser did not match this sign-in. Please try again."));
        if (query.hasQueryItem(QStringLiteral("error"))) {
            const QString why = query.queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded);
            return failSignIn(why.isEmpty() ? tr("Sign-in was declined in the browser.") : why);
        }
        exchangeCode(query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded));
    });
    const bool listening = d->receiver->listen(d->config.redirectPort,
                                               d->config.anyLoopbackPort ? loopbackPortsToTry : 0);
    d->redirectUri = listening ? d->receiver->redirectUri() : outOfBandUri;

    QUrl url = d->config.loginBase;
    url.setPath(QStringLiteral("/oauth/authorize"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
    query.addQueryItem(QStringLiteral("client_id"), d->config.clientId);
    query.addQueryItem(QStringLiteral("redirect_uri"), QString::fromUtf8(QUrl::toPercentEncoding(d->redirectUri)));
    query.addQueryItem(QStringLiteral("state"), QString::fromLatin1(d->stateParam));
    query.addQueryItem(QStringLiteral("code_challenge"), QString::fromLatin1(pkce::challengeFor(d->verifier)));
    query.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    url.setQuery(query);
    d->authorizeUrl = url;

    setState(State::WaitingForBrowser);
    d->signInTimer->start(signInTimeoutMs);
    const bool opened = d->launcher && d->launcher(url);
    if (!listening || !opened)
        emit pasteCodeRequired(url);
}

void AuthService::submitPastedCode(const QString &code)
{
    if (d->state != State::WaitingForBrowser)
        return;
    QString trimmed = code.trimmed();
    // People paste the whole redirect URL as often as the code itself.
    const QUrl asUrl(trimmed);
    if (asUrl.hasQuery() && QUrlQuery(asUrl).hasQueryItem(QStringLiteral("code")))
        trimmed = QUrlQuery(asUrl).queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    if (trimmed.isEmpty())
        return failSignIn(tr("The pasted code is empty."));
    exchangeCode(trimmed);
}

void AuthService::cancelSignIn()
{
    if (d->state != State::WaitingForBrowser && d->state != State::ExchangingCode)
        return;
    d->signInTimer->stop();
    if (d->receiver)
        d->receiver->close();
    d->authorizeUrl.clear();
    d->verifier.clear();
    setState(State::SignedOut);
}

void AuthService::exchangeCode(const QString &code)
{
    d->signInTimer->stop();
    if (d->receiver)
        d->receiver->close();
    setState(State::ExchangingCode);
    QList<QPair<QString, QString>> form{
        {QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
        {QStringLiteral("code"), code},
        {QStringLiteral("redirect_uri"), d->redirectUri},
        {QStringLiteral("code_verifier"), QString::fromLatin1(d->verifier)},
    };
    postToken(form, false);
}

void AuthService::refreshAccessToken()
{
    if (d->refreshing)
        return;   // single flight: the running refresh answers everyone
    if (d->tokens.refreshToken.isEmpty()) {
        QTimer::singleShot(0, this, [this] {
            emit accessTokenRefreshFailed(ApiError::make(ApiError::Kind::SignedOut));
        });
        return;
    }
    d->refreshing = true;
    postToken({{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
               {QStringLiteral("refresh_token"), d->tokens.refreshToken}},
              true);
}

void AuthService::postToken(const QList<QPair<QString, QString>> &form, bool isRefresh)
{
    QUrlQuery body;
    for (const auto &[key, value] : form)
        body.addQueryItem(key, QString::fromUtf8(QUrl::toPercentEncoding(value)));
    body.addQueryItem(QStringLiteral("client_id"), QString::fromUtf8(QUrl::toPercentEncoding(d->config.clientId)));
    if (!d->clientSecret.isEmpty())
        body.addQueryItem(QStringLiteral("client_secret"), QString::fromUtf8(QUrl::toPercentEncoding(d->clientSecret)));

    QUrl url = d->config.loginBase;
    url.setPath(QStringLiteral("/oauth/token"));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(30000);
    QNetworkReply *reply = d->network->post(request, body.toString(QUrl::FullyEncoded).toUtf8());
    connect(reply, &QNetworkReply::finished, this, [this, reply, isRefresh] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        onTokenReply(reply->readAll(), status, status == 0, isRefresh);
    });
}

void AuthService::onTokenReply(const QByteArray &body, int status, bool networkError, bool isRefresh)
{
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    TokenSet tokens;
    tokens.accessToken = json.value(QLatin1String("access_token")).toString();
    tokens.refreshToken = json.value(QLatin1String("refresh_token")).toString();
    const qint64 lifetime = json.value(QLatin1String("expires_in")).toInteger(5400);
    tokens.expiresAt = QDateTime::currentDateTimeUtc().addSecs(lifetime);

    if (status == 200 && !tokens.accessToken.isEmpty())
        return adoptTokens(tokens, isRefresh);

    const ApiError error = networkError ? ApiError::make(ApiError::Kind::Offline)
                                        : ApiError::fromHttp(status, body);
    if (!isRefresh)
        return failSignIn(tr("Procore did not complete the sign-in: %1").arg(error.userMessage()));

    d->refreshing = false;
    if (networkError || status >= 500 || status == 429) {
        // Not a verdict on the token: stay signed in and try again later.
        d->refreshTimer->start(60 * 1000);
        emit accessTokenRefreshFailed(error);
        return;
    }
    // The refresh token is dead (used, revoked, expired): only a new sign-in helps.
    d->tokens = {};
    d->store->remove(TokenStore::tokensKey(d->config.accountKey()), [](TokenStore::Result, const QString &) {});
    d->lastError = tr("Your Procore sign-in has expired. Please sign in again.");
    setState(State::SignedOut);
    emit accessTokenRefreshFailed(ApiError::make(ApiError::Kind::SignedOut, d->lastError));
    emit signedOut();
}

void AuthService::adoptTokens(const TokenSet &tokens, bool isRefresh)
{
    // Procore refresh tokens are single use: the new pair must be in the keychain before
    // anything uses it, or a crash now would leave only a dead token behind.
    d->tokens = tokens;
    d->store->write(TokenStore::tokensKey(d->config.accountKey()), QString::fromUtf8(tokens.toJson()),
                    [this, isRefresh](TokenStore::Result result, const QString &errorText) {
        if (result != TokenStore::Result::Ok && !d->sessionOnly) {
            d->sessionOnly = true;
            emit keychainUnavailable(tr("The system keychain could not store your sign-in (%1). "
                                        "You are signed in for this session only.").arg(errorText));
        }
        scheduleRefresh();
        if (isRefresh) {
            d->refreshing = false;
            emit accessTokenRefreshed();
            return;
        }
        d->authorizeUrl.clear();
        d->verifier.clear();
        setState(State::SignedIn);
        emit signedIn();
    });
}

void AuthService::scheduleRefresh()
{
    if (!d->tokens.expiresAt.isValid() || d->tokens.refreshToken.isEmpty())
        return;
    const qint64 seconds = QDateTime::currentDateTimeUtc().secsTo(d->tokens.expiresAt) - refreshMarginSeconds;
    d->refreshTimer->start(int(std::clamp<qint64>(seconds, 5, 24 * 3600) * 1000));
}

void AuthService::failSignIn(const QString &message)
{
    d->signInTimer->stop();
    if (d->receiver)
        d->receiver->close();
    d->authorizeUrl.clear();
    d->verifier.clear();
    d->lastError = message;
    setState(State::SignedOut);
    emit signInFailed(message);
}

void AuthService::signOut()
{
    d->refreshTimer->stop();
    const TokenSet tokens = std::exchange(d->tokens, {});
    if (!tokens.accessToken.isEmpty() || !tokens.refreshToken.isEmpty()) {
        // Revoking either token revokes the pair; fire and forget (we may be offline).
        QUrl url = d->config.loginBase;
        url.setPath(QStringLiteral("/oauth/revoke"));
        QUrlQuery body;
        body.addQueryItem(QStringLiteral("token"),
                          QString::fromUtf8(QUrl::toPercentEncoding(tokens.refreshToken.isEmpty() ? tokens.accessToken : tokens.refreshToken)));
        body.addQueryItem(QStringLiteral("client_id"), QString::fromUtf8(QUrl::toPercentEncoding(d->config.clientId)));
        if (!d->clientSecret.isEmpty())
            body.addQueryItem(QStringLiteral("client_secret"), QString::fromUtf8(QUrl::toPercentEncoding(d->clientSecret)));
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        request.setTransferTimeout(15000);
        QNetworkReply *reply = d->network->post(request, body.toString(QUrl::FullyEncoded).toUtf8());
        connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    }
    d->store->remove(TokenStore::tokensKey(d->config.accountKey()), [](TokenStore::Result, const QString &) {});
    d->refreshing = false;
    setState(State::SignedOut);
    emit signedOut();
}

} // namespace sitedesk
