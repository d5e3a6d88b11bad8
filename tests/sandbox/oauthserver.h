#pragma once

#include "httprequest.h"
#include "httpresponse.h"

#include <QDateTime>
#include <QHash>
#include <QString>

namespace sandbox {

// Procore's OAuth 2.0 endpoints (Doorkeeper underneath): the authorize page with Approve/Deny
// (or straight back with --auto-approve), the token endpoint (authorization_code with PKCE;
// refresh_token single use and rotating), token info and revoke. All state in memory; tokens,
// codes and secrets are never printed.
class OAuthServer
{
public:
    struct Options
    {
        bool autoApprove = false;
        int tokenLifetimeSeconds = 5400;
        QHash<QString, QString> clients;   // client id → secret ("" for a public client)
    };

    explicit OAuthServer(Options options);

    // Handles /oauth/*; false when the path is not an OAuth path.
    bool handle(const HttpRequest &request, HttpResponse *response);

    bool isValidAccessToken(const QString &token) const;
    void expireAllAccessTokens();
    void expireAccessToken(const QString &token);
    int refreshCount() const { return m_refreshes; }
    void resetRefreshCount() { m_refreshes = 0; }

    // A code as if the user had approved (for tests without a browser); "" and *error when the
    // client or redirect URI is not acceptable.
    QString issueCode(const QString &clientId, const QString &redirectUri, const QString &challenge, const QString &method,
                      QString *error);

private:
    struct Code
    {
        QString clientId;
        QString redirectUri;
        QString challenge;
        QString method;
        QDateTime expiresAt;
    };
    struct Token
    {
        QString clientId;
        QString refreshToken;
        QDateTime createdAt;
        QDateTime expiresAt;
    };

    HttpResponse authorize(const HttpRequest &request);
    HttpResponse decide(const UrlParams &params, bool approved);
    HttpResponse token(const HttpRequest &request);
    HttpResponse exchangeCode(const UrlParams &form, const QString &clientId);
    HttpResponse refresh(const UrlParams &form);
    HttpResponse tokenInfo(const HttpRequest &request) const;
    HttpResponse revoke(const HttpRequest &request);

    QString checkAuthorizeRequest(const UrlParams &params) const;
    bool redirectAllowed(const QString &clientId, const QString &redirectUri) const;
    bool clientAuthenticated(const QString &clientId, const UrlParams &form) const;
    HttpResponse issueTokens(const QString &clientId);
    static HttpResponse oauthError(int status, const QString &error, const QString &description);
    static QString randomToken();

    Options m_options;
    QHash<QString, Code> m_codes;
    QHash<QString, Token> m_accessTokens;
    QHash<QString, QString> m_refreshTokens;   // refresh token → its access token
    int m_refreshes = 0;
};

} // namespace sandbox
