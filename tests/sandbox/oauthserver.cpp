#include "oauthserver.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QUrl>

namespace sandbox {

namespace {

const QString outOfBand = QStringLiteral("urn:ietf:wg:oauth:2.0:oob");

QString page(const QString &title, const QString &body)
{
    return QStringLiteral("<!doctype html><html><head><meta charset=\"utf-8\"><title>%1</title></head>"
                          "<body style=\"font-family:sans-serif;margin:3em\"><h1>%1</h1>%2</body></html>")
        .arg(title.toHtmlEscaped(), body);
}

QString withQuery(const QString &redirectUri, const QList<QPair<QString, QString>> &items)
{
    QUrl url(redirectUri);
    QUrlQuery query(url);
    for (const auto &[key, value] : items)
        query.addQueryItem(key, QString::fromUtf8(QUrl::toPercentEncoding(value)));
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

} // namespace

OAuthServer::OAuthServer(Options options) : m_options(std::move(options))
{
    m_options.clients.insert(QStringLiteral("sitedesk-demo"), QString());
}

QString OAuthServer::randomToken()
{
    QByteArray bytes(32, Qt::Uninitialized);
    for (char &byte : bytes)
        byte = char(QRandomGenerator::system()->bounded(256));
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool OAuthServer::handle(const HttpRequest &request, HttpResponse *response)
{
    if (request.path == QLatin1String("/oauth/authorize") && request.method == "GET")
        *response = authorize(request);
    else if (request.path == QLatin1String("/oauth/authorize/decision") && request.method == "POST")
        *response = decision(request);
    else if (request.path == QLatin1String("/oauth/token") && request.method == "POST")
        *response = token(request);
    else if (request.path == QLatin1String("/oauth/token/info") && request.method == "GET")
        *response = tokenInfo(request);
    else if (request.path == QLatin1String("/oauth/revoke") && request.method == "POST")
        *response = revoke(request);
    else if (request.path.startsWith(QLatin1String("/oauth/")))
        *response = oauthError(404, QStringLiteral("not_found"), QStringLiteral("No such OAuth endpoint."));
    else
        return false;
    return true;
}

bool OAuthServer::redirectAllowed(const QString &clientId, const QString &redirectUri) const
{
    if (!m_options.clients.contains(clientId))
        return false;
    if (redirectUri == outOfBand)
        return true;
    // Registered desktop clients may use any loopback port (RFC 8252 §7.3).
    const QUrl url(redirectUri);
    return url.scheme() == QLatin1String("http") && url.port() > 0
        && (url.host() == QLatin1String("127.0.0.1") || url.host() == QLatin1String("localhost"));
}

QString OAuthServer::checkAuthorizeRequest(const QUrlQuery &query) const
{
    const QString clientId = query.queryItemValue(QStringLiteral("client_id"), QUrl::FullyDecoded);
    if (!m_options.clients.contains(clientId))
        return QStringLiteral("Unknown client_id.");
    if (!redirectAllowed(clientId, query.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded)))
        return QStringLiteral("The redirect_uri is not registered for this application.");
    if (query.queryItemValue(QStringLiteral("response_type")) != QLatin1String("code"))
        return QStringLiteral("response_type must be code.");
    const QString method = query.queryItemValue(QStringLiteral("code_challenge_method"));
    if (!method.isEmpty() && method != QLatin1String("S256") && method != QLatin1String("plain"))
        return QStringLiteral("Unsupported code_challenge_method.");
    return {};
}

HttpResponse OAuthServer::authorize(const HttpRequest &request)
{
    const QString problem = checkAuthorizeRequest(request.query);
    if (!problem.isEmpty())
        return HttpResponse::html(400, page(QStringLiteral("Sign-in error"), QStringLiteral("<p>%1</p>").arg(problem.toHtmlEscaped())));
    if (m_options.autoApprove) {
        HttpRequest approved = request;
        approved.body = request.query.toString(QUrl::FullyEncoded).toUtf8() + "&decision=approve";
        return decision(approved);
    }
    QString hidden;
    for (const auto &[key, value] : request.query.queryItems(QUrl::FullyDecoded))
        hidden += QStringLiteral("<input type=\"hidden\" name=\"%1\" value=\"%2\">").arg(key.toHtmlEscaped(), value.toHtmlEscaped());
    const QString clientId = request.queryValue(QStringLiteral("client_id"));
    return HttpResponse::html(200, page(
        QStringLiteral("Sitedesk sandbox — Authorize %1?").arg(clientId),
        QStringLiteral("<p>%1 wants to use your Procore account (sandbox user Zoë Ramírez).</p>"
                       "<form method=\"post\" action=\"/oauth/authorize/decision\">%2"
                       "<button name=\"decision\" value=\"approve\" autofocus>Approve</button> "
                       "<button name=\"decision\" value=\"deny\">Deny</button></form>")
            .arg(clientId.toHtmlEscaped(), hidden)));
}

HttpResponse OAuthServer::decision(const HttpRequest &request)
{
    const QUrlQuery form = request.form();
    const QString problem = checkAuthorizeRequest(form);
    if (!problem.isEmpty())
        return HttpResponse::html(400, page(QStringLiteral("Sign-in error"), QStringLiteral("<p>%1</p>").arg(problem.toHtmlEscaped())));
    const QString redirectUri = form.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded);
    const QString state = form.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded);
    if (form.queryItemValue(QStringLiteral("decision")) != QLatin1String("approve")) {
        if (redirectUri == outOfBand)
            return HttpResponse::html(200, page(QStringLiteral("Access denied"), QStringLiteral("<p>You can close this page.</p>")));
        return HttpResponse::redirect(withQuery(redirectUri, {{QStringLiteral("error"), QStringLiteral("access_denied")},
                                                              {QStringLiteral("error_description"), QStringLiteral("The user denied access.")},
                                                              {QStringLiteral("state"), state}}));
    }
    QString error;
    const QString code = issueCode(form.queryItemValue(QStringLiteral("client_id"), QUrl::FullyDecoded), redirectUri,
                                   form.queryItemValue(QStringLiteral("code_challenge"), QUrl::FullyDecoded),
                                   form.queryItemValue(QStringLiteral("code_challenge_method")), &error);
    if (redirectUri == outOfBand)
        return HttpResponse::html(200, page(QStringLiteral("Authorization code"),
                                            QStringLiteral("<p>Copy this code into Sitedesk:</p><p><code>%1</code></p>").arg(code)));
    return HttpResponse::redirect(withQuery(redirectUri, {{QStringLiteral("code"), code}, {QStringLiteral("state"), state}}));
}

