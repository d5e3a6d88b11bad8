#include "settings/serversettingsform.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace sitedesk {

namespace {

QLabel *problemLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->hide();
    return label;
}

} // namespace

ServerSettingsForm::ServerSettingsForm(QWidget *parent)
    : QWidget(parent)
    , m_environment(new QComboBox(this))
    , m_loginBase(new QLineEdit(this))
    , m_loginProblem(problemLabel(this, QStringLiteral("loginBaseProblem")))
    , m_apiBase(new QLineEdit(this))
    , m_apiProblem(problemLabel(this, QStringLiteral("apiBaseProblem")))
    , m_clientId(new QLineEdit(this))
    , m_clientIdProblem(problemLabel(this, QStringLiteral("clientIdProblem")))
    , m_clientSecret(new QLineEdit(this))
    , m_redirectPort(new QSpinBox(this))
{
    using Env = ServerConfig::Environment;
    for (Env env : {Env::Production, Env::Sandbox, Env::MonthlySandbox, Env::Custom})
        m_environment->addItem(ServerConfig::environmentName(env), static_cast<int>(env));
    m_environment->setObjectName(QStringLiteral("environmentCombo"));
    m_loginBase->setObjectName(QStringLiteral("loginBaseEdit"));
    m_apiBase->setObjectName(QStringLiteral("apiBaseEdit"));
    m_clientId->setObjectName(QStringLiteral("clientIdEdit"));
    m_clientSecret->setObjectName(QStringLiteral("clientSecretEdit"));
    m_clientSecret->setEchoMode(QLineEdit::Password);
    m_clientSecret->setPlaceholderText(tr("Unchanged (kept in the system keychain)"));
    m_clientSecret->setToolTip(tr("Leave empty for public app registrations. The secret is "
                                  "stored in the system keychain, never in a settings file."));
    m_redirectPort->setObjectName(QStringLiteral("redirectPortSpin"));
    m_redirectPort->setRange(1024, 65535);
    m_redirectPort->setGroupSeparatorShown(false);
    m_redirectPort->setToolTip(tr("The port of the redirect URI registered for your app: "
                                  "http://localhost:PORT/callback"));

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Environment:"), m_environment);
    form->addRow(tr("&Login URL:"), m_loginBase);
    form->addRow(QString(), m_loginProblem);
    form->addRow(tr("&API URL:"), m_apiBase);
    form->addRow(QString(), m_apiProblem);
    form->addRow(tr("Client &ID:"), m_clientId);
    form->addRow(QString(), m_clientIdProblem);
    form->addRow(tr("Client secre&t:"), m_clientSecret);
    form->addRow(tr("&Redirect port:"), m_redirectPort);

    connect(m_environment, &QComboBox::currentIndexChanged, this,
            &ServerSettingsForm::onEnvironmentChanged);
    for (QLineEdit *edit : {m_loginBase, m_apiBase, m_clientId})
        connect(edit, &QLineEdit::textChanged, this, &ServerSettingsForm::validate);
}

void ServerSettingsForm::setConfig(const ServerConfig &config)
{
    m_original = config;
    m_loginBase->setText(config.loginBase.toString());
    m_apiBase->setText(config.apiBase.toString());
    m_clientId->setText(config.clientId);
    m_clientSecret->clear();
    m_clientSecret->setModified(false);
    m_redirectPort->setValue(config.redirectPort);
    const int index = m_environment->findData(static_cast<int>(config.environment));
    const QSignalBlocker blocker(m_environment);
    m_environment->setCurrentIndex(index);
    onEnvironmentChanged();
}

ServerConfig ServerSettingsForm::config() const
{
    ServerConfig config;
    config.environment = static_cast<ServerConfig::Environment>(m_environment->currentData().toInt());
    config.loginBase = QUrl(m_loginBase->text().trimmed());
    config.apiBase = QUrl(m_apiBase->text().trimmed());
    config.clientId = m_clientId->text().trimmed();
    config.redirectPort = static_cast<quint16>(m_redirectPort->value());
    config.anyLoopbackPort = config.environment == m_original.environment
                                 ? m_original.anyLoopbackPort
                                 : ServerConfig::forEnvironment(config.environment).anyLoopbackPort;
    return config;
}

QString ServerSettingsForm::clientSecret() const
{
    return m_clientSecret->text();
}

bool ServerSettingsForm::isSecretEdited() const
{
    return m_clientSecret->isModified();
}

bool ServerSettingsForm::isValid() const
{
    return m_valid;
}

QString ServerSettingsForm::urlProblem(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return tr("Enter a URL.");
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid())
        return tr("This is not a valid URL.");
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        return tr("The URL must start with https:// or http://.");
    if (url.host().isEmpty())
        return tr("The URL needs a host name, such as api.procore.com.");
    return {};
}

void ServerSettingsForm::onEnvironmentChanged()
{
    const auto env = static_cast<ServerConfig::Environment>(m_environment->currentData().toInt());
    const bool custom = env == ServerConfig::Environment::Custom;
    if (!custom) {
        // Preset environments have fixed URLs; Custom starts from whatever was shown.
        const ServerConfig preset = ServerConfig::forEnvironment(env);
        m_loginBase->setText(preset.loginBase.toString());
        m_apiBase->setText(preset.apiBase.toString());
        if (m_clientId->text().trimmed().isEmpty())
            m_clientId->setText(preset.clientId);
    }
    m_loginBase->setReadOnly(!custom);
    m_apiBase->setReadOnly(!custom);
    validate();
}

void ServerSettingsForm::validate()
{
    const QString loginProblem = urlProblem(m_loginBase->text());
    const QString apiProblem = urlProblem(m_apiBase->text());
    const QString clientIdProblem = m_clientId->text().trimmed().isEmpty()
                                        ? tr("Enter the client ID of your Procore app.")
                                        : QString();
    showProblem(m_loginProblem, loginProblem);
    showProblem(m_apiProblem, apiProblem);
    showProblem(m_clientIdProblem, clientIdProblem);
    const bool valid = loginProblem.isEmpty() && apiProblem.isEmpty() && clientIdProblem.isEmpty();
    if (valid != m_valid) {
        m_valid = valid;
        emit validityChanged(valid);
    }
}

void ServerSettingsForm::showProblem(QLabel *label, const QString &problem)
{
    label->setText(problem);
    label->setVisible(!problem.isEmpty());
}

} // namespace sitedesk
