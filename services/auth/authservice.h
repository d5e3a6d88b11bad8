#pragma once

#include "api/tokensource.h"
#include "settings/serverconfig.h"

#include <QDateTime>
#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QTimer;

namespace sitedesk {

class LoopbackReceiver;
class TokenStore;
struct TokenSet;

// Signs the user in through the system browser (authorization code + state + PKCE S256 with a
// one-shot loopback listener on 127.0.0.1; pasted code as the fallback), keeps the tokens in
// the keychain only, refreshes them before they expire and once after a 401 (single flight:
// Procore refresh tokens are single use, so the new pair is stored before anyone uses it),
// and signs out by revoking the token and wiping the keychain entry.
class AuthService final : public TokenSource
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuthService)

public:
    enum class State { SignedOut, Restoring, WaitingForBrowser, ExchangingCode, SignedIn };
    Q_ENUM(State)

    // Opens a URL in the user's browser; QDesktopServices::openUrl in the app, chromium in tests.
    using BrowserLauncher = std::function<bool(const QUrl &)>;

    AuthService(QNetworkAccessManager *network, TokenStore *store, QObject *parent = nullptr);
    ~AuthService() override;

    void setServerConfig(const ServerConfig &config);
    ServerConfig serverConfig() const;
    // Stored in the keychain beside the tokens; empty for public clients such as sitedesk-demo.
    void setClientSecret(const QString &secret);
    void setBrowserLauncher(BrowserLauncher launcher);

    State state() const;
    bool isSignedIn() const;
    QString lastError() const;
    // True when the keychain was unusable and the tokens live in memory for this session only.
    bool isSessionOnly() const;

    // Loads tokens saved by an earlier run; ends in SignedIn or SignedOut.
    void restoreSession();
    // Starts the browser flow. When no loopback port can be opened (or the launcher fails)
    // emits pasteCodeRequired(authorizeUrl) and waits for submitPastedCode().
    void signIn();
    void submitPastedCode(const QString &code);
    void cancelSignIn();
    void signOut();

    // The authorize URL of the flow in progress (empty when none).
    QUrl authorizeUrl() const;
    QDateTime accessTokenExpiry() const;

    QString accessToken() const override;
    void refreshAccessToken() override;

signals:
    void stateChanged(sitedesk::AuthService::State state);
    void signedIn();
    void signedOut();
    // A sentence for the user; the state has already moved on (usually to SignedOut).
    void signInFailed(const QString &message);
    void pasteCodeRequired(const QUrl &authorizeUrl);
    // The keychain could not store the tokens: signed in for this session only.
    void keychainUnavailable(const QString &message);

private:
    struct Private;
    std::unique_ptr<Private> d;

    void setState(State state);
    void exchangeCode(const QString &code);
    void postToken(const QList<QPair<QString, QString>> &form, bool isRefresh);
    void onTokenReply(const QByteArray &body, int status, bool networkError, bool isRefresh);
    void adoptTokens(const TokenSet &tokens, bool isRefresh);
    void scheduleRefresh();
    void failSignIn(const QString &message);
};

} // namespace sitedesk
