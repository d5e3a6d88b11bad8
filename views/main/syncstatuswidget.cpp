#include "main/syncstatuswidget.h"

#include "cache/cachedatabase.h"
#include "cache/syncstatestore.h"
#include "common/icons.h"
#include "session/session.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

namespace sitedesk {

SyncStatusWidget::SyncStatusWidget(SyncEngine *sync, ApiClient *api, Session *session,
                                   QWidget *parent)
    : QWidget(parent)
    , m_sync(sync)
    , m_api(api)
    , m_session(session)
    , m_stateText(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QToolButton(this))
    , m_lastSyncedLabel(new QLabel(this))
    , m_budget(new QLabel(this))
    , m_onlineIcon(new QLabel(this))
    , m_onlineText(new QLabel(this))
    , m_minuteTimer(new QTimer(this))
{
    m_stateText->setObjectName(QStringLiteral("syncStateText"));
    m_progress->setObjectName(QStringLiteral("syncProgress"));
    m_progress->setRange(0, 100);
    m_progress->setMaximumWidth(140);
    m_progress->setTextVisible(false);
    m_cancel->setObjectName(QStringLiteral("syncCancel"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Cancel the sync (Esc)"));
    m_cancel->setAutoRaise(true);
    m_lastSyncedLabel->setObjectName(QStringLiteral("lastSynced"));
    m_budget->setObjectName(QStringLiteral("rateBudget"));
    m_onlineText->setObjectName(QStringLiteral("onlineState"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stateText);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel);
    layout->addSpacing(8);
    layout->addWidget(m_lastSyncedLabel);
    layout->addSpacing(8);
    layout->addWidget(m_budget);
    layout->addSpacing(8);
    layout->addWidget(m_onlineIcon);
    layout->addWidget(m_onlineText);

    connect(m_cancel, &QToolButton::clicked, m_sync, &SyncEngine::cancel);
    connect(m_sync, &SyncEngine::started, this, &SyncStatusWidget::onStarted);
    connect(m_sync, &SyncEngine::progress, this, &SyncStatusWidget::onProgress);
    connect(m_sync, &SyncEngine::finished, this, &SyncStatusWidget::onFinished);
    connect(m_api, &ApiClient::rateBudgetChanged, this, &SyncStatusWidget::updateBudget);
    connect(m_session, &Session::onlineChanged, this, &SyncStatusWidget::setOnline);
    connect(m_session, &Session::cacheChanged, this, &SyncStatusWidget::refreshLastSynced);
    // "just now" turns into a time, a time into "yesterday …" without any event from us.
    m_minuteTimer->setInterval(60 * 1000);
    connect(m_minuteTimer, &QTimer::timeout, this, &SyncStatusWidget::updateLastSyncedLabel);
    m_minuteTimer->start();

    showRunning(m_sync->isRunning());
    setOnline(m_session->isOnline());
    updateBudget();
    refreshLastSynced();
}

void SyncStatusWidget::setScope(qint64 companyId, qint64 projectId)
{
    m_companyId = companyId;
    m_projectId = projectId;
    refreshLastSynced();
}

void SyncStatusWidget::refreshLastSynced()
{
    m_lastSynced.reset();
    if (CacheDatabase *cache = m_session->cache())
        m_lastSynced = lastSuccessFor(*cache, m_companyId, m_projectId);
    updateLastSyncedLabel();
}

std::optional<QDateTime> SyncStatusWidget::lastSuccessFor(CacheDatabase &cache, qint64 companyId,
                                                          qint64 projectId)
{
    const SyncStateStore store(cache);
    std::optional<QDateTime> latest;
    for (qint64 scope : {projectId, companyId}) {
        if (scope <= 0)
            continue;
        const std::optional<QDateTime> when = store.lastSuccess(scope);
        if (when && (!latest || *when > *latest))
            latest = when;
    }
    return latest;
}

void SyncStatusWidget::setOnline(bool online)
{
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_onlineIcon->setPixmap((online ? Icons::online() : Icons::offline()).pixmap(size, size));
    m_onlineText->setText(online ? tr("Online") : tr("Offline"));
    m_onlineText->setToolTip(online ? tr("Procore is reachable.")
                                    : tr("Procore cannot be reached; showing cached data."));
    m_onlineIcon->setToolTip(m_onlineText->toolTip());
}

QString SyncStatusWidget::lastSyncedText(const std::optional<QDateTime> &when,
                                         const QDateTime &now, const QLocale &locale)
{
    if (!when || !when->isValid())
        return tr("Not synced yet");
    const QDateTime local = when->toLocalTime();
    const QDateTime localNow = now.toLocalTime();
    if (local.secsTo(localNow) < 60)
        return tr("Last synced just now");
    const QString time = locale.toString(local.time(), QLocale::ShortFormat);
    if (local.date() == localNow.date())
        return tr("Last synced %1").arg(time);
    if (local.date().addDays(1) == localNow.date())
        return tr("Last synced yesterday %1").arg(time);
    return tr("Last synced %1").arg(locale.toString(local.date(), QLocale::ShortFormat));
}

QString SyncStatusWidget::budgetText(const ApiClient::RateBudget &budget, const QLocale &locale)
{
    if (budget.limit < 0 || budget.remaining < 0)
        return {};
    return tr("API %1/%2").arg(locale.toString(budget.remaining), locale.toString(budget.limit));
}

void SyncStatusWidget::onStarted()
{
    m_progress->setValue(0);
    m_stateText->setText(tr("Syncing…"));
    showRunning(true);
}

void SyncStatusWidget::onProgress(int percent, const QString &text)
{
    m_progress->setValue(percent);
    m_stateText->setText(text);
}

void SyncStatusWidget::onFinished(const SyncEngine::Summary &summary)
{
    showRunning(false);
    refreshLastSynced();
    if (summary.ok() || summary.cancelled)
        emit syncEnded(summary.message());
    else
        emit syncFailed(summary.message());
}

void SyncStatusWidget::showRunning(bool running)
{
    m_stateText->setVisible(running);
    m_progress->setVisible(running);
    m_cancel->setVisible(running);
}

void SyncStatusWidget::updateLastSyncedLabel()
{
    m_lastSyncedLabel->setText(lastSyncedText(m_lastSynced, QDateTime::currentDateTime(), locale()));
    m_lastSyncedLabel->setToolTip(
        m_lastSynced ? tr("Last successful sync: %1")
                           .arg(locale().toString(m_lastSynced->toLocalTime(), QLocale::LongFormat))
                     : QString());
}

void SyncStatusWidget::updateBudget()
{
    const ApiClient::RateBudget budget = m_api->rateBudget();
    const QString text = budgetText(budget, locale());
    m_budget->setText(text);
    m_budget->setVisible(!text.isEmpty());
    if (budget.resetsAt.isValid()) {
        m_budget->setToolTip(tr("Procore API requests left in this rate-limit window; "
                                "the budget resets at %1.")
                                 .arg(locale().toString(budget.resetsAt.toLocalTime().time(),
                                                        QLocale::ShortFormat)));
    } else {
        m_budget->setToolTip(tr("Procore API requests left in this rate-limit window."));
    }
}

} // namespace sitedesk
