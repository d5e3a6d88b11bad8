#include "oauthserver.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QUrl>

namespace sandbox {

namespace {

const QString outOfBand = QStringLiteral("urn:ietf:wg:oauth:2.0:oob");
const QString demoClient = QStringLiteral("sitedesk-demo");
constexpr qint64 codeLifetimeSeconds = 600;
constexpr qint64 resourceOwnerId = 562949953999001;

QString page(const QString &title, const QString &body)
{
    return QStringLiteral("<!doctype html><html><head><meta charset=\"utf-8\"><title>%1</title></head>"
                          "<body style=\"font-family:sans-serif;margin:3em\"><h1>%1</h1>%2</body></html>")
        .arg(title.toHtmlEscaped(), body);
}

HttpResponse errorPage(const QString &problem)
{
    return HttpResponse::html(400, page(QStringLiteral("Sign-in error"), QStringLiteral("<p>%1</p>").arg(problem.toHtmlEscaped())));
}

// The redirect URI with more query items; its own query items stay as they were.
QString withQuery(const QString &redirectUri, const QList<QPair<QString, QString>> &items)
{
    QUrl url(redirectUri);
    QByteArray query = url.query(QUrl::FullyEncoded).toLatin1();
    for (const auto &[key, value] : items) {
        if (!query.isEmpty())
            query += '&';
        query += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    return QString::fromLatin1(url.toEncoded());
}

} // namespace

OAuthServer::OAuthServer(Options options) : m_options(std::move(options))
{
    m_options.clients.insert(demoClient, QString());
}

QString OAuthServer::randomToken()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool OAuthServer::handle(const HttpRequest &request, HttpResponse *response)
{
    const QString &path = request.path;
    if (!path.startsWith(QLatin1String("/oauth/")))
        return false;
    const auto route = [&](const char *routePath, const char *method) {
        return path == QLatin1String(routePath) && request.method == method;
    };
    if (route("/oauth/authorize", "GET"))
        *response = authorize(request);
    else if (route("/oauth/authorize/decision", "POST"))
        *response = decide(request.form(), request.form().value(QStringLiteral("decision")) == QLatin1String("approve"));
    else if (route("/oauth/token", "POST"))
        *response = token(request);
    else if (route("/oauth/token/info", "GET"))
        *response = tokenInfo(request);
    else if (route("/oauth/revoke", "POST"))
        *response = revoke(request);
    else if (path == QLatin1String("/oauth/authorize") || path == QLatin1String("/oauth/authorize/decision") || path == QLatin1String("/oauth/token")
             || path == QLatin1String("/oauth/token/info") || path == QLatin1String("/oauth/revoke"))
        *response = oauthError(405, QStringLiteral("invalid_request"), QStringLiteral("Method not allowed."));
    else
        *response = oauthError(404, QStringLiteral("not_found"), QStringLiteral("No such OAuth endpoint."));
    return true;
}

bool OAuthServer::redirectAllowed(const QString &clientId, const QString &redirectUri) const
{
    if (!m_options.clients.contains(clientId))
        return false;
    if (redirectUri == outOfBand)
        return true;
    // Desktop clients may use any loopback port (RFC 8252 §7.3), over plain http only.
    const QUrl url(redirectUri, QUrl::StrictMode);
    return url.isValid() && url.scheme() == QLatin1String("http") && url.port() > 0 && url.userInfo().isEmpty()
        && (url.host() == QLatin1String("127.0.0.1") || url.host() == QLatin1String("localhost"));
}

QString OAuthServer::checkAuthorizeRequest(const UrlParams &params) const
{
    const QString clientId = params.value(QStringLiteral("client_id"));
    if (!m_options.clients.contains(clientId))
        return QStringLiteral("Unknown client_id.");
    if (!redirectAllowed(clientId, params.value(QStringLiteral("redirect_uri"))))
        return QStringLiteral("The redirect_uri is not registered for this application.");
    if (params.value(QStringLiteral("response_type")) != QLatin1String("code"))
        return QStringLiteral("response_type must be code.");
    const QString method = params.value(QStringLiteral("code_challenge_method"));
    if (!method.isEmpty() && method != QLatin1String("S256") && method != QLatin1String("plain"))
        return QStringLiteral("Unsupported code_challenge_method.");
    return {};
}

HttpResponse OAuthServer::authorize(const HttpRequest &request)
{
    const QString problem = checkAuthorizeRequest(request.query);
    if (!problem.isEmpty())
        return errorPage(problem);
    if (m_options.autoApprove)
        return decide(request.query, true);
    QString hidden;
    for (const auto &[key, value] : request.query.items())
        hidden += QStringLiteral("<input type=\"hidden\" name=\"%1\" value=\"%2\">").arg(key.toHtmlEscaped(), value.toHtmlEscaped());
    const QString clientId = request.queryValue(QStringLiteral("client_id"));
    return HttpResponse::html(200, page(QStringLiteral("Sitedesk sandbox — Authorize %1?").arg(clientId),
                                        QStringLiteral("<p>%1 wants to use your Procore account (sandbox user Zoë Ramírez).</p>"
                                                       "<form method=\"post\" action=\"/oauth/authorize/decision\">%2"
                                                       "<button type=\"submit\" name=\"decision\" value=\"approve\" id=\"approve\" autofocus>Approve</button> "
                                                       "<button type=\"submit\" name=\"decision\" value=\"deny\" id=\"deny\">Deny</button></form>")
                                            .arg(clientId.toHtmlEscaped(), hidden)));
}

HttpResponse OAuthServer::decide(const UrlParams &params, bool approved)
{
    // The hidden fields came back from the browser: check them again, never trust them.
    const QString problem = checkAuthorizeRequest(params);
    if (!problem.isEmpty())
        return errorPage(problem);
    const QString redirectUri = params.value(QStringLiteral("redirect_uri"));
    const QString state = params.value(QStringLiteral("state"));
    if (!approved) {
        if (redirectUri == outOfBand)
            return HttpResponse::html(200, page(QStringLiteral("Access denied"), QStringLiteral("<p>You can close this page.</p>")));
        return HttpResponse::redirect(withQuery(redirectUri, {{QStringLiteral("error"), QStringLiteral("access_denied")},
                                                              {QStringLiteral("error_description"), QStringLiteral("The user denied access.")},
                                                              {QStringLiteral("state"), state}}));
    }
    QString error;
    const QString code = issueCode(params.value(QStringLiteral("client_id")), redirectUri, params.value(QStringLiteral("code_challenge")),
                                   params.value(QStringLiteral("code_challenge_method")), &error);
    if (redirectUri == outOfBand)
        return HttpResponse::html(200, page(QStringLiteral("Authorization code"),
                                            QStringLiteral("<p>Copy this code into Sitedesk:</p><p><code>%1</code></p>").arg(code.toHtmlEscaped())));
    return HttpResponse::redirect(withQuery(redirectUri, {{QStringLiteral("code"), code}, {QStringLiteral("state"), state}}));
}

QString OAuthServer::issueCode(const QString &clientId, const QString &redirectUri, const QString &challenge, const QString &method,
                               QString *error)
{
    if (!redirectAllowed(clientId, redirectUri)) {
        *error = QStringLiteral("unknown client_id or redirect_uri");
        return {};
    }
    if (!method.isEmpty() && method != QLatin1String("S256") && method != QLatin1String("plain")) {
        *error = QStringLiteral("unsupported code_challenge_method");
        return {};
    }
    const QString code = randomToken();
    // RFC 7636: a challenge without a method is "plain".
    m_codes.insert(code, {clientId, redirectUri, challenge, method.isEmpty() ? QStringLiteral("plain") : method,
                          QDateTime::currentDateTimeUtc().addSecs(codeLifetimeSeconds)});
    return code;
}

bool OAuthServer::clientAuthenticated(const QString &clientId, const UrlParams &form) const
{
    if (!m_options.clients.contains(clientId))
        return false;
    const QString secret = m_options.clients.value(clientId);
    return secret.isEmpty() || form.value(QStringLiteral("client_secret")) == secret;
}

HttpResponse OAuthServer::token(const HttpRequest &request)
{
    const UrlParams form = request.form();
    const QString grant = form.value(QStringLiteral("grant_type"));
    if (grant == QLatin1String("refresh_token"))
        return refresh(form);
    const QString clientId = form.value(QStringLiteral("client_id"));
    if (!clientAuthenticated(clientId, form))
        return oauthError(401, QStringLiteral("invalid_client"), QStringLiteral("Client authentication failed."));
    if (grant == QLatin1String("authorization_code"))
        return exchangeCode(form, clientId);
    if (grant.isEmpty())
        return oauthError(400, QStringLiteral("invalid_request"), QStringLiteral("grant_type is missing."));
    return oauthError(400, QStringLiteral("unsupported_grant_type"), QStringLiteral("grant_type must be authorization_code or refresh_token."));
}

HttpResponse OAuthServer::exchangeCode(const UrlParams &form, const QString &clientId)
{
    const QString codeText = form.value(QStringLiteral("code"));
    if (codeText.isEmpty())
        return oauthError(400, QStringLiteral("invalid_request"), QStringLiteral("code is missing."));
    if (!m_codes.contains(codeText))
        return oauthError(400, QStringLiteral("invalid_grant"), QStringLiteral("The authorization code is invalid, expired or already used."));
    const Code code = m_codes.take(codeText);   // single use, even when the exchange fails below
    if (code.clientId != clientId || code.expiresAt < QDateTime::currentDateTimeUtc())
        return oauthError(400, QStringLiteral("invalid_grant"), QStringLiteral("The authorization code is invalid or expired."));
    if (form.value(QStringLiteral("redirect_uri")) != code.redirectUri)
        return oauthError(400, QStringLiteral("invalid_grant"), QStringLiteral("The redirect_uri does not match the authorization request."));
    if (!code.challenge.isEmpty()) {
        const QByteArray verifier = form.value(QStringLiteral("code_verifier")).toUtf8();
        if (verifier.isEmpty())
            return oauthError(400, QStringLiteral("invalid_request"), QStringLiteral("code_verifier is required."));
        const QByteArray expected = code.method == QLatin1String("S256")
            ? QCryptographicHash::hash(verifier, QCryptographicHash::Sha256).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)
            : verifier;
        if (expected != code.challenge.toUtf8())
            return oauthError(400, QStringLiteral("invalid_grant"), QStringLiteral("The code_verifier does not match the code_challenge."));
    }
    return issueTokens(clientId);
}

HttpResponse OAuthServer::refresh(const UrlParams &form)
{
    const QString refreshToken = form.value(QStringLiteral("refresh_token"));
    if (refreshToken.isEmpty())
        return oauthError(400, QStringLiteral("invalid_request"), QStringLiteral("refresh_token is missing."));
    const auto found = m_refreshTokens.constFind(refreshToken);
    const QString owner = found == m_refreshTokens.constEnd() ? QString() : m_accessTokens.value(*found).clientId;
    // client_id may be left out of a refresh; a client with a secret must still prove it.
    const QString clientId = form.contains(QStringLiteral("client_id")) ? form.value(QStringLiteral("client_id")) : owner;
    if (!clientId.isEmpty() && !clientAuthenticated(clientId, form))
        return oauthError(401, QStringLiteral("invalid_client"), QStringLiteral("Client authentication failed."));
    if (owner.isEmpty() || owner != clientId)
        return oauthError(400, QStringLiteral("invalid_grant"), QStringLiteral("The refresh token is invalid, revoked or already used."));
    // Single use: the old pair (access and refresh token) dies at once, even if this answer is lost.
    m_accessTokens.remove(m_refreshTokens.take(refreshToken));
    ++m_refreshes;
    return issueTokens(clientId);
}

HttpResponse OAuthServer::issueTokens(const QString &clientId)
{
    const QString access = randomToken();
    const QString refreshToken = randomToken();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_accessTokens.insert(access, {clientId, refreshToken, now, now.addSecs(m_options.tokenLifetimeSeconds)});
    m_refreshTokens.insert(refreshToken, access);
    HttpResponse response = HttpResponse::json(200, QJsonObject{{QStringLiteral("access_token"), access},
                                                                {QStringLiteral("token_type"), QStringLiteral("bearer")},
                                                                {QStringLiteral("expires_in"), m_options.tokenLifetimeSeconds},
                                                                {QStringLiteral("refresh_token"), refreshToken},
                                                                {QStringLiteral("created_at"), now.toSecsSinceEpoch()}});
    response.setHeader("Cache-Control", "no-store");
    return response;
}

HttpResponse OAuthServer::tokenInfo(const HttpRequest &request) const
{
    const QString access = request.bearerToken();
    if (!isValidAccessToken(access))
        return oauthError(401, QStringLiteral("invalid_token"), QStringLiteral("The access token is invalid or has expired."));
    const Token token = m_accessTokens.value(access);
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("resource_owner_id"), resourceOwnerId},
                                               {QStringLiteral("scope"), QString()},
                                               {QStringLiteral("expires_in_seconds"), QDateTime::currentDateTimeUtc().secsTo(token.expiresAt)},
                                               {QStringLiteral("application"), QJsonObject{{QStringLiteral("uid"), token.clientId}}},
                                               {QStringLiteral("created_at"), token.createdAt.toSecsSinceEpoch()}});
}

