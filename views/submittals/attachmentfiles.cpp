#include "submittals/attachmentfiles.h"

#include "files/filefetch.h"
#include "files/filestore.h"

#include <QDesktopServices>
#include <QUrl>

namespace sitedesk {

AttachmentFiles::AttachmentFiles(QObject *parent)
    : QObject(parent),
      m_opener([](const QString &path) { return QDesktopServices::openUrl(QUrl::fromLocalFile(path)); })
{
}

void AttachmentFiles::setStore(FileStore *files, bool canDownload)
{
    m_files = files;
    m_canDownload = canDownload;
}

void AttachmentFiles::setOpener(std::function<bool(const QString &)> opener)
{
    m_opener = std::move(opener);
}

QString AttachmentFiles::note(const SubmittalDetail::Attachment &attachment) const
{
    const auto file = m_files ? m_files->info(attachment.fileKey()) : std::nullopt;
    return !file ? QString() : file->pinned ? tr("kept offline") : tr("on this computer");
}

void AttachmentFiles::openLocal(const SubmittalDetail::Attachment &attachment, const QString &path)
{
    emit status(m_opener(path) ? QString() : tr("No program on this computer opens %1.").arg(attachment.filename));
}

bool AttachmentFiles::download(const SubmittalDetail::Attachment &attachment, std::function<void(const QString &)> done)
{
    if (!m_files)
        return emit status(tr("Open a project to see its attachments.")), false;
    if (!m_canDownload || attachment.url.isEmpty())
        return emit status(tr("%1 is not on this computer, and Sitedesk cannot reach Procore to get it.").arg(attachment.filename)), false;
    emit status(tr("Downloading %1…").arg(attachment.filename));
    FileFetch *fetch = m_files->fetch(attachment.fileKey(), QUrl(attachment.url));
    connect(fetch, &FileFetch::progress, this, [this, attachment](qint64 received, qint64 total) {
        if (total > 0)
            emit status(tr("Downloading %1… %2%").arg(attachment.filename).arg(received * 100 / total));
    });
    connect(fetch, &FileFetch::finished, this, [this, attachment, done = std::move(done)](const QString &path, const ApiError &error) {
        if (error)
            return emit status(tr("Could not download %1: %2").arg(attachment.filename, error.userMessage()));
        done(path);
        emit filesChanged();
    });
    return true;
}

void AttachmentFiles::open(const SubmittalDetail::Attachment &attachment)
{
    // Once here, an attachment opens with no network at all.
    const QString local = m_files ? m_files->localPath(attachment.fileKey()) : QString();
    if (!local.isEmpty())
        return openLocal(attachment, local);
    download(attachment, [this, attachment](const QString &path) { openLocal(attachment, path); });
}

void AttachmentFiles::keepOffline(const SubmittalDetail::Attachment &attachment)
{
    if (m_files && m_files->setPinned(attachment.fileKey(), true))
        return emit filesChanged();
    download(attachment, [this, attachment](const QString &) {
        if (m_files)
            m_files->setPinned(attachment.fileKey(), true);
        emit status(tr("%1 is kept on this computer.").arg(attachment.filename));
    });
}

} // namespace sitedesk
