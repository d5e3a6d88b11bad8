#include "viewsfixture.h"

#include "common/messagebox.h"
#include "settings/serversettingsform.h"
#include "settings/settingsdialog.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>

#include <memory>

using namespace sitedesk;

class TestSettingsDialog final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void urlProblem_data();
    void urlProblem();
    void badCustomUrl_keepsOkDisabledAndSaysWhy();
    void emptyClientId_keepsOkDisabled();
    void relativeCacheFolder_keepsOkDisabled();
    void presetEnvironment_showsItsUrlsReadOnly();
    void ok_savesSettings();
    void clientSecret_neverWrittenToSettingsFile();
    void clearCache_askedFirstThenEmptiesCache();
    void clearCache_cancelledKeepsData();

private:
    template<typename T> T *child(QWidget &parent, const char *name)
    {
        T *found = parent.findChild<T *>(QString::fromLatin1(name));
        if (!found)
            qFatal("no child %s", name);
        return found;
    }
    void selectEnvironment(SettingsDialog &dialog, ServerConfig::Environment env);

    std::unique_ptr<test::ServiceStack> m_stack;
};

void TestSettingsDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestSettingsDialog::init()
{
    MessageBox::resetForTests();
    m_stack = std::make_unique<test::ServiceStack>();
}

void TestSettingsDialog::cleanup()
{
    m_stack.reset();
}

void TestSettingsDialog::selectEnvironment(SettingsDialog &dialog, ServerConfig::Environment env)
{
    auto *combo = child<QComboBox>(dialog, "environmentCombo");
    combo->setCurrentIndex(combo->findData(static_cast<int>(env)));
}

void TestSettingsDialog::urlProblem_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::newRow("https") << QStringLiteral("https://api.procore.com") << true;
    QTest::newRow("http with port") << QStringLiteral("http://127.0.0.1:43127") << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("ftp") << QStringLiteral("ftp://example.com") << false;
    QTest::newRow("no scheme") << QStringLiteral("api.procore.com") << false;
    QTest::newRow("no host") << QStringLiteral("https://") << false;
    QTest::newRow("garbage") << QStringLiteral("http://exa mple.com") << false;
}

void TestSettingsDialog::urlProblem()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QCOMPARE(ServerSettingsForm::urlProblem(text).isEmpty(), ok);
}

void TestSettingsDialog::badCustomUrl_keepsOkDisabledAndSaysWhy()
{
    SettingsDialog dialog(&m_stack->settings, &m_stack->auth, &m_stack->session);
    dialog.show();
    QVERIFY(dialog.isOkEnabled());
    auto *login = child<QLineEdit>(dialog, "loginBaseEdit");
    QVERIFY(!login->isReadOnly());   // the fixture's server is Custom

    login->clear();
    QTest::keyClicks(login, QStringLiteral("ftp://login.example.com"));
    QVERIFY(!dialog.isOkEnabled());
    auto *problem = child<QLabel>(dialog, "loginBaseProblem");
    QVERIFY(problem->isVisible());
    QVERIFY(problem->text().contains(QStringLiteral("https://")));

    dialog.accept();   // Enter on a disabled OK must not apply either
    QVERIFY(dialog.isVisible());
    QCOMPARE(m_stack->settings.serverConfig().loginBase, test::closedPortConfig().loginBase);

    login->clear();
    QTest::keyClicks(login, QStringLiteral("https://login.example.com"));
    QVERIFY(dialog.isOkEnabled());
    QVERIFY(!problem->isVisible());
}

void TestSettingsDialog::emptyClientId_keepsOkDisabled()
{
    SettingsDialog dialog(&m_stack->settings, &m_stack->auth, &m_stack->session);
    dialog.show();
    child<QLineEdit>(dialog, "clientIdEdit")->clear();
    QVERIFY(!dialog.isOkEnabled());
    QVERIFY(child<QLabel>(dialog, "clientIdProblem")->isVisible());
}

void TestSettingsDialog::relativeCacheFolder_keepsOkDisabled()
{
    SettingsDialog dialog(&m_stack->settings, &m_stack->auth, &m_stack->session);
    dialog.show();
    auto *folder = child<QLineEdit>(dialog, "cacheFolderEdit");
    folder->setText(QStringLiteral("relative/cache"));
    QVERIFY(!dialog.isOkEnabled());
    QVERIFY(child<QLabel>(dialog, "cacheFolderProblem")->isVisible());
    folder->clear();   // empty = the default location
    QVERIFY(dialog.isOkEnabled());
}

