#include "session/session.h"

#include "api/apiclient.h"
#include "api/apireply.h"
#include "auth/authservice.h"
#include "cache/cachedatabase.h"
#include "companies/companystore.h"
#include "core/jsonfields.h"
#include "settings/appsettings.h"
#include "sync/syncengine.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QTimer>

namespace sitedesk {

namespace {
constexpr int probeIntervalMs = 30 * 1000;
}

Session::Session(AppSettings *settings, AuthService *auth, ApiClient *api, SyncEngine *sync, QObject *parent)
    : QObject(parent),
      m_settings(settings),
      m_auth(auth),
      m_api(api),
      m_sync(sync),
      m_probeTimer(new QTimer(this)),
      m_autoSyncTimer(new QTimer(this))
{
    connect(m_auth, &AuthService::signedIn, this, &Session::onSignedIn);
    connect(m_api, &ApiClient::onlineChanged, this, &Session::onOnlineChanged);
    connect(m_probeTimer, &QTimer::timeout, this, &Session::probeNetwork);
    connect(m_autoSyncTimer, &QTimer::timeout, this, [this] { syncNow(); });
    connect(m_settings, &AppSettings::changed, this, &Session::restartAutoSync);
    connect(m_sync, &SyncEngine::finished, this, &Session::onSyncFinished);
    m_probeTimer->setInterval(probeIntervalMs);
    qRegisterMetaType<sitedesk::CacheDatabase *>();
}

Session::~Session() = default;

CacheDatabase *Session::cache() const { return m_cache; }
bool Session::isOnline() const { return m_api->isOnline(); }

void Session::start()
{
    // Offline first: the last user's cache opens before any network answer.
    if (m_settings->userId() != 0)
        openCacheForCurrentUser();
    restartAutoSync();
    m_auth->restoreSession();
}

void Session::openCacheForCurrentUser()
{
    const QString path = m_settings->cacheDatabasePath();
    if (m_cache && m_cache->filePath() == path)
        return;
    QDir().mkpath(QFileInfo(path).absolutePath());
    auto *cache = new CacheDatabase(path, this);
    const CacheDatabase::OpenStatus status = cache->open();
    if (status == CacheDatabase::OpenStatus::TooNew || status == CacheDatabase::OpenStatus::Failed) {
        emit cacheProblem(cache->errorText());
        delete cache;
        return;
    }
    if (status == CacheDatabase::OpenStatus::RebuiltCorrupt)
        emit cacheProblem(cache->errorText());
    CacheDatabase *old = std::exchange(m_cache, cache);
    m_sync->setCache(m_cache);
    emit cacheChanged(m_cache);
    if (old)
        old->deleteLater();
}

void Session::onSignedIn()
{
    fetchCurrentUser();
}

void Session::fetchCurrentUser()
{
    ApiReply *reply = m_api->send(ApiRequest::get(QStringLiteral("/rest/v1.0/me")));
    connect(reply, &ApiReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (reply->error()) {
            // Offline or Procore unwell: keep working from the cache we have.
            return;
        }
        const QJsonObject me = reply->json().object();
        const qint64 id = json::toId(me.value(QLatin1String("id")));
        if (id == 0)
            return;
        const bool changedUser = id != m_settings->userId();
        m_settings->setUser(id, json::toText(me.value(QLatin1String("name"))));
        openCacheForCurrentUser();
        if (changedUser)
            emit userChanged();
        syncNow();
    });
}

bool Session::syncNow(SyncEngine::Depth depth)
{
    if (!m_cache || !m_auth->isSignedIn())
        return false;
    return m_sync->start(m_settings->lastCompanyId(), m_settings->lastProjectId(), {}, depth);
}

bool Session::clearCache(QString *error)
{
    if (!m_cache)
        return true;
    m_sync->cancel();
    const QString path = m_cache->filePath();
    m_sync->setCache(nullptr);
    delete m_cache;
    m_cache = nullptr;
    emit cacheChanged(nullptr);
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile file(path + suffix);
        if (file.exists() && !file.remove()) {
            if (error)
                *error = tr("Could not remove %1: %2").arg(file.fileName(), file.errorString());
            openCacheForCurrentUser();
            return false;
        }
    }
    openCacheForCurrentUser();
    return true;
}

void Session::signOut(bool removeCache)
{
    m_sync->cancel();
    m_api->cancelAll();
    if (removeCache)
        clearCache();
    m_auth->signOut();
}

void Session::onSyncFinished()
{
    // First sign-in: the sync had no company to read projects for. Take the company the window
    // chose meanwhile (its list fills as soon as the companies are stored, while the sync still
    // runs, so its own request to sync was refused), else the user's own company (or the first
    // one), and sync its projects.
    if (m_sync->companyId() != 0 || !m_cache || !m_sync->lastSummary().ok())
        return;
    if (m_settings->lastCompanyId() == 0) {
        const QList<Company> companies = CompanyStore(*m_cache).all();
        const qsizetype preferred = Company::preferredIndex(companies);
        if (preferred < 0)
            return;
        m_settings->setLastCompanyId(companies.at(preferred).id);
    }
    QTimer::singleShot(0, this, [this] { syncNow(); });
}

void Session::onOnlineChanged(bool online)
{
    emit onlineChanged(online);
    if (!online) {
        m_probeTimer->start();
        return;
    }
    m_probeTimer->stop();
    syncNow();   // the network is back: catch up
}

void Session::setProbeInterval(int milliseconds)
{
    m_probeTimer->setInterval(milliseconds);
}

void Session::probeNetwork()
{
    // Any answer at all (even 401) flips ApiClient back online, which resumes syncing.
    ApiReply *reply = m_api->send(ApiRequest::get(QStringLiteral("/rest/v1.0/me")));
    connect(reply, &ApiReply::finished, reply, &QObject::deleteLater);
}

void Session::restartAutoSync()
{
    const int minutes = m_settings->autoSyncMinutes();
    if (minutes <= 0) {
        m_autoSyncTimer->stop();
        return;
    }
    if (m_autoSyncTimer->interval() != minutes * 60 * 1000 || !m_autoSyncTimer->isActive())
        m_autoSyncTimer->start(minutes * 60 * 1000);
}

} // namespace sitedesk