HttpResponse OAuthServer::revoke(const HttpRequest &request)
{
    // RFC 7009: an unknown token is not an error; either token of a pair revokes both.
    const QString tokenText = request.form().value(QStringLiteral("token"));
    const QString access = m_refreshTokens.value(tokenText, tokenText);
    if (m_accessTokens.contains(access))
        m_refreshTokens.remove(m_accessTokens.take(access).refreshToken);
    return HttpResponse::json(200, QJsonObject{});
}

bool OAuthServer::isValidAccessToken(const QString &token) const
{
    const auto it = m_accessTokens.constFind(token);
    return it != m_accessTokens.constEnd() && it->expiresAt > QDateTime::currentDateTimeUtc();
}

void OAuthServer::expireAllAccessTokens()
{
    const QDateTime past = QDateTime::currentDateTimeUtc().addSecs(-1);
    for (Token &token : m_accessTokens)
        token.expiresAt = past;
}

void OAuthServer::expireAccessToken(const QString &token)
{
    const auto it = m_accessTokens.find(token);
    if (it != m_accessTokens.end())
        it->expiresAt = QDateTime::currentDateTimeUtc().addSecs(-1);
}

HttpResponse OAuthServer::oauthError(int status, const QString &error, const QString &description)
{
    return HttpResponse::json(status, QJsonObject{{QStringLiteral("error"), error}, {QStringLiteral("error_description"), description}});
}

} // namespace sandbox