void TestSettingsDialog::presetEnvironment_showsItsUrlsReadOnly()
{
    SettingsDialog dialog(&m_stack->settings, &m_stack->auth, &m_stack->session);
    selectEnvironment(dialog, ServerConfig::Environment::Sandbox);
    const ServerConfig sandbox = ServerConfig::forEnvironment(ServerConfig::Environment::Sandbox);
    auto *login = child<QLineEdit>(dialog, "loginBaseEdit");
    QCOMPARE(login->text(), sandbox.loginBase.toString());
    QCOMPARE(child<QLineEdit>(dialog, "apiBaseEdit")->text(), sandbox.apiBase.toString());
    QVERIFY(login->isReadOnly());
    QVERIFY(dialog.isOkEnabled());
}

void TestSettingsDialog::ok_savesSettings()
{
    SettingsDialog dialog(&m_stack->settings, &m_stack->auth, &m_stack->session);
    dialog.show();
    selectEnvironment(dialog, ServerConfig::Environment::Production);
    child<QSpinBox>(dialog, "redirectPortSpin")->setValue(9123);
    auto *autoSync = child<QComboBox>(dialog, "autoSyncCombo");
    autoSync->setCurrentIndex(autoSync->findData(30));
    dialog.accept();

    const ServerConfig saved = m_stack->settings.serverConfig();
    QCOMPARE(saved.environment, ServerConfig::Environment::Production);
    QCOMPARE(saved.loginBase, ServerConfig::forEnvironment(ServerConfig::Environment::Production).loginBase);
    QCOMPARE(saved.redirectPort, quint16(9123));
    QCOMPARE(m_stack->settings.autoSyncMinutes(), 30);
    QCOMPARE(m_stack->auth.serverConfig().accountKey(), saved.accountKey());
}

void TestSettingsDialog::clientSecret_neverWrittenToSettingsFile()
{
    const QString secret = QStringLiteral("s3cr3t-never-in-ini");
    {
        SettingsDialog dialog(&m_stack->settings, &m_stack->auth, &m_stack->session);
        auto *edit = child<QLineEdit>(dialog, "clientSecretEdit");
        QCOMPARE(edit->echoMode(), QLineEdit::Password);
        QTest::keyClicks(edit, secret);
        dialog.accept();
    }
    m_stack->settings.sync();
    QFile ini(m_stack->dir.filePath(QStringLiteral("settings.ini")));
    QVERIFY(ini.open(QIODevice::ReadOnly));
    QVERIFY(!ini.readAll().contains(secret.toUtf8()));
}

void TestSettingsDialog::clearCache_askedFirstThenEmptiesCache()
{
    m_stack->settings.setUser(7, QStringLiteral("Test User"));
    m_stack->session.start();
    QVERIFY(m_stack->session.cache());
    test::fillDemoCache(*m_stack->session.cache());

    SettingsDialog dialog(&m_stack->settings, &m_stack->auth, &m_stack->session);
    auto *size = child<QLabel>(dialog, "cacheSizeLabel");
    QVERIFY(!size->text().isEmpty());
    QVERIFY(child<QPushButton>(dialog, "clearCacheButton")->isEnabled());

    MessageBox::setNextAnswer(MessageBox::Answer::Confirm);
    child<QPushButton>(dialog, "clearCacheButton")->click();
    QVERIFY(MessageBox::lastQuestion().has_value());
    QVERIFY(MessageBox::lastQuestion()->destructive);
    QVERIFY(m_stack->session.cache());
    QVERIFY(CompanyStore(*m_stack->session.cache()).all().isEmpty());
}

void TestSettingsDialog::clearCache_cancelledKeepsData()
{
    m_stack->settings.setUser(7, QStringLiteral("Test User"));
    m_stack->session.start();
    QVERIFY(m_stack->session.cache());
    test::fillDemoCache(*m_stack->session.cache());

    SettingsDialog dialog(&m_stack->settings, &m_stack->auth, &m_stack->session);
    MessageBox::setNextAnswer(MessageBox::Answer::Cancel);
    child<QPushButton>(dialog, "clearCacheButton")->click();
    QCOMPARE(CompanyStore(*m_stack->session.cache()).all().size(), 2);
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
