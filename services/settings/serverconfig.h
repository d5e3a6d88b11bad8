#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace sitedesk {

// Which Procore Sitedesk talks to: the environment's login and API base URLs and the app
// registration. Production, Procore's sandboxes, or custom URLs (the bundled sandbox server).
struct ServerConfig
{
    Q_DECLARE_TR_FUNCTIONS(ServerConfig)

public:
    enum class Environment { Production, Sandbox, MonthlySandbox, Custom };

    Environment environment = Environment::Production;
    QUrl loginBase;       // e.g. https://login.procore.com
    QUrl apiBase;         // e.g. https://api.procore.com
    QString clientId;
    quint16 redirectPort = 8765;   // the registered loopback port (http://localhost:PORT/callback)
    // The sandbox and Procore's demo client accept any loopback port; then a busy port
    // makes us try the next few instead of falling back to pasting the code.
    bool anyLoopbackPort = false;

    static ServerConfig forEnvironment(Environment environment);
    static QString environmentName(Environment environment);   // translated, for the UI
    static QString environmentKey(Environment environment);    // "production", "sandbox", …
    static Environment environmentFromKey(const QString &key);

    // A stable key naming this server + client for the keychain and the cache folder, e.g.
    // "login.procore.com" or "127.0.0.1_43127". Contains no secret.
    QString accountKey() const;
    bool isValid() const;
};

} // namespace sitedesk
