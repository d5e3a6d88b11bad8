#include "settings/settingsdialog.h"

#include "auth/authservice.h"
#include "cache/cachedatabase.h"
#include "common/messagebox.h"
#include "session/session.h"
#include "settings/appsettings.h"
#include "settings/serversettingsform.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace sitedesk {

namespace {

// Setting an unchanged config would still tell the app to re-read it (and reset sign-in).
bool sameServer(const ServerConfig &a, const ServerConfig &b)
{
    return a.environment == b.environment && a.loginBase == b.loginBase && a.apiBase == b.apiBase
        && a.clientId == b.clientId && a.redirectPort == b.redirectPort
        && a.anyLoopbackPort == b.anyLoopbackPort;
}

} // namespace

SettingsDialog::SettingsDialog(AppSettings *settings, AuthService *auth, Session *session,
                               QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_auth(auth)
    , m_session(session)
    , m_server(new ServerSettingsForm(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Settings"));
    setObjectName(QStringLiteral("settingsDialog"));
    setMinimumWidth(560);   // room for a cache path and a Procore URL without scrolling

    auto *serverBox = new QGroupBox(tr("Procore"), this);
    auto *serverLayout = new QVBoxLayout(serverBox);
    serverLayout->addWidget(m_server);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(serverBox);
    layout->addWidget(createCacheBox());
    layout->addWidget(createSyncBox());
    layout->addStretch();
    layout->addWidget(m_buttons);

    m_server->setConfig(m_settings->serverConfig());
    m_cacheFolder->setText(QDir::toNativeSeparators(m_settings->cacheRoot()));
    m_autoSync->setCurrentIndex(qMax(0, m_autoSync->findData(m_settings->autoSyncMinutes())));
    updateCacheSize();

    connect(m_server, &ServerSettingsForm::validityChanged, this, &SettingsDialog::validate);
    connect(m_cacheFolder, &QLineEdit::textChanged, this, &SettingsDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_session, &Session::cacheChanged, this, &SettingsDialog::updateCacheSize);
    validate();
}

ServerSettingsForm *SettingsDialog::serverForm() const
{
    return m_server;
}

bool SettingsDialog::isOkEnabled() const
{
    return m_buttons->button(QDialogButtonBox::Ok)->isEnabled();
}

QString SettingsDialog::cacheFolderProblem(const QString &folder)
{
    const QString trimmed = folder.trimmed();
    if (trimmed.isEmpty() || QDir::isAbsolutePath(QDir::fromNativeSeparators(trimmed)))
        return {};
    return tr("Enter a full path, such as %1.").arg(QDir::toNativeSeparators(QDir::homePath()));
}

void SettingsDialog::accept()
{
    if (!isOkEnabled())
        return;
    apply();
    QDialog::accept();
}

QWidget *SettingsDialog::createCacheBox()
{
    auto *box = new QGroupBox(tr("Offline cache"), this);
    m_cacheFolder = new QLineEdit(box);
    m_cacheFolder->setObjectName(QStringLiteral("cacheFolderEdit"));
    m_cacheFolder->setToolTip(tr("Takes effect the next time Sitedesk opens a cache."));
    auto *browse = new QPushButton(tr("&Browse…"), box);
    m_cacheFolderProblem = new QLabel(box);
    m_cacheFolderProblem->setObjectName(QStringLiteral("cacheFolderProblem"));
    m_cacheFolderProblem->hide();
    m_cacheSize = new QLabel(box);
    m_cacheSize->setObjectName(QStringLiteral("cacheSizeLabel"));
    m_cacheSize->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_clearCache = new QPushButton(tr("Clear Cac&he…"), box);
    m_clearCache->setObjectName(QStringLiteral("clearCacheButton"));

    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_cacheFolder, 1);
    folderRow->addWidget(browse);
    auto *sizeRow = new QHBoxLayout;
    sizeRow->addWidget(m_cacheSize, 1);
    sizeRow->addWidget(m_clearCache);

    auto *form = new QFormLayout(box);
    auto *folderLabel = new QLabel(tr("L&ocation:"), box);
    folderLabel->setBuddy(m_cacheFolder);
    form->addRow(folderLabel, folderRow);
    form->addRow(QString(), m_cacheFolderProblem);
    form->addRow(tr("Size on disk:"), sizeRow);

    connect(browse, &QPushButton::clicked, this, &SettingsDialog::browseCacheFolder);
    connect(m_clearCache, &QPushButton::clicked, this, &SettingsDialog::confirmClearCache);
    return box;
}

QWidget *SettingsDialog::createSyncBox()
{
    auto *box = new QGroupBox(tr("Sync"), this);
    m_autoSync = new QComboBox(box);
    m_autoSync->setObjectName(QStringLiteral("autoSyncCombo"));
    m_autoSync->addItem(tr("Off"), 0);
    m_autoSync->addItem(tr("Every 15 minutes"), 15);
    m_autoSync->addItem(tr("Every 30 minutes"), 30);
    m_autoSync->addItem(tr("Every hour"), 60);
    auto *form = new QFormLayout(box);
    auto *label = new QLabel(tr("A&utomatic sync:"), box);
    label->setBuddy(m_autoSync);
    form->addRow(label, m_autoSync);
    return box;
}

void SettingsDialog::browseCacheFolder()
{
    // open() rather than getExistingDirectory(): no nested event loop.
    auto *dialog = new QFileDialog(this, tr("Cache Location"), m_cacheFolder->text());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    connect(dialog, &QFileDialog::fileSelected, this,
            [this](const QString &folder) { m_cacheFolder->setText(QDir::toNativeSeparators(folder)); });
    dialog->open();
}

void SettingsDialog::confirmClearCache()
{
    MessageBox::Question question;
    question.title = tr("Clear Cache");
    question.text = tr("Remove all data Sitedesk has cached for this account?");
    question.informativeText = tr("Nothing changes in Procore. You will need to sync again "
                                  "before you can work offline.");
    question.confirmText = tr("C&lear Cache");
    question.destructive = true;
    MessageBox::ask(this, question, [this](MessageBox::Answer answer) {
        if (answer != MessageBox::Answer::Confirm)
            return;
        QString error;
        if (!m_session->clearCache(&error)) {
            m_cacheSize->setText(tr("Could not clear the cache: %1").arg(error));
            return;
        }
        updateCacheSize();
    });
}

void SettingsDialog::updateCacheSize()
{
    const CacheDatabase *cache = m_session->cache();
    m_clearCache->setEnabled(cache != nullptr);
    if (!cache) {
        m_cacheSize->setText(tr("No cache is open."));
        return;
    }
    m_cacheSize->setText(locale().formattedDataSize(cache->sizeOnDisk()));
    m_cacheSize->setToolTip(QDir::toNativeSeparators(cache->filePath()));
}

void SettingsDialog::validate()
{
    const QString folderProblem = cacheFolderProblem(m_cacheFolder->text());
    m_cacheFolderProblem->setText(folderProblem);
    m_cacheFolderProblem->setVisible(!folderProblem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_server->isValid() && folderProblem.isEmpty());
}

void SettingsDialog::apply()
{
    const ServerConfig config = m_server->config();
    if (!sameServer(config, m_settings->serverConfig()))
        m_settings->setServerConfig(config);
    // The app forwards serverConfigChanged to the auth service; make sure the secret below is
    // stored for the new account even where nobody does (tests, the CLI).
    if (m_auth->serverConfig().accountKey() != config.accountKey())
        m_auth->setServerConfig(config);
    if (m_server->isSecretEdited())
        m_auth->setClientSecret(m_server->clientSecret());

    const QString folder = QDir::fromNativeSeparators(m_cacheFolder->text().trimmed());
    if (folder != QDir::fromNativeSeparators(m_settings->cacheRoot()))
        m_settings->setCacheRoot(folder);
    m_settings->setAutoSyncMinutes(m_autoSync->currentData().toInt());
    m_settings->sync();
}

} // namespace sitedesk
