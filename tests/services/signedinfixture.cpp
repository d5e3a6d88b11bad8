#include "signedinfixture.h"

#include "sync/syncengine.h"

#include <QJsonArray>
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

qint64 SignedInFixture::firstCompanyId()
{
    return sandbox->get(QStringLiteral("/rest/v1.0/companies"), auth.accessToken())
        .json().array().first().toObject().value(QStringLiteral("id")).toInteger();
}

qint64 SignedInFixture::firstProjectId(qint64 companyId)
{
    return sandbox->listAll(QStringLiteral("/rest/v1.0/projects?company_id=%1").arg(companyId), auth.accessToken(), companyId)
        .first().toObject().value(QStringLiteral("id")).toInteger();
}

QString SignedInFixture::syncInto(sitedesk::CacheDatabase &cache, qint64 companyId, qint64 projectId, const QStringList &tools)
{
    sitedesk::SyncEngine engine(&api);
    engine.setCache(&cache);
    QSignalSpy finished(&engine, &sitedesk::SyncEngine::finished);
    if (!engine.start(companyId, projectId, tools))
        return QStringLiteral("the sync did not start");
    if (!finished.wait(60000))
        return QStringLiteral("the sync did not finish within a minute");
    return engine.lastSummary().ok() ? QString() : engine.lastSummary().message();
}
