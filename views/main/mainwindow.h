#pragma once

#include "sync/syncengine.h"

#include <QMainWindow>

class QAction;
class QDockWidget;
class QKeySequence;
class QMenu;
class QStackedWidget;

namespace sitedesk {

class ApiClient;
class AppSettings;
class AuthService;
class CacheDatabase;
class Session;
class SignInPage;
class SyncStatusWidget;
class WorkspacePage;

// The one window. Shows the sign-in page while nobody is signed in and nothing is cached,
// else the workspace (company, project, tool tabs) with the sync status in the status bar.
// Owns no services: the app builds them and they must outlive the window.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(AppSettings *settings, AuthService *auth, Session *session, SyncEngine *sync,
               ApiClient *api, QWidget *parent = nullptr);
    ~MainWindow() override;

    // One call per tool view; key is what AppSettings::lastTab remembers ("drawings", …).
    int addToolTab(QWidget *widget, const QString &name, const QString &key);
    // A panel docked at the bottom (outbox, uploads …), hidden until the user shows it from the
    // View menu or the panel asks; its state is remembered with the window's. Returns the dock.
    QDockWidget *addDockPanel(QWidget *panel, const QString &title, const QString &key,
                              const QKeySequence &shortcut = {});

    // The cache the tool views should read (null while none is open).
    CacheDatabase *cache() const;
    qint64 companyId() const;
    qint64 projectId() const;

    bool isShowingSignIn() const;
    SignInPage *signInPage() const;
    WorkspacePage *workspace() const;
    SyncStatusWidget *syncStatus() const;

public slots:
    void syncNow();
    void checkEverything();   // a sync that also re-reads what is otherwise re-read every few hours
    void openSettings();
    void openProjectPicker();

signals:
    // The tool tabs reload for the new project (also emitted when the cache changes).
    void projectChanged(qint64 companyId, qint64 projectId);
    void cacheChanged(sitedesk::CacheDatabase *cache);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void startSync(sitedesk::SyncEngine::Depth depth);
    void createActions();
    void createMenus();
    void connectServices();
    void updatePage();
    void updateOnline();
    void updateTitle();
    void onCacheChanged(CacheDatabase *cache);
    void onSyncRunning(bool running);
    void onSyncFailed(const QString &message);
    void syncChosenProject();
    void confirmSignOut();
    void showAbout();
    void restoreWindowState();
    void announceProject(qint64 companyId, qint64 projectId);

    AppSettings *m_settings;
    AuthService *m_auth;
    Session *m_session;
    SyncEngine *m_sync;
    ApiClient *m_api;
    qint64 m_announcedCompany = -1;
    qint64 m_announcedProject = -1;

    QStackedWidget *m_pages;
    SignInPage *m_signInPage;
    WorkspacePage *m_workspace;
    SyncStatusWidget *m_syncStatus;
    bool m_wantsSignIn = false;   // the user asked to sign in again while cached data is shown

    QAction *m_settingsAction = nullptr;
    QAction *m_openProjectAction = nullptr;
    QAction *m_signInAction = nullptr;
    QAction *m_signOutAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_syncAction = nullptr;
    QAction *m_checkEverythingAction = nullptr;
    QAction *m_cancelSyncAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QMenu *m_viewMenu = nullptr;
};

} // namespace sitedesk
