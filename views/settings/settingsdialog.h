#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace sitedesk {

class AppSettings;
class AuthService;
class ServerSettingsForm;
class Session;

// File > Settings: the Procore server and app registration, the cache (where, how big,
// clear it) and the auto-sync interval. Nothing is applied until OK; OK stays disabled while
// any field is invalid, and the reason is shown beside the field. The client secret goes to
// the keychain through AuthService, never into the settings file.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    SettingsDialog(AppSettings *settings, AuthService *auth, Session *session,
                   QWidget *parent = nullptr);

    ServerSettingsForm *serverForm() const;
    bool isOkEnabled() const;

    // Empty when folder is empty (= default location) or an absolute path; else the reason.
    static QString cacheFolderProblem(const QString &folder);

    void accept() override;

private:
    QWidget *createCacheBox();
    QWidget *createSyncBox();
    void browseCacheFolder();
    void confirmClearCache();
    void updateCacheSize();
    void validate();
    void apply();

    AppSettings *m_settings;
    AuthService *m_auth;
    Session *m_session;
    ServerSettingsForm *m_server;
    QLineEdit *m_cacheFolder = nullptr;
    QLabel *m_cacheFolderProblem = nullptr;
    QLabel *m_cacheSize = nullptr;
    QPushButton *m_clearCache = nullptr;
    QComboBox *m_autoSync = nullptr;
    QDialogButtonBox *m_buttons;
};

} // namespace sitedesk
