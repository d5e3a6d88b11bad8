#pragma once

#include "httpmessage.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QString>

namespace sandbox {

// Procore's OAuth 2.0 endpoints: authorize (HTML page with Approve/Deny, or straight back with
// --auto-approve), token (authorization_code with PKCE, refresh_token single use and rotating),
// token info and revoke. Tokens, codes and secrets are never printed.
class OAuthServer
{
public:
    struct Options
    {
        bool autoApprove = false;
        int tokenLifetimeSeconds = 5400;
        QHash<QString, QString> clients;   // client id → secret ("" for public clients)
    };

    explicit OAuthServer(Options options);

    // Handles /oauth/*; false when the path is not an OAuth path.
    bool handle(const HttpRequest &request, HttpResponse *response);

    // The access token's owner is valid and unexpired.
    bool isValidAccessToken(const QString &token) const;
    void expireAllAccessTokens();
    void expireAccessToken(const QString &token);
    int refreshCount() const { return m_refreshes; }
    void resetRefreshCount() { m_refreshes = 0; }

    // For tests that skip the browser: a code as if the user had approved.
    QString issueCode(const QString &clientId, const QString &redirectUri, const QString &challenge,
                      const QString &method, QString *error);

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
    HttpResponse decision(const HttpRequest &request);
    HttpResponse token(const HttpRequest &request);
    HttpResponse tokenInfo(const HttpRequest &request);
    HttpResponse revoke(const HttpRequest &request);

    QString checkAuthorizeRequest(const QUrlQuery &query) const;
    bool redirectAllowed(const QString &clientId, const QString &redirectUri) const;
    bool clientAuthenticated(const QUrlQuery &form, QString *clientId) const;
    HttpResponse issueTokens(const QString &clientId);
    static HttpResponse oauthError(int status, const QString &error, const QString &description);
    static QString randomToken();

    Options m_options;
    QHash<QString, Code> m_codes;
    QHash<QString, Token> m_accessTokens;
    QHash<QString, QString> m_refreshTokens;   // refresh → access
    int m_refreshes = 0;
};

} // namespace sandbox
