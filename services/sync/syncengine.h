#pragma once

#include "api/apierror.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QStringList>

namespace sitedesk {

class ApiClient;
class CacheDatabase;
class ToolSync;

// Plans and runs a sync: the account's companies, the company's projects, then the project's
// tools. Tools run one after another here (each one's pages run concurrently in the
// ApiClient); a failed tool is reported and skipped and never wipes good cached data.
class SyncEngine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncEngine)

public:
    struct Summary
    {
        bool cancelled = false;
        QStringList succeeded;
        QStringList failed;             // tool names
        QList<ApiError> errors;         // one per failed tool, same order
        int records = 0;
        int requests = 0;
        QString message() const;        // one sentence for the status bar / stderr
        bool ok() const { return !cancelled && failed.isEmpty(); }
    };

    SyncEngine(ApiClient *api, QObject *parent = nullptr);
    ~SyncEngine() override;

    void setCache(CacheDatabase *cache);   // null while signed out

    // Changes: what changed since the last sync, plus the full reads that are due (fullread.h).
    // Everything: every full read too, e.g. to see at once what was deleted in Procore.
    enum class Depth { Changes, Everything };

    // tools empty = "companies", "projects" and every default project tool. Returns false when
    // a sync is already running or there is no cache.
    bool start(qint64 companyId, qint64 projectId, const QStringList &tools = {}, Depth depth = Depth::Changes);
    void cancel();
    bool isRunning() const;
    Summary lastSummary() const;
    qint64 companyId() const { return m_companyId; }   // of the running or the last run

signals:
    void started();
    // percent 0–100; text such as "Syncing Projects (2 of 5 pages)…"
    void progress(int percent, const QString &text);
    void toolFinished(const QString &tool, const sitedesk::ApiError &error);
    void finished(const sitedesk::SyncEngine::Summary &summary);

private:
    void runNext();
    void onToolFinished(const ApiError &error);

    ApiClient *m_api;
    QPointer<CacheDatabase> m_cache;
    QStringList m_plan;
    int m_index = -1;
    qint64 m_companyId = 0;
    qint64 m_projectId = 0;
    Depth m_depth = Depth::Changes;
    int m_requestsAtStart = 0;
    QPointer<ToolSync> m_current;
    Summary m_summary;
    bool m_running = false;
    bool m_cancelRequested = false;
};

} // namespace sitedesk
