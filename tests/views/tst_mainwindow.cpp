#include "viewsfixture.h"

#include "api/apireply.h"
#include "cache/syncstatestore.h"
#include "common/messagebox.h"
#include "main/mainwindow.h"
#include "main/offlinebanner.h"
#include "main/workspacepage.h"
#include "projects/projectlistview.h"
#include "projects/projectsmodel.h"
#include "signin/signinpage.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>

#include <memory>

using namespace sitedesk;

class TestMainWindow final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void nothingCached_showsSignInPage();
    void cachedData_showsWorkspaceWhileSignedOut();
    void offlineBanner_visibleWhenOffline();
    void offlineBanner_namesTheCachedDate();
    void addToolTab_restoresAndRemembersLastTab();
    void syncFailure_showsNoticeWithoutMessageBox();
    void signOut_askedFirstAndCanRemoveCache();
    void menus_haveTheShortcuts();
    void close_savesGeometry();

private:
    void openCachedSession();
    QAction *action(MainWindow &window, const QString &text);

    std::unique_ptr<test::ServiceStack> m_stack;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SitedeskTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
}

void TestMainWindow::init()
{
    MessageBox::resetForTests();
    m_stack = std::make_unique<test::ServiceStack>();
}

void TestMainWindow::cleanup()
{
    m_stack.reset();
}

// A user from an earlier run with a filled cache, as Session::start() finds it.
void TestMainWindow::openCachedSession()
{
    m_stack->settings.setUser(7, QStringLiteral("Test User"));
    m_stack->settings.setLastCompanyId(10);
    m_stack->settings.setLastProjectId(101);
    {
        QDir().mkpath(QFileInfo(m_stack->settings.cacheDatabasePath()).absolutePath());
        CacheDatabase db(m_stack->settings.cacheDatabasePath());
        QVERIFY(db.open() == CacheDatabase::OpenStatus::Created);
        test::fillDemoCache(db);
    }
    m_stack->session.start();
    QVERIFY(m_stack->session.cache());
}

QAction *TestMainWindow::action(MainWindow &window, const QString &text)
{
    const QList<QAction *> actions = window.findChildren<QAction *>();
    for (QAction *candidate : actions) {
        if (candidate->text() == text)
            return candidate;
    }
    qFatal("no action %s", qPrintable(text));
    return nullptr;
}

void TestMainWindow::nothingCached_showsSignInPage()
{
    MainWindow window(&m_stack->settings, &m_stack->auth, &m_stack->session, &m_stack->sync, &m_stack->api);
    window.show();
    QVERIFY(window.isShowingSignIn());
    QVERIFY(window.signInPage()->isVisible());
    QVERIFY(!action(window, QStringLiteral("&Sync Now"))->isEnabled());
    QVERIFY(!action(window, QStringLiteral("Check &Everything Again"))->isEnabled());
    QVERIFY(!window.windowIcon().isNull());
}

void TestMainWindow::cachedData_showsWorkspaceWhileSignedOut()
{
    MainWindow window(&m_stack->settings, &m_stack->auth, &m_stack->session, &m_stack->sync, &m_stack->api);
    openCachedSession();
    window.show();
    QVERIFY(!window.isShowingSignIn());
    WorkspacePage *workspace = window.workspace();
    QCOMPARE(workspace->companyCombo()->count(), 2);
    QCOMPARE(workspace->companyCombo()->currentText(), QStringLiteral("Alpine Builders AG"));
    QCOMPARE(workspace->projectsView()->table()->model()->rowCount(), 3);
    QCOMPARE(workspace->projectButton()->text(), QStringLiteral("1001 Seefeld Offices"));
    QVERIFY(window.windowTitle().contains(QStringLiteral("Seefeld Offices")));
    // Once the keychain has answered (no tokens): signed out, browsing the cache.
    QTRY_VERIFY_WITH_TIMEOUT(workspace->findChild<NoticeBar *>(QStringLiteral("signedOutNotice"))->isVisible(), 30000);

    // Choosing another project in the Projects tab makes it current.
    QSignalSpy changed(&window, &MainWindow::projectChanged);
    QTableView *table = workspace->projectsView()->table();
    const QModelIndex basel = table->model()->match(table->model()->index(0, 0), Qt::UserRole,
                                                     QVariant::fromValue<qint64>(102)).value(0);
    QVERIFY(basel.isValid());
    table->setCurrentIndex(basel);
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(m_stack->settings.lastProjectId(), qint64(102));
    QCOMPARE(workspace->projectButton()->text(), QStringLiteral("1002 Rhine Bridge"));
    // A sync reloads the model; the chosen project stays the current row.
    workspace->projectsView()->model()->reload();
    QCOMPARE(workspace->projectsView()->currentProjectId(), qint64(102));

    // Switching company in the toolbar forgets a project of the other company.
    QComboBox *combo = workspace->companyCombo();
    combo->setCurrentIndex(1);
    emit combo->activated(1);
    QCOMPARE(m_stack->settings.lastCompanyId(), qint64(20));
    QCOMPARE(m_stack->settings.lastProjectId(), qint64(0));
    QCOMPARE(workspace->projectsView()->table()->model()->rowCount(), 1);
}

void TestMainWindow::offlineBanner_visibleWhenOffline()
{
    MainWindow window(&m_stack->settings, &m_stack->auth, &m_stack->session, &m_stack->sync, &m_stack->api);
    openCachedSession();
    window.show();
    OfflineBanner *banner = window.workspace()->offlineBanner();
    QVERIFY(m_stack->session.isOnline());
    QVERIFY(!banner->isVisible());

    // Any request to the closed port tells the API client the network is unreachable.
    ApiReply *reply = m_stack->api.send(ApiRequest::get(QStringLiteral("/rest/v1.0/me")));
    QTRY_VERIFY_WITH_TIMEOUT(!m_stack->session.isOnline(), 20000);
    reply->deleteLater();
    QTRY_VERIFY(banner->isVisible());
    QVERIFY(banner->text().startsWith(QStringLiteral("Offline")));
    QVERIFY(banner->text().contains(QStringLiteral("will sync when the network is back")));
    window.grab().save(QDir::temp().filePath(QStringLiteral("sitedesk-offline.png")));
}

