#include "settings/serverconfig.h"

namespace sitedesk {

ServerConfig ServerConfig::forEnvironment(Environment environment)
{
    ServerConfig config;
    config.environment = environment;
    switch (environment) {
    case Environment::Production:
        config.loginBase = QUrl(QStringLiteral("https://login.procore.com"));
        config.apiBase = QUrl(QStringLiteral("https://api.procore.com"));
        break;
    case Environment::Sandbox:
        config.loginBase = QUrl(QStringLiteral("https://login-sandbox.procore.com"));
        config.apiBase = QUrl(QStringLiteral("https://sandbox.procore.com"));
        break;
    case Environment::MonthlySandbox:
        config.loginBase = QUrl(QStringLiteral("https://login-sandbox-monthly.procore.com"));
        config.apiBase = QUrl(QStringLiteral("https://api-sandbox-monthly.procore.com"));
        break;
    case Environment::Custom:
        break;
    }
    return config;
}

QString ServerConfig::environmentName(Environment environment)
{
    switch (environment) {
    case Environment::Production: return tr("Procore");
    case Environment::Sandbox: return tr("Procore development sandbox");
    case Environment::MonthlySandbox: return tr("Procore monthly sandbox");
    case Environment::Custom: return tr("Custom server");
    }
    return {};
}

QString ServerConfig::environmentKey(Environment environment)
{
    switch (environment) {
    case Environment::Production: return QStringLiteral("production");
    case Environment::Sandbox: return QStringLiteral("sandbox");
    case Environment::MonthlySandbox: return QStringLiteral("monthly-sandbox");
    case Environment::Custom: return QStringLiteral("custom");
    }
    return {};
}

ServerConfig::Environment ServerConfig::environmentFromKey(const QString &key)
{
    for (Environment environment : {Environment::Production, Environment::Sandbox,
                                    Environment::MonthlySandbox, Environment::Custom}) {
        if (environmentKey(environment) == key)
            return environment;
    }
    return Environment::Production;
}

QString ServerConfig::accountKey() const
{
    QString key = loginBase.host();
    if (loginBase.port() > 0)
        key += QLatin1Char('_') + QString::number(loginBase.port());
    if (key.isEmpty())
        key = QStringLiteral("unconfigured");
    return key;
}

bool ServerConfig::isValid() const
{
    auto ok = [](const QUrl &url) {
        return url.isValid() && !url.host().isEmpty()
            && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"));
    };
    return ok(loginBase) && ok(apiBase) && !clientId.trimmed().isEmpty();
}

} // namespace sitedesk
