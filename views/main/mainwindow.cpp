#include "main/mainwindow.h"

#include "api/apiclient.h"
#include "auth/authservice.h"
#include "cache/cachedatabase.h"
#include "common/icons.h"
#include "common/messagebox.h"
#include "main/syncstatuswidget.h"
#include "main/workspacepage.h"
#include "projects/projectpicker.h"
#include "session/session.h"
#include "settings/appsettings.h"
#include "settings/settingsdialog.h"
#include "signin/signinpage.h"
#include "sync/syncengine.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QMenuBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>

namespace sitedesk {

namespace {

constexpr int kStatusMessageMs = 15000;
const QString kGeometryKey = QStringLiteral("MainWindow/geometry");
const QString kStateKey = QStringLiteral("MainWindow/state");

} // namespace

MainWindow::MainWindow(AppSettings *settings, AuthService *auth, Session *session,
                       SyncEngine *sync, ApiClient *api, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_auth(auth)
    , m_session(session)
    , m_sync(sync)
    , m_api(api)
    , m_pages(new QStackedWidget(this))
    , m_signInPage(new SignInPage(auth, settings, m_pages))
    , m_workspace(new WorkspacePage(settings, m_pages))
    , m_syncStatus(new SyncStatusWidget(sync, api, session, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(Icons::app());
    m_pages->addWidget(m_signInPage);
    m_pages->addWidget(m_workspace);
    setCentralWidget(m_pages);
    statusBar()->addPermanentWidget(m_syncStatus);

    createActions();
    createMenus();
    connectServices();
    onCacheChanged(m_session->cache());
    onSyncRunning(m_sync->isRunning());
    restoreWindowState();
}

MainWindow::~MainWindow() = default;

int MainWindow::addToolTab(QWidget *widget, const QString &name, const QString &key)
{
    return m_workspace->addToolTab(widget, name, key);
}

QDockWidget *MainWindow::addDockPanel(QWidget *panel, const QString &title, const QString &key,
                                      const QKeySequence &shortcut)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(key + QStringLiteral("Dock"));   // saveState() needs it
    dock->setWidget(panel);
    dock->setAllowedAreas(Qt::BottomDockWidgetArea | Qt::RightDockWidgetArea);
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    dock->hide();
    QAction *toggle = dock->toggleViewAction();
    if (!shortcut.isEmpty())
        toggle->setShortcut(shortcut);
    m_viewMenu->addAction(toggle);
    restoreState(QSettings().value(kStateKey).toByteArray());   // its remembered visibility
    return dock;
}

CacheDatabase *MainWindow::cache() const
{
    return m_session->cache();
}

qint64 MainWindow::companyId() const
{
    return m_settings->lastCompanyId();
}

qint64 MainWindow::projectId() const
{
    return m_settings->lastProjectId();
}

bool MainWindow::isShowingSignIn() const
{
    return m_pages->currentWidget() == m_signInPage;
}

SignInPage *MainWindow::signInPage() const { return m_signInPage; }
WorkspacePage *MainWindow::workspace() const { return m_workspace; }
SyncStatusWidget *MainWindow::syncStatus() const { return m_syncStatus; }

void MainWindow::syncNow()
{
    startSync(SyncEngine::Depth::Changes);
}

void MainWindow::checkEverything()
{
    startSync(SyncEngine::Depth::Everything);
}

void MainWindow::startSync(SyncEngine::Depth depth)
{
    if (m_sync->isRunning())
        return;
    if (!m_auth->isSignedIn()) {
        statusBar()->showMessage(tr("Sign in to sync with Procore."), kStatusMessageMs);
        return;
    }
    // With no project chosen yet this fetches the companies and projects to choose from.
    if (!m_session->syncNow(depth))
        statusBar()->showMessage(tr("Sitedesk could not start a sync."), kStatusMessageMs);
}

// A project the user just opened is brought up to date at once when Procore is reachable;
// offline, its cached data is shown and the session syncs when the network returns.
void MainWindow::syncChosenProject()
{
    if (m_auth->isSignedIn() && m_session->isOnline())
        syncNow();
}

void MainWindow::openSettings()
{
    auto *dialog = new SettingsDialog(m_settings, m_auth, m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::openProjectPicker()
{
    auto *picker = new ProjectPicker(cache(), m_settings, this);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    connect(picker, &ProjectPicker::projectChosen, this, [this](qint64 company, qint64 project) {
        m_workspace->setCurrentProject(company, project);
        syncChosenProject();
    });
    connect(picker, &ProjectPicker::syncRequested, this, [this, picker] {
        picker->reject();
        syncNow();
    });
    picker->open();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    QMainWindow::closeEvent(event);
}

void MainWindow::createActions()
{
    m_openProjectAction = new QAction(Icons::project(), tr("&Open Project…"), this);
    m_openProjectAction->setShortcut(QKeySequence(tr("Ctrl+O")));
    connect(m_openProjectAction, &QAction::triggered, this, &MainWindow::openProjectPicker);

    m_settingsAction = new QAction(tr("&Settings…"), this);
    m_settingsAction->setShortcut(QKeySequence(tr("Ctrl+,")));
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::openSettings);

    m_signInAction = new QAction(tr("Sign &In…"), this);
    connect(m_signInAction, &QAction::triggered, this, [this] {
        m_wantsSignIn = true;
        updatePage();
    });
    m_signOutAction = new QAction(tr("Sign O&ut…"), this);
    connect(m_signOutAction, &QAction::triggered, this, &MainWindow::confirmSignOut);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence(tr("Ctrl+Q")));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QMainWindow::close);

    m_syncAction = new QAction(Icons::sync(), tr("&Sync Now"), this);
    m_syncAction->setShortcuts({QKeySequence(tr("Ctrl+R")), QKeySequence(Qt::Key_F5)});
    m_syncAction->setToolTip(tr("Sync this project with Procore (Ctrl+R, F5)"));
    connect(m_syncAction, &QAction::triggered, this, &MainWindow::syncNow);

    m_checkEverythingAction = new QAction(tr("Check &Everything Again"), this);
    m_checkEverythingAction->setShortcut(QKeySequence(tr("Ctrl+Shift+R")));
    m_checkEverythingAction->setStatusTip(tr("Sync, and read again in full what is otherwise read in full every six hours:"
                                             " shows at once what was deleted in Procore"));
    connect(m_checkEverythingAction, &QAction::triggered, this, &MainWindow::checkEverything);

    m_cancelSyncAction = new QAction(tr("&Cancel Sync"), this);
    m_cancelSyncAction->setShortcut(QKeySequence(Qt::Key_Escape));
    connect(m_cancelSyncAction, &QAction::triggered, m_sync, &SyncEngine::cancel);

    m_aboutAction = new QAction(tr("&About Sitedesk"), this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_openProjectAction);
    file->addSeparator();
    file->addAction(m_settingsAction);
    file->addSeparator();
    file->addAction(m_signInAction);
    file->addAction(m_signOutAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    m_viewMenu = menuBar()->addMenu(tr("&View"));

    QMenu *sync = menuBar()->addMenu(tr("&Sync"));
    sync->addAction(m_syncAction);
    sync->addAction(m_checkEverythingAction);
    sync->addAction(m_cancelSyncAction);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);

    m_workspace->addToolBarAction(m_syncAction);
}

void MainWindow::connectServices()
{
    connect(m_auth, &AuthService::stateChanged, this, &MainWindow::updatePage);
    connect(m_auth, &AuthService::signInFailed, this, [this](const QString &message) {
        if (!isShowingSignIn())
            m_workspace->showNotice(NoticeBar::Kind::Error, message);
    });
    connect(m_auth, &AuthService::keychainUnavailable, this, [this](const QString &message) {
        m_workspace->showNotice(NoticeBar::Kind::Warning, message);
        statusBar()->showMessage(message, kStatusMessageMs);
    });
    connect(m_session, &Session::cacheChanged, this, &MainWindow::onCacheChanged);
    connect(m_session, &Session::cacheProblem, this, [this](const QString &message) {
        m_workspace->showNotice(NoticeBar::Kind::Warning, message);
        statusBar()->showMessage(message, kStatusMessageMs);
    });
    connect(m_session, &Session::onlineChanged, this, &MainWindow::updateOnline);
    connect(m_sync, &SyncEngine::started, this, [this] { onSyncRunning(true); });
    connect(m_sync, &SyncEngine::finished, this, [this] {
        onSyncRunning(false);
        updateOnline();   // the banner's "cached on" date moved
        updateTitle();
    });
    connect(m_syncStatus, &SyncStatusWidget::syncFailed, this, &MainWindow::onSyncFailed);
    connect(m_syncStatus, &SyncStatusWidget::syncEnded, this, [this](const QString &message) {
        if (m_workspace->noticeBar()->kind() == NoticeBar::Kind::Error)
            m_workspace->hideNotice();
        statusBar()->showMessage(message, kStatusMessageMs);
    });
    connect(m_signInPage, &SignInPage::settingsRequested, this, &MainWindow::openSettings);
    connect(m_signInPage, &SignInPage::backRequested, this, [this] {
        m_wantsSignIn = false;
        updatePage();
    });
    connect(m_workspace, &WorkspacePage::pickProjectRequested, this, &MainWindow::openProjectPicker);
    connect(m_workspace, &WorkspacePage::syncRequested, this, &MainWindow::syncNow);
    connect(m_workspace, &WorkspacePage::projectChosen, this, &MainWindow::syncChosenProject);
    connect(m_workspace, &WorkspacePage::signInRequested, m_signInAction, &QAction::trigger);
    connect(m_workspace, &WorkspacePage::projectChanged, this, [this](qint64 company, qint64 project) {
        if (company != m_announcedCompany || project != m_announcedProject)
            announceProject(company, project);
    });
    // The session may choose the company itself (first sign-in): follow the settings too, once
    // the change is complete (company and project are set one after the other).
    connect(m_settings, &AppSettings::changed, this, [this] {
        QTimer::singleShot(0, this, [this] {
            if (companyId() != m_announcedCompany || projectId() != m_announcedProject)
                announceProject(companyId(), projectId());
        });
    });
}

void MainWindow::announceProject(qint64 company, qint64 project)
{
    m_announcedCompany = company;
    m_announcedProject = project;
    m_syncStatus->setScope(company, project);
    updateOnline();
    updateTitle();
    emit projectChanged(company, project);
}

void MainWindow::updatePage()
{
    const bool signedIn = m_auth->isSignedIn();
    const bool hasCache = cache() != nullptr;
    if (signedIn)
        m_wantsSignIn = false;
    // Cached data is worth showing even when signed out: that is the offline promise.
    const bool showWorkspace = signedIn || (hasCache && !m_wantsSignIn);
    m_pages->setCurrentWidget(showWorkspace ? static_cast<QWidget *>(m_workspace) : m_signInPage);
    m_signInPage->setBackAvailable(hasCache && !signedIn);
    m_syncStatus->setVisible(showWorkspace);
    m_workspace->setSignedOutNoticeVisible(
        hasCache && m_auth->state() == AuthService::State::SignedOut);

    m_openProjectAction->setEnabled(showWorkspace);
    m_syncAction->setEnabled(showWorkspace && signedIn);
    m_checkEverythingAction->setEnabled(showWorkspace && signedIn);
    m_signInAction->setVisible(!signedIn);
    m_signInAction->setEnabled(!isShowingSignIn());
    m_signOutAction->setEnabled(signedIn || hasCache);
    updateTitle();
}

void MainWindow::updateOnline()
{
    const bool online = m_session->isOnline();
    std::optional<QDateTime> cachedOn;
    if (CacheDatabase *db = cache())
        cachedOn = SyncStatusWidget::lastSuccessFor(*db, companyId(), projectId());
    m_workspace->setOnline(online, cachedOn);
    m_syncStatus->setOnline(online);
}

void MainWindow::updateTitle()
{
    const QString project = isShowingSignIn() ? QString() : m_workspace->projectTitle();
    setWindowTitle(project.isEmpty() ? tr("Sitedesk") : tr("%1 — Sitedesk").arg(project));
}

void MainWindow::onCacheChanged(CacheDatabase *cache)
{
    m_workspace->setCache(cache);
    updatePage();
    emit cacheChanged(cache);
    announceProject(companyId(), projectId());
}

void MainWindow::onSyncRunning(bool running)
{
    m_cancelSyncAction->setEnabled(running);
    m_syncAction->setEnabled(!running && m_auth->isSignedIn() && !isShowingSignIn());
}

void MainWindow::onSyncFailed(const QString &message)
{
    // Not a message box: a failed sync must not block browsing what is cached. Offline, the
    // banner already says why; a second bar would only repeat it.
    statusBar()->showMessage(message, kStatusMessageMs);
    if (m_session->isOnline())
        m_workspace->showNotice(NoticeBar::Kind::Error, message);
}

void MainWindow::confirmSignOut()
{
    MessageBox::Question question;
    question.title = tr("Sign Out");
    question.text = tr("Sign out of Procore?");
    question.informativeText = tr("Keep the cached data to keep browsing it offline, or remove "
                                  "it from this computer.");
    question.confirmText = tr("&Sign Out");
    question.alternativeText = tr("Sign Out and &Remove Cached Data");
    MessageBox::ask(this, question, [this](MessageBox::Answer answer) {
        if (answer == MessageBox::Answer::Cancel)
            return;
        m_session->signOut(answer == MessageBox::Answer::Alternative);
        updatePage();
    });
}

void MainWindow::showAbout()
{
    MessageBox::notify(this, tr("About Sitedesk"),
                       tr("<h3>Sitedesk %1</h3>"
                          "<p>An offline-first desktop client for Procore: sign in once, sync "
                          "your projects, and keep working without a network.</p>"
                          "<p>Built with Qt %2.</p>")
                           .arg(QStringLiteral(SITEDESK_VERSION), QString::fromLatin1(qVersion())));
}

void MainWindow::restoreWindowState()
{
    const QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray()))
        resize(1100, 720);
    restoreState(settings.value(kStateKey).toByteArray());
}

} // namespace sitedesk
