#include "sync/syncengine.h"

#include "api/apiclient.h"
#include "cache/cachedatabase.h"
#include "sync/cachewriter.h"
#include "sync/toolregistry.h"
#include "sync/toolsync.h"

#include <QCoreApplication>

namespace sitedesk {

QString SyncEngine::Summary::message() const
{
    if (cancelled)
        return QCoreApplication::translate("SyncEngine", "Sync cancelled. Data synced before stays available.");
    if (failed.isEmpty())
        return QCoreApplication::translate("SyncEngine", "Sync finished: %n record(s) up to date.", nullptr, records);
    return QCoreApplication::translate("SyncEngine", "Sync incomplete: %1 Cached data was kept.")
        .arg(errors.isEmpty() ? QString() : errors.first().userMessage());
}

SyncEngine::SyncEngine(ApiClient *api, QObject *parent) : QObject(parent), m_api(api) {}

SyncEngine::~SyncEngine() = default;

void SyncEngine::setCache(CacheDatabase *cache)
{
    if (m_running && cache != m_cache)
        cancel();
    if (cache != m_cache)
        cachewriter::waitForIdle();   // the old cache may be closed next: no write may be left on it
    m_cache = cache;
}

bool SyncEngine::isRunning() const { return m_running; }
SyncEngine::Summary SyncEngine::lastSummary() const { return m_summary; }

bool SyncEngine::start(qint64 companyId, qint64 projectId, const QStringList &tools, Depth depth)
{
    if (m_running || !m_cache)
        return false;
    QStringList wanted = tools;
    if (wanted.isEmpty())
        wanted = QStringList{QStringLiteral("companies"), QStringLiteral("projects")}
                 + ToolRegistry::defaultProjectTools();
    m_plan.clear();
    for (const QString &name : std::as_const(wanted)) {
        const ToolRegistry::Entry *entry = ToolRegistry::find(name);
        if (!entry)
            continue;
        // Tools below the chosen scope wait until a company or project is chosen.
        if (entry->scope == ToolSync::Scope::Company && companyId == 0)
            continue;
        if (entry->scope == ToolSync::Scope::Project && projectId == 0)
            continue;
        m_plan << name;
    }
    m_companyId = companyId;
    m_projectId = projectId;
    m_depth = depth;
    m_summary = {};
    m_index = -1;
    m_requestsAtStart = m_api->requestsSent();
    m_cancelRequested = false;
    m_running = true;
    emit started();
    runNext();
    return true;
}

void SyncEngine::cancel()
{
    if (!m_running)
        return;
    m_cancelRequested = true;
    if (m_current)
        m_current->cancel();
}

void SyncEngine::runNext()
{
    ++m_index;
    if (m_cancelRequested || m_index >= m_plan.size() || !m_cache) {
        m_running = false;
        m_summary.cancelled = m_cancelRequested;
        m_summary.requests = m_api->requestsSent() - m_requestsAtStart;
        emit progress(100, m_summary.message());
        emit finished(m_summary);
        return;
    }
    const ToolRegistry::Entry *entry = ToolRegistry::find(m_plan.at(m_index));
    const int steps = int(m_plan.size());
    const int index = m_index;
    const QString label = entry->displayName();
    ToolSync *tool = entry->create(this);
    m_current = tool;
    connect(tool, &ToolSync::progress, this, [this, steps, index, label](int done, int total) {
        const int percent = total > 0 ? (100 * index + 100 * done / total) / steps : 100 * index / steps;
        emit progress(percent, tr("Syncing %1 (%2 of %3 pages)…").arg(label).arg(done).arg(total));
    });
    connect(tool, &ToolSync::finished, this, &SyncEngine::onToolFinished);
    emit progress(100 * index / steps, tr("Syncing %1…").arg(label));
    tool->start({m_api, m_cache, m_companyId, m_projectId, m_depth == Depth::Everything});
}

void SyncEngine::onToolFinished(const ApiError &error)
{
    ToolSync *tool = m_current;
    const QString name = m_plan.value(m_index);
    if (tool)
        tool->deleteLater();
    m_current = nullptr;
    if (error.kind == ApiError::Kind::Cancelled) {
        m_cancelRequested = true;
    } else if (error) {
        m_summary.failed << name;
        m_summary.errors << error;
        // Without a valid sign-in nothing after this can succeed either.
        if (error.kind == ApiError::Kind::SignedOut || error.kind == ApiError::Kind::Offline)
            m_index = int(m_plan.size());
    } else {
        m_summary.succeeded << name;
        m_summary.records += tool ? tool->recordCount() : 0;
    }
    emit toolFinished(name, error);
    runNext();
}

} // namespace sitedesk
