#include "viewsfixture.h"

#include "signin/signinpage.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>

#include <memory>

using namespace sitedesk;

class TestSignInPage final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void showsEnvironmentNameAndServer();
    void signedOut_offersSignInOnly();
    void waitingForBrowser_showsStateWithCancel();
    void cancel_returnsToSignedOut();
    void enterKeyStartsSignIn();
    void launcherFails_showsPasteCodeFallback();
    void pastedCodeRejected_showsError();
    void restoring_disablesButton();
    void changeServer_requestsSettings();

private:
    std::unique_ptr<test::ServiceStack> m_stack;
    QList<QUrl> m_opened;
};

void TestSignInPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestSignInPage::init()
{
    m_stack = std::make_unique<test::ServiceStack>();
    m_opened.clear();
    m_stack->auth.setBrowserLauncher([this](const QUrl &url) {
        m_opened << url;
        return true;
    });
}

void TestSignInPage::cleanup()
{
    m_stack->auth.cancelSignIn();
    m_stack.reset();
}

void TestSignInPage::showsEnvironmentNameAndServer()
{
    SignInPage page(&m_stack->auth, &m_stack->settings);
    auto *label = page.findChild<QLabel *>(QStringLiteral("environmentLabel"));
    QVERIFY(label->text().contains(ServerConfig::environmentName(ServerConfig::Environment::Custom)));
    QVERIFY(label->text().contains(QStringLiteral("http://127.0.0.1:1")));

    ServerConfig sandbox = ServerConfig::forEnvironment(ServerConfig::Environment::Sandbox);
    m_stack->settings.setServerConfig(sandbox);
    QVERIFY(label->text().contains(ServerConfig::environmentName(ServerConfig::Environment::Sandbox)));
    QVERIFY(label->text().contains(sandbox.loginBase.host()));
}

void TestSignInPage::signedOut_offersSignInOnly()
{
    SignInPage page(&m_stack->auth, &m_stack->settings);
    page.show();
    QCOMPARE(m_stack->auth.state(), AuthService::State::SignedOut);
    QVERIFY(page.findChild<QPushButton *>(QStringLiteral("signInButton"))->isEnabled());
    QVERIFY(page.stateText().isEmpty());
    QVERIFY(page.errorText().isEmpty());
    QVERIFY(!page.isPasteCodeShown());
}

void TestSignInPage::waitingForBrowser_showsStateWithCancel()
{
    SignInPage page(&m_stack->auth, &m_stack->settings);
    page.show();
    page.findChild<QPushButton *>(QStringLiteral("signInButton"))->click();

    QCOMPARE(m_stack->auth.state(), AuthService::State::WaitingForBrowser);
    QCOMPARE(m_opened.size(), 1);
    QVERIFY(page.stateText().contains(QStringLiteral("Waiting for your browser")));
    QVERIFY(page.findChild<QPushButton *>(QStringLiteral("cancelSignInButton"))->isVisible());
    QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("signInButton"))->isEnabled());
    QVERIFY(!page.isPasteCodeShown());
}

void TestSignInPage::cancel_returnsToSignedOut()
{
    SignInPage page(&m_stack->auth, &m_stack->settings);
    page.show();
    page.findChild<QPushButton *>(QStringLiteral("signInButton"))->click();
    page.findChild<QPushButton *>(QStringLiteral("cancelSignInButton"))->click();

    QCOMPARE(m_stack->auth.state(), AuthService::State::SignedOut);
    QVERIFY(page.stateText().isEmpty());
    QVERIFY(page.findChild<QPushButton *>(QStringLiteral("signInButton"))->isEnabled());
}

void TestSignInPage::enterKeyStartsSignIn()
{
    SignInPage page(&m_stack->auth, &m_stack->settings);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTest::keyClick(&page, Qt::Key_Return);
    QCOMPARE(m_stack->auth.state(), AuthService::State::WaitingForBrowser);
}

void TestSignInPage::launcherFails_showsPasteCodeFallback()
{
    m_stack->auth.setBrowserLauncher([](const QUrl &) { return false; });
    SignInPage page(&m_stack->auth, &m_stack->settings);
    page.show();
    QSignalSpy pasteRequired(&m_stack->auth, &AuthService::pasteCodeRequired);
    page.findChild<QPushButton *>(QStringLiteral("signInButton"))->click();

    QCOMPARE(pasteRequired.size(), 1);
    QVERIFY(page.isPasteCodeShown());
    auto *url = page.findChild<QLineEdit *>(QStringLiteral("authorizeUrl"));
    QVERIFY(url->isReadOnly());
    QVERIFY(url->text().startsWith(QStringLiteral("http://127.0.0.1:1/oauth/authorize?")));
    auto *continueButton = page.findChild<QPushButton *>(QStringLiteral("continueButton"));
    QVERIFY(!continueButton->isEnabled());   // nothing pasted yet
    QTest::keyClicks(page.findChild<QLineEdit *>(QStringLiteral("pastedCode")), QStringLiteral("abc"));
    QVERIFY(continueButton->isEnabled());
}

void TestSignInPage::pastedCodeRejected_showsError()
{
    m_stack->auth.setBrowserLauncher([](const QUrl &) { return false; });
    SignInPage page(&m_stack->auth, &m_stack->settings);
    page.show();
    QSignalSpy failed(&m_stack->auth, &AuthService::signInFailed);
    page.findChild<QPushButton *>(QStringLiteral("signInButton"))->click();
    QTest::keyClicks(page.findChild<QLineEdit *>(QStringLiteral("pastedCode")), QStringLiteral("abc"));
    page.findChild<QPushButton *>(QStringLiteral("continueButton"))->click();

    // The token endpoint is a closed port: the exchange fails and the page says why.
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 20000);
    QCOMPARE(m_stack->auth.state(), AuthService::State::SignedOut);
    QCOMPARE(page.errorText(), failed.at(0).at(0).toString());
    QVERIFY(!page.errorText().isEmpty());
    QVERIFY(!page.isPasteCodeShown());
    QVERIFY(page.findChild<QPushButton *>(QStringLiteral("signInButton"))->isEnabled());
}

void TestSignInPage::restoring_disablesButton()
{
    SignInPage page(&m_stack->auth, &m_stack->settings);
    page.show();
    // restoreSession() needs a keychain; the page only cares about the announced state.
    emit m_stack->auth.stateChanged(AuthService::State::Restoring);
    QVERIFY(page.stateText().contains(QStringLiteral("Restoring")));
    QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("signInButton"))->isEnabled());
    QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("cancelSignInButton"))->isVisible());
    emit m_stack->auth.stateChanged(AuthService::State::SignedOut);
    QVERIFY(page.findChild<QPushButton *>(QStringLiteral("signInButton"))->isEnabled());
}

void TestSignInPage::changeServer_requestsSettings()
{
    SignInPage page(&m_stack->auth, &m_stack->settings);
    QSignalSpy requested(&page, &SignInPage::settingsRequested);
    page.findChild<QPushButton *>(QStringLiteral("changeServerButton"))->click();
    QCOMPARE(requested.size(), 1);
}

QTEST_MAIN(TestSignInPage)
#include "tst_signinpage.moc"
