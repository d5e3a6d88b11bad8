#pragma once

#include "api/apiclient.h"
#include "sync/syncengine.h"

#include <QDateTime>
#include <QWidget>

#include <optional>

class QLabel;
class QProgressBar;
class QTimer;
class QToolButton;

namespace sitedesk {

class CacheDatabase;
class Session;

// The permanent right-hand part of the status bar: what the sync is doing (text, progress,
// Cancel), when the current project last synced, the API rate budget, online or offline.
// Sync failures are not shown here in a box: syncFailed() carries the sentence to the window,
// which puts it in the status bar and a non-modal notice.
class SyncStatusWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncStatusWidget)

public:
    SyncStatusWidget(SyncEngine *sync, ApiClient *api, Session *session, QWidget *parent = nullptr);

    void setScope(qint64 companyId, qint64 projectId);
    // Re-reads the last successful sync from the cache (after a sync or a cache switch).
    void refreshLastSynced();
    void setOnline(bool online);

    // The later of the project's tools and the company-wide lists (projects, …): what the
    // user sees of this project was current then.
    static std::optional<QDateTime> lastSuccessFor(CacheDatabase &cache, qint64 companyId,
                                                   qint64 projectId);
    static QString lastSyncedText(const std::optional<QDateTime> &when, const QDateTime &now,
                                  const QLocale &locale);
    static QString budgetText(const ApiClient::RateBudget &budget, const QLocale &locale);

signals:
    void syncFailed(const QString &message);
    // Success or a cancel: a sentence for the status bar only.
    void syncEnded(const QString &message);

private:
    void onStarted();
    void onProgress(int percent, const QString &text);
    void onFinished(const SyncEngine::Summary &summary);
    void showRunning(bool running);
    void updateLastSyncedLabel();
    void updateBudget();

    SyncEngine *m_sync;
    ApiClient *m_api;
    Session *m_session;
    qint64 m_companyId = 0;
    qint64 m_projectId = 0;
    std::optional<QDateTime> m_lastSynced;

    QLabel *m_stateText;
    QProgressBar *m_progress;
    QToolButton *m_cancel;
    QLabel *m_lastSyncedLabel;
    QLabel *m_budget;
    QLabel *m_onlineIcon;
    QLabel *m_onlineText;
    QTimer *m_minuteTimer;
};

} // namespace sitedesk
