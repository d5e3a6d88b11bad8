#pragma once

#include "settings/serverconfig.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace sitedesk {

// Which Procore to talk to: environment, login and API base URLs (editable for Custom),
// the app registration's client id and secret, and the loopback redirect port. Says what is
// wrong next to the field; validityChanged() lets the dialog keep OK disabled.
class ServerSettingsForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerSettingsForm)

public:
    explicit ServerSettingsForm(QWidget *parent = nullptr);

    void setConfig(const ServerConfig &config);
    ServerConfig config() const;
    // The secret typed here; when !isSecretEdited() the stored one is kept.
    QString clientSecret() const;
    bool isSecretEdited() const;
    bool isValid() const;

    // Empty when text is an absolute http(s) URL with a host; else a sentence for the user.
    static QString urlProblem(const QString &text);

signals:
    void validityChanged(bool valid);

private:
    void onEnvironmentChanged();
    void validate();
    static void showProblem(QLabel *label, const QString &problem);

    ServerConfig m_original;
    QComboBox *m_environment;
    QLineEdit *m_loginBase;
    QLabel *m_loginProblem;
    QLineEdit *m_apiBase;
    QLabel *m_apiProblem;
    QLineEdit *m_clientId;
    QLabel *m_clientIdProblem;
    QLineEdit *m_clientSecret;
    QSpinBox *m_redirectPort;
    bool m_valid = true;
};

} // namespace sitedesk
