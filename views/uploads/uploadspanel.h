#pragma once

#include <QWidget>

class QPushButton;
class QTableView;

namespace sitedesk {

class CacheDatabase;
class MainWindow;
class UploadService;
class UploadsModel;
struct UploadEntry;

// The uploads, like a browser's downloads list: each file with its progress bar, speed, time
// left and state (with the reason of a failure), and the actions its state allows: pause,
// resume, cancel, retry; "Clear Finished" forgets attached and cancelled files.
class UploadsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UploadsPanel)

public:
    explicit UploadsPanel(UploadService *uploads, QWidget *parent = nullptr);
    ~UploadsPanel() override;

    void setCache(CacheDatabase *cache);   // null while signed out
    UploadsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QSize sizeHint() const override;   // room for about six files when first docked

signals:
    // Files were queued (for the window to show the panel).
    void uploadsStarted();

private:
    const UploadEntry *selectedEntry() const;
    void act(void (UploadService::*action)(qint64));
    void updateActions();

    UploadService *m_uploads;
    UploadsModel *m_model;
    QTableView *m_view;
    QPushButton *m_pause;
    QPushButton *m_resume;
    QPushButton *m_cancel;
    QPushButton *m_retry;
    QPushButton *m_clear;
};

// Docks the panel in the window (View ▸ Uploads, Ctrl+Shift+U) and keeps it on the window's
// cache; the panel shows itself when files are queued.
UploadsPanel *installUploads(MainWindow *window, UploadService *uploads);

} // namespace sitedesk
