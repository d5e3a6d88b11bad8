#pragma once

#include "submittals/submittaldetail.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace sitedesk {

class FileStore;

// What the detail pane does with a submittal's attachments, through the FileStore: open one in
// the system's viewer (downloaded first when it is not on this computer; from then on it opens
// with no network), keep one offline (pinned: the disk limit never takes it), and tell which are
// here. Progress and failures come as a sentence for the pane (status).
class AttachmentFiles final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttachmentFiles)

public:
    explicit AttachmentFiles(QObject *parent = nullptr);

    // `files` may be null (no project open); `canDownload` is false without an API client.
    void setStore(FileStore *files, bool canDownload);
    // How a local file is opened (default: the system's viewer). A seam for tests.
    void setOpener(std::function<bool(const QString &path)> opener);

    void open(const SubmittalDetail::Attachment &attachment);
    void keepOffline(const SubmittalDetail::Attachment &attachment);
    // "kept offline", "on this computer", or "" when it is only in Procore.
    QString note(const SubmittalDetail::Attachment &attachment) const;

signals:
    void status(const QString &text);
    void filesChanged();

private:
    // Starts a download and calls `done(path)` once it is here; false when none can start.
    bool download(const SubmittalDetail::Attachment &attachment, std::function<void(const QString &path)> done);
    void openLocal(const SubmittalDetail::Attachment &attachment, const QString &path);

    QPointer<FileStore> m_files;
    bool m_canDownload = false;
    std::function<bool(const QString &)> m_opener;
};

} // namespace sitedesk
