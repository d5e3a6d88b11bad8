#include "photos/albumoffline.h"

#include "common/messagebox.h"
#include "common/noticebar.h"
#include "files/filestore.h"

#include <QLocale>
#include <QToolButton>

namespace sitedesk {

AlbumOffline::AlbumOffline(NoticeBar *notice, QWidget *dialogParent, QObject *parent)
    : QObject(parent), m_notice(notice), m_dialogParent(dialogParent), m_cancel(notice->addActionButton(tr("Cancel")))
{
    m_cancel->setToolTip(tr("Stop, and keep none of this album's photos offline"));
    m_cancel->hide();
    connect(m_cancel, &QToolButton::clicked, this, [this] {
        if (m_job)
            m_job->cancel();
    });
}

void AlbumOffline::setFileStore(FileStore *store)
{
    if (m_job)
        m_job->cancel();
    m_store = store;
}

bool AlbumOffline::isRunning() const
{
    return m_job && (m_job->state() == OfflineDownload::State::Running || m_job->state() == OfflineDownload::State::Paused);
}

void AlbumOffline::offer(const QString &albumName, const QList<OfflineItem> &items)
{
    const auto say = [this](const QString &text) { m_notice->showNotice(NoticeBar::Kind::Warning, text); };
    if (!m_store)
        return say(tr("Open a project to keep its photos offline."));
    if (isRunning())
        return say(tr("An album is still being made available offline. Cancel that first, or wait for it."));
    if (items.isEmpty())
        return say(tr("There are no photos in %1.").arg(albumName));
    const OfflineDownload::Estimate estimate = OfflineDownload::estimate(*m_store, items);
    MessageBox::Question question;
    question.title = tr("Keep Album Offline");
    question.text = tr("Keep the %n photo(s) of %1 on this computer?", nullptr, estimate.files).arg(albumName);
    const int toDownload = estimate.files - estimate.alreadyHere;
    QStringList details;
    if (toDownload == 0)
        details << tr("Every one is on this computer already: nothing to download.");
    else
        details << tr("About %1 to download for %n photo(s).", nullptr, toDownload).arg(QLocale().formattedDataSize(estimate.bytes));
    details << tr("Photos kept offline open full size with no network and are never removed to save space.");
    question.informativeText = details.join(QLatin1Char(' '));
    question.confirmText = tr("Download");
    MessageBox::ask(m_dialogParent, question, [this, albumName, items](MessageBox::Answer answer) {
        if (answer == MessageBox::Answer::Confirm)
            start(albumName, items);
    });
}

void AlbumOffline::start(const QString &albumName, const QList<OfflineItem> &items)
{
    if (m_job)
        m_job->deleteLater();
    m_album = albumName;
    m_job = new OfflineDownload(m_store, items, this);
    connect(m_job, &OfflineDownload::progress, this, &AlbumOffline::onProgress);
    connect(m_job, &OfflineDownload::stateChanged, this, &AlbumOffline::onStateChanged);
    connect(m_job, &OfflineDownload::finished, this, &AlbumOffline::onFinished);
    m_job->start();
    onProgress(m_job->filesDone(), m_job->filesTotal(), m_job->bytesReceived());
}

void AlbumOffline::onProgress(int done, int total, qint64 bytes)
{
    if (!isRunning())
        return;
    m_notice->showNotice(NoticeBar::Kind::Information, tr("%1: %2 of %3 photos offline (%4 downloaded)…")
                                                           .arg(m_album).arg(done).arg(total).arg(QLocale().formattedDataSize(bytes)));
    m_cancel->show();
}

void AlbumOffline::onStateChanged(OfflineDownload::State state)
{
    if (state == OfflineDownload::State::Cancelled) {
        m_cancel->hide();
        m_notice->showNotice(NoticeBar::Kind::Information,
                             tr("Cancelled: the photos of %1 are not kept offline (those kept before stay).").arg(m_album));
        emit jobEnded();
    }
}

void AlbumOffline::onFinished(int failed)
{
    m_cancel->hide();
    const int total = m_job ? m_job->filesTotal() : 0;
    if (failed == 0) {
        m_notice->showNotice(NoticeBar::Kind::Information, tr("%1: all %n photo(s) are available offline.", nullptr, total).arg(m_album));
    } else {
        m_notice->showNotice(NoticeBar::Kind::Warning, tr("%1: %2 of %3 photos are available offline; %4 could not be downloaded: %5")
                                                           .arg(m_album).arg(total - failed).arg(total).arg(failed)
                                                           .arg(m_job ? m_job->failures().value(0) : QString()));
    }
    emit jobEnded();
}

} // namespace sitedesk
