#include "drawings/drawingsofflinebar.h"

#include "common/messagebox.h"
#include "files/filestore.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>

namespace sitedesk {

namespace {

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace

DrawingsOfflineBar::DrawingsOfflineBar(QWidget *parent)
    : QWidget(parent),
      m_status(new QLabel(this)),
      m_progress(new QProgressBar(this)),
      m_pause(new QPushButton(tr("Pause"), this)),
      m_cancel(new QPushButton(tr("Cancel"), this))
{
    m_status->setObjectName(QStringLiteral("drawingOfflineStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setObjectName(QStringLiteral("drawingOfflineProgress"));
    m_progress->setMaximumWidth(160);
    m_pause->setObjectName(QStringLiteral("drawingOfflinePause"));
    m_cancel->setObjectName(QStringLiteral("drawingOfflineCancel"));
    m_cancel->setToolTip(tr("Stop, and keep none of these sheets offline"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_status, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_pause);
    layout->addWidget(m_cancel);
    connect(m_pause, &QPushButton::clicked, this, &DrawingsOfflineBar::togglePause);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_job)
            m_job->cancel();
    });
    onStateChanged(OfflineDownload::State::Finished);
}

DrawingsOfflineBar::~DrawingsOfflineBar() = default;

void DrawingsOfflineBar::setFileStore(FileStore *store)
{
    if (store == m_store)
        return;
    if (m_job) {
        m_job->cancel();
        m_job->deleteLater();
    }
    m_store = store;
    m_status->clear();
}

void DrawingsOfflineBar::showStatus(const QString &text)
{
    m_status->setText(text);
}

void DrawingsOfflineBar::offer(const QString &scope, const QList<OfflineItem> &items)
{
    if (!m_store)
        return showStatus(tr("Open a project to keep its sheets offline."));
    if (m_job && (m_job->state() == OfflineDownload::State::Running || m_job->state() == OfflineDownload::State::Paused))
        return showStatus(tr("Sheets are still being made available offline. Cancel that first, or wait for it."));
    if (items.isEmpty())
        return showStatus(tr("There are no sheets in %1.").arg(scope));
    const OfflineDownload::Estimate estimate = OfflineDownload::estimate(*m_store, items);
    MessageBox::Question question;
    question.title = tr("Make Available Offline");
    question.text = tr("Make %n sheet(s) of %1 available offline?", nullptr, estimate.files).arg(scope);
    QStringList details;
    const int toDownload = estimate.files - estimate.alreadyHere;
    if (toDownload == 0)
        details << tr("Every one is on this computer already: nothing to download.");
    else
        details << tr("About %1 to download for %n sheet(s).", nullptr, toDownload).arg(sizeText(estimate.bytes));
    if (estimate.alreadyHere > 0 && toDownload > 0)
        details << tr("%n sheet(s) already on this computer.", nullptr, estimate.alreadyHere);
    if (estimate.unknownSizes > 0)
        details << tr("Procore gives no size for %n of them.", nullptr, estimate.unknownSizes);
    details << tr("Sheets kept offline open with no network and are never removed to save space.");
    question.informativeText = details.join(QLatin1Char(' '));
    question.confirmText = tr("Download");
    MessageBox::ask(this, question, [this, scope, items](MessageBox::Answer answer) {
        if (answer == MessageBox::Answer::Confirm)
            start(scope, items);
    });
}

void DrawingsOfflineBar::start(const QString &scope, const QList<OfflineItem> &items)
{
    if (m_job)
        m_job->deleteLater();
    m_scope = scope;
    m_job = new OfflineDownload(m_store, items, this);
    connect(m_job, &OfflineDownload::progress, this, &DrawingsOfflineBar::onProgress);
    connect(m_job, &OfflineDownload::stateChanged, this, &DrawingsOfflineBar::onStateChanged);
    connect(m_job, &OfflineDownload::finished, this, &DrawingsOfflineBar::onFinished);
    m_progress->setRange(0, int(items.size()));
    m_progress->setValue(0);
    m_job->start();
    onProgress(0, int(items.size()), 0);
}

void DrawingsOfflineBar::onProgress(int done, int total, qint64 bytes)
{
    m_progress->setValue(done);
    const QString text = tr("%1: %2 of %3 sheets offline (%4 downloaded)").arg(m_scope).arg(done).arg(total).arg(sizeText(bytes));
    m_status->setText(m_job && m_job->state() == OfflineDownload::State::Paused ? tr("Paused. %1").arg(text) : text);
}

void DrawingsOfflineBar::onStateChanged(OfflineDownload::State state)
{
    const bool active = state == OfflineDownload::State::Running || state == OfflineDownload::State::Paused;
    m_progress->setVisible(active);
    m_pause->setVisible(active);
    m_cancel->setVisible(active);
    m_pause->setText(state == OfflineDownload::State::Paused ? tr("Resume") : tr("Pause"));
    m_pause->setToolTip(state == OfflineDownload::State::Paused ? tr("Go on downloading") : tr("Let the sheets on their way finish, and start no more"));
    if (m_job && active)
        onProgress(m_job->filesDone(), m_job->filesTotal(), m_job->bytesReceived());
    if (state == OfflineDownload::State::Cancelled) {
        m_status->setText(tr("Cancelled: the sheets of %1 are not kept offline (those kept before stay).").arg(m_scope));
        emit jobEnded();
    }
}

void DrawingsOfflineBar::togglePause()
{
    if (!m_job)
        return;
    if (m_job->state() == OfflineDownload::State::Paused)
        m_job->resume();
    else
        m_job->pause();
}

void DrawingsOfflineBar::onFinished(int failed)
{
    const int total = m_job ? m_job->filesTotal() : 0;
    if (failed == 0) {
        m_status->setText(tr("%1: all %n sheet(s) are available offline.", nullptr, total).arg(m_scope));
    } else {
        m_status->setText(tr("%1: %2 of %3 sheets are available offline; %4 could not be downloaded.")
                              .arg(m_scope).arg(total - failed).arg(total).arg(failed));
        m_status->setToolTip(m_job ? m_job->failures().join(QLatin1Char('\n')) : QString());
    }
    emit jobEnded();
}

} // namespace sitedesk
