#pragma once

#include "files/offlinedownload.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace sitedesk {

class FileStore;

// Under the drawing log: "Make available offline" for a group of sheets (a drawing set, an
// area, a discipline, the sheets shown). offer() first says how much it will download (from
// Procore's sizes, without the sheets already here) and asks; then the bar shows sheets and
// bytes done with Pause/Resume and Cancel, and at the end what could not be kept, in words.
// The status line also carries the tab's other short outcomes (an export saved …).
class DrawingsOfflineBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DrawingsOfflineBar)

public:
    explicit DrawingsOfflineBar(QWidget *parent = nullptr);
    ~DrawingsOfflineBar() override;

    // The store the sheets go to; null when no project is open (offers are refused).
    void setFileStore(FileStore *store);
    // `scope` names the group for people: "drawing set “Issued for Construction”".
    void offer(const QString &scope, const QList<OfflineItem> &items);
    void showStatus(const QString &text);

    OfflineDownload *job() const { return m_job; }
    QLabel *statusLabel() const { return m_status; }
    QPushButton *pauseButton() const { return m_pause; }
    QPushButton *cancelButton() const { return m_cancel; }

signals:
    // A download ended (finished or cancelled): the log's marks may have changed.
    void jobEnded();

private:
    void start(const QString &scope, const QList<OfflineItem> &items);
    void onProgress(int done, int total, qint64 bytes);
    void onStateChanged(OfflineDownload::State state);
    void onFinished(int failed);
    void togglePause();

    QPointer<FileStore> m_store;
    QPointer<OfflineDownload> m_job;
    QString m_scope;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_pause;
    QPushButton *m_cancel;
};

} // namespace sitedesk
