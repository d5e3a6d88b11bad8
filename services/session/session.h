#pragma once

#include "sync/syncengine.h"

#include <QObject>
#include <QPointer>

class QTimer;

namespace sitedesk {

class ApiClient;
class AppSettings;
class AuthService;
class CacheDatabase;
class SyncEngine;

// The signed-in user's working state: opens that user's cache (at once on start, from the
// last run, so everything cached is browsable with no network), learns who signed in
// (/rest/v1.0/me) and switches to that user's cache, watches connectivity and syncs again
// when the network returns or the auto-sync interval passes.
class Session final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Session)

public:
    Session(AppSettings *settings, AuthService *auth, ApiClient *api, SyncEngine *sync,
            QObject *parent = nullptr);
    ~Session() override;

    // Opens the last user's cache and restores the tokens from the keychain.
    void start();

    CacheDatabase *cache() const;   // null until a user is known
    bool isOnline() const;

    // Starts a sync of the remembered company/project; false when none is chosen or running.
    bool syncNow(SyncEngine::Depth depth = SyncEngine::Depth::Changes);
    // Removes the cached data of the current user and opens a fresh, empty cache.
    bool clearCache(QString *error = nullptr);
    // Signs out; with removeCache the user's cached data goes too.
    void signOut(bool removeCache);

    // How often to knock while offline (default 30 s; tests use less).
    void setProbeInterval(int milliseconds);

signals:
    void cacheChanged(sitedesk::CacheDatabase *cache);
    // A sentence for the user: a rebuilt corrupt cache, a cache we could not open, …
    void cacheProblem(const QString &message);
    void onlineChanged(bool online);
    void userChanged();

private:
    void openCacheForCurrentUser();
    void onSignedIn();
    void fetchCurrentUser();
    void onSyncFinished();
    void onOnlineChanged(bool online);
    void probeNetwork();
    void restartAutoSync();

    AppSettings *m_settings;
    AuthService *m_auth;
    ApiClient *m_api;
    SyncEngine *m_sync;
    CacheDatabase *m_cache = nullptr;
    QTimer *m_probeTimer;
    QTimer *m_autoSyncTimer;
};

} // namespace sitedesk
