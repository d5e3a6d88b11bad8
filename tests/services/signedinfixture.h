#pragma once

#include "sandboxprocess.h"

#include "api/apiclient.h"
#include "auth/authservice.h"
#include "auth/tokenstore.h"

#include <QNetworkAccessManager>

namespace sitedesk {
class CacheDatabase;
}

#include <memory>

// A real AuthService + ApiClient signed in to a sandbox through the real authorize redirect:
// the "browser" is a plain HTTP GET of the authorize URL (the sandbox runs --auto-approve),
// whose redirect lands on AuthService's loopback listener.
struct SignedInFixture
{
    explicit SignedInFixture(const QStringList &sandboxArguments = {});

    bool signIn();   // false when the flow did not end signed in

    // The sandbox's first company, and that company's first project: where most tests work.
    qint64 firstCompanyId();
    qint64 firstProjectId(qint64 companyId);
    // Syncs these tools of a project into `cache` through the signed-in client; empty when the
    // sync succeeded, else its summary.
    QString syncInto(sitedesk::CacheDatabase &cache, qint64 companyId, qint64 projectId, const QStringList &tools);

    static QString keychainService();

    std::unique_ptr<SandboxProcess> sandbox;
    QNetworkAccessManager network;
    sitedesk::TokenStore store{keychainService()};
    sitedesk::AuthService auth{&network, &store};
    sitedesk::ApiClient api{&network, &auth};
    sitedesk::ServerConfig config;
};
