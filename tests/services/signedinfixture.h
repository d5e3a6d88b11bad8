#pragma once

#include "sandboxprocess.h"

#include "api/apiclient.h"
#include "auth/authservice.h"
#include "auth/tokenstore.h"

#include <QNetworkAccessManager>

#include <memory>

// A real AuthService + ApiClient signed in to a sandbox through the real authorize redirect:
// the "browser" is a plain HTTP GET of the authorize URL (the sandbox runs --auto-approve),
// whose redirect lands on AuthService's loopback listener.
struct SignedInFixture
{
    explicit SignedInFixture(const QStringList &sandboxArguments = {});

    bool signIn();   // false when the flow did not end signed in

    static QString keychainService();

    std::unique_ptr<SandboxProcess> sandbox;
    QNetworkAccessManager network;
    sitedesk::TokenStore store{keychainService()};
    sitedesk::AuthService auth{&network, &store};
    sitedesk::ApiClient api{&network, &auth};
    sitedesk::ServerConfig config;
};