void TestMainWindow::offlineBanner_namesTheCachedDate()
{
    const QDateTime synced(QDate(2024, 5, 2), QTime(10, 42), Qt::UTC);
    const QString text = OfflineBanner::textFor(synced, QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(text.contains(QLocale(QLocale::English, QLocale::UnitedStates)
                              .toString(synced.toLocalTime(), QLocale::ShortFormat)));
    QVERIFY(OfflineBanner::textFor(std::nullopt, QLocale()).startsWith(QStringLiteral("Offline")));

    // The window reads the date of the current project's last successful sync.
    MainWindow window(&m_stack->settings, &m_stack->auth, &m_stack->session, &m_stack->sync, &m_stack->api);
    openCachedSession();
    QVERIFY(SyncStateStore(*m_stack->session.cache()).markSuccess(101, QStringLiteral("projects"), synced, QString()));
    emit m_stack->session.onlineChanged(false);
    QVERIFY(window.workspace()->offlineBanner()->text().contains(
        window.locale().toString(synced.toLocalTime(), QLocale::ShortFormat)));
}

void TestMainWindow::addToolTab_restoresAndRemembersLastTab()
{
    m_stack->settings.setLastTab(QStringLiteral("photos"));
    MainWindow window(&m_stack->settings, &m_stack->auth, &m_stack->session, &m_stack->sync, &m_stack->api);
    window.addToolTab(new QWidget, QStringLiteral("Drawings"), QStringLiteral("drawings"));
    window.addToolTab(new QWidget, QStringLiteral("Photos"), QStringLiteral("photos"));
    QCOMPARE(window.workspace()->currentTabKey(), QStringLiteral("photos"));
    QCOMPARE(m_stack->settings.lastTab(), QStringLiteral("photos"));

    window.workspace()->tabs()->setCurrentIndex(1);
    QCOMPARE(window.workspace()->currentTabKey(), QStringLiteral("drawings"));
    QCOMPARE(m_stack->settings.lastTab(), QStringLiteral("drawings"));
}

void TestMainWindow::syncFailure_showsNoticeWithoutMessageBox()
{
    MainWindow window(&m_stack->settings, &m_stack->auth, &m_stack->session, &m_stack->sync, &m_stack->api);
    openCachedSession();
    window.show();
    SyncEngine::Summary summary;
    summary.failed << QStringLiteral("projects");
    summary.errors << ApiError::make(ApiError::Kind::Offline);
    emit m_stack->sync.finished(summary);

    NoticeBar *notice = window.workspace()->noticeBar();
    QVERIFY(notice->isVisible());
    QCOMPARE(notice->kind(), NoticeBar::Kind::Error);
    QCOMPARE(notice->text(), summary.message());
    QCOMPARE(window.statusBar()->currentMessage(), summary.message());
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (QWidget *w : windows)
        QVERIFY(!qobject_cast<QMessageBox *>(w) || !w->isVisible());
}

void TestMainWindow::signOut_askedFirstAndCanRemoveCache()
{
    MainWindow window(&m_stack->settings, &m_stack->auth, &m_stack->session, &m_stack->sync, &m_stack->api);
    openCachedSession();
    window.show();
    MessageBox::setNextAnswer(MessageBox::Answer::Cancel);
    action(window, QStringLiteral("Sign O&ut…"))->trigger();
    QVERIFY(MessageBox::lastQuestion().has_value());
    QCOMPARE(CompanyStore(*m_stack->session.cache()).all().size(), 2);

    MessageBox::setNextAnswer(MessageBox::Answer::Alternative);   // sign out and remove data
    action(window, QStringLiteral("Sign O&ut…"))->trigger();
    QVERIFY(!m_stack->session.cache() || CompanyStore(*m_stack->session.cache()).all().isEmpty());
}

void TestMainWindow::menus_haveTheShortcuts()
{
    MainWindow window(&m_stack->settings, &m_stack->auth, &m_stack->session, &m_stack->sync, &m_stack->api);
    QVERIFY(action(window, QStringLiteral("&Sync Now"))->shortcuts().contains(QKeySequence(Qt::Key_F5)));
    QVERIFY(action(window, QStringLiteral("&Sync Now"))->shortcuts().contains(QKeySequence(QStringLiteral("Ctrl+R"))));
    QCOMPARE(action(window, QStringLiteral("Check &Everything Again"))->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+R")));
    QCOMPARE(action(window, QStringLiteral("&Cancel Sync"))->shortcut(), QKeySequence(Qt::Key_Escape));
    QVERIFY(!action(window, QStringLiteral("&Cancel Sync"))->isEnabled());   // nothing running
    QCOMPARE(action(window, QStringLiteral("&Settings…"))->shortcut(), QKeySequence(QStringLiteral("Ctrl+,")));
    QCOMPARE(action(window, QStringLiteral("&Quit"))->shortcut(), QKeySequence(QStringLiteral("Ctrl+Q")));
}

void TestMainWindow::close_savesGeometry()
{
    {
        MainWindow window(&m_stack->settings, &m_stack->auth, &m_stack->session, &m_stack->sync, &m_stack->api);
        window.show();
        window.resize(900, 600);
        window.close();
    }
    QVERIFY(!QSettings().value(QStringLiteral("MainWindow/geometry")).toByteArray().isEmpty());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
