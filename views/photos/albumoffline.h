#pragma once

#include "files/offlinedownload.h"

#include <QObject>
#include <QPointer>

class QToolButton;
class QWidget;

namespace sitedesk {

class FileStore;
class NoticeBar;

// "Keep album offline": says first how much it will download (Procore's sizes, without the
// photos already here) and asks; then the album's full-size photos go into the FileStore,
// pinned (OfflineDownload), with photos and bytes done in the tab's notice bar and a Cancel
// button; at the end, what could not be kept, in words.
class AlbumOffline final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlbumOffline)

public:
    AlbumOffline(NoticeBar *notice, QWidget *dialogParent, QObject *parent = nullptr);

    void setFileStore(FileStore *store);   // null: offers are refused
    void offer(const QString &albumName, const QList<OfflineItem> &items);
    OfflineDownload *job() const { return m_job; }
    QToolButton *cancelButton() const { return m_cancel; }
    bool isRunning() const;

signals:
    void jobEnded();

private:
    void start(const QString &albumName, const QList<OfflineItem> &items);
    void onProgress(int done, int total, qint64 bytes);
    void onStateChanged(OfflineDownload::State state);
    void onFinished(int failed);

    NoticeBar *m_notice;
    QWidget *m_dialogParent;
    QToolButton *m_cancel;
    QPointer<FileStore> m_store;
    QPointer<OfflineDownload> m_job;
    QString m_album;
};

} // namespace sitedesk