QString OAuthServer::issueCode(const QString &clientId, const QString &redirectUri, const QString &challenge,
                               const QString &method, QString *error)
{
    if (!redirectAllowed(clientId, redirectUri)) {
        *error = QStringLiteral("unknown client or redirect_uri");
        return {};
    }
    const QString code = randomToken();
    m_codes.insert(code, {clientId, redirectUri, challenge, method.isEmpty() && !challenge.isEmpty() ? QStringLiteral("plain") : method,
                          QDateTime::currentDateTimeUtc().addSecs(600)});
    return code;
}

bool OAuthServer::clientAuthenticated(const QUrlQuery &form, QString *clientId) const
{
    *clientId = form.queryItemValue(QStringLiteral("client_id"), QUrl::FullyDecoded);
    if (!m_options.clients.contains(*clientId))
        return false;
    const QString secret = m_options.clients.value(*clientId);
    return secret.isEmpty() || form.queryItemValue(QStringLiteral("client_secret"), QUrl::FullyDecoded) == secret;
}

HttpResponse OAuthServer::token(const HttpRequest &request)
{
    const QUrlQuery form = request.form();
    QString clientId;
    if (!clientAuthenticated(form, &clientId))
        return oauthError(401, QStringLiteral("invalid_client"), QStringLiteral("Client authentication failed."));
    const QString grant = form.queryItemValue(QStringLiteral("grant_type"));

    if (grant == QLatin1String("authorization_code")) {
        const QString codeText = form.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
        if (!m_codes.contains(codeText))
            return oauthError(400, QStringLiteral("invalid_grant"), QStringLiteral("The authorization code is invalid, expired or already used."));
        const Code code = m_codes.take(codeText);   // single use, even when the rest fails
        if (code.clientId != clientId || code.expiresAt < QDateTime::currentDateTimeUtc())
            return oauthError(400, QStringLiteral("invalid_grant"), QStringLiteral("The authorization code is invalid or expired."));
        if (form.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded) != code.redirectUri)
            return oauthError(400, QStringLiteral("invalid_grant"), QStringLiteral("The redirect_uri does not match the authorization request."));
        if (!code.challenge.isEmpty()) {
            const QByteArray verifier = form.queryItemValue(QStringLiteral("code_verifier"), QUrl::FullyDecoded).toUtf8();
            const QByteArray expected = code.method == QLatin1String("S256")
                ? QCryptographicHash::hash(verifier, QCryptographicHash::Sha256).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)
                : verifier;
            if (verifier.isEmpty() || expected != code.challenge.toUtf8())
                return oauthError(400, QStringLiteral("invalid_grant"), QStringLiteral("The code_verifier does not match the code_challenge."));
        }
        return issueTokens(clientId);
    }
    if (grant == QLatin1String("refresh_token")) {
        const QString refresh = form.queryItemValue(QStringLiteral("refresh_token"), QUrl::FullyDecoded);
        if (!m_refreshTokens.contains(refresh))
            return oauthError(400, QStringLiteral("invalid_grant"), QStringLiteral("The refresh token is invalid, revoked or already used."));
        const QString oldAccess = m_refreshTokens.take(refresh);   // single use: dead at once
        m_accessTokens.remove(oldAccess);
        ++m_refreshes;
        return issueTokens(clientId);
    }
    return oauthError(400, QStringLiteral("unsupported_grant_type"), QStringLiteral("grant_type must be authorization_code or refresh_token."));
}

