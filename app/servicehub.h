#pragma once

#include <QObject>

class QNetworkAccessManager;

namespace sitedesk {

class ApiClient;
class AppSettings;
class AuthService;
class OutboxService;
class SyncEngine;
class TokenSource;
class TokenStore;

// The composition root's services, built once and shared by the window and the CLI:
// one QNetworkAccessManager for everything, the keychain, sign-in, the API client, sync and
// the outbox of changes waiting for Procore.
class ServiceHub final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServiceHub)

public:
    // tokenOverride: a fixed access token (SITEDESK_ACCESS_TOKEN) used instead of the keychain.
    ServiceHub(AppSettings *settings, const QString &tokenOverride, QObject *parent = nullptr);
    ~ServiceHub() override;

    AppSettings *settings() const { return m_settings; }
    QNetworkAccessManager *network() const { return m_network; }
    TokenStore *tokenStore() const { return m_tokenStore; }
    AuthService *auth() const { return m_auth; }
    ApiClient *api() const { return m_api; }
    SyncEngine *sync() const { return m_sync; }
    OutboxService *outbox() const { return m_outbox; }
    bool usesTokenOverride() const { return m_override != nullptr; }

    // Re-reads the server settings into the auth service and API client.
    void applyServerConfig();

private:
    AppSettings *m_settings;
    QNetworkAccessManager *m_network;
    TokenStore *m_tokenStore;
    AuthService *m_auth;
    TokenSource *m_override = nullptr;
    ApiClient *m_api;
    SyncEngine *m_sync;
    OutboxService *m_outbox;
};

} // namespace sitedesk
