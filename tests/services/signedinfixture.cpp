#include "signedinfixture.h"

#include <QNetworkReply>
#include <QSignalSpy>
#include <QtTest>

SignedInFixture::SignedInFixture(const QStringList &sandboxArguments)
    : sandbox(std::make_unique<SandboxProcess>(QStringList{QStringLiteral("--auto-approve")} + sandboxArguments))
{
    config.environment = sitedesk::ServerConfig::Environment::Custom;
    config.loginBase = sandbox->baseUrl();
    config.apiBase = sandbox->baseUrl();
    config.clientId = QStringLiteral("sitedesk-demo");
    config.redirectPort = 0;   // any free port
    config.anyLoopbackPort = true;
    auth.setServerConfig(config);
    api.setApiBase(config.apiBase);
    auto policy = api.policy();
    policy.baseBackoffMs = 20;   // keep retry tests quick; the logic is the same
    policy.maxBackoffMs = 200;
    api.setPolicy(policy);
    auth.setBrowserLauncher([this](const QUrl &url) {
        QNetworkReply *reply = network.get(QNetworkRequest(url));
        QObject::connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
        return true;
    });
}

QString SignedInFixture::keychainService()
{
    return QStringLiteral("Sitedesk tests %1").arg(QCoreApplication::applicationPid());
}

bool SignedInFixture::signIn()
{
    QSignalSpy signedIn(&auth, &sitedesk::AuthService::signedIn);
    auth.signIn();
    return signedIn.wait(15000) && auth.isSignedIn();
}