HttpResponse OAuthServer::issueTokens(const QString &clientId)
{
    const QString access = randomToken();
    const QString refresh = randomToken();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_accessTokens.insert(access, {clientId, refresh, now, now.addSecs(m_options.tokenLifetimeSeconds)});
    m_refreshTokens.insert(refresh, access);
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("access_token"), access},
                                               {QStringLiteral("token_type"), QStringLiteral("bearer")},
                                               {QStringLiteral("expires_in"), m_options.tokenLifetimeSeconds},
                                               {QStringLiteral("refresh_token"), refresh},
                                               {QStringLiteral("created_at"), now.toSecsSinceEpoch()}});
}

HttpResponse OAuthServer::tokenInfo(const HttpRequest &request)
{
    const QString access = request.bearerToken();
    if (!isValidAccessToken(access))
        return oauthError(401, QStringLiteral("invalid_token"), QStringLiteral("The access token is invalid or has expired."));
    const Token token = m_accessTokens.value(access);
    return HttpResponse::json(200, QJsonObject{
        {QStringLiteral("resource_owner_id"), qint64(562949953999001)},
        {QStringLiteral("scope"), QString()},
        {QStringLiteral("expires_in_seconds"), QDateTime::currentDateTimeUtc().secsTo(token.expiresAt)},
        {QStringLiteral("application"), QJsonObject{{QStringLiteral("uid"), token.clientId}}},
        {QStringLiteral("created_at"), token.createdAt.toSecsSinceEpoch()}});
}

HttpResponse OAuthServer::revoke(const HttpRequest &request)
{
    const QString tokenText = request.form().queryItemValue(QStringLiteral("token"), QUrl::FullyDecoded);
    QString access = tokenText;
    if (m_refreshTokens.contains(tokenText))
        access = m_refreshTokens.value(tokenText);
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
    if (m_accessTokens.contains(token))
        m_accessTokens[token].expiresAt = QDateTime::currentDateTimeUtc().addSecs(-1);
}

HttpResponse OAuthServer::oauthError(int status, const QString &error, const QString &description)
{
    return HttpResponse::json(status, QJsonObject{{QStringLiteral("error"), error}, {QStringLiteral("error_description"), description}});
}

} // namespace sandbox
