#pragma once

// The real service stack of the app, pointed at a closed port (http://127.0.0.1:1) and a
// throwaway folder, for view tests that need no network: everything is constructed as in
// app/gui.cpp, nothing is faked.

#include "api/apiclient.h"
#include "auth/authservice.h"
#include "auth/tokenstore.h"
#include "cache/cachedatabase.h"
#include "companies/companystore.h"
#include "projects/projectstore.h"
#include "session/session.h"
#include "settings/appsettings.h"
#include "sync/syncengine.h"

#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

namespace sitedesk::test {

inline ServerConfig closedPortConfig()
{
    ServerConfig config;
    config.environment = ServerConfig::Environment::Custom;
    config.loginBase = QUrl(QStringLiteral("http://127.0.0.1:1"));
    config.apiBase = QUrl(QStringLiteral("http://127.0.0.1:1"));
    config.clientId = QStringLiteral("sitedesk-views-test");
    config.redirectPort = 47613;
    config.anyLoopbackPort = true;
    return config;
}

struct ServiceStack
{
    QTemporaryDir dir;
    AppSettings settings{dir.filePath(QStringLiteral("settings.ini"))};
    QNetworkAccessManager network;
    TokenStore tokens{QStringLiteral("SitedeskViewsTest")};
    AuthService auth{&network, &tokens};
    ApiClient api{&network, &auth};
    SyncEngine sync{&api};
    Session session{&settings, &auth, &api, &sync};

    ServiceStack()
    {
        settings.setServerConfig(closedPortConfig());
        settings.setCacheRoot(dir.filePath(QStringLiteral("cache")));
        auth.setServerConfig(closedPortConfig());
        api.setApiBase(closedPortConfig().apiBase);
    }
};

// Two companies; the first has three projects, one of them in Zürich.
inline void fillDemoCache(CacheDatabase &db)
{
    auto company = [](qint64 id, const QString &name) {
        Company c;
        c.id = id;
        c.name = name;
        return c;
    };
    QVERIFY(CompanyStore(db).replaceAll({company(10, QStringLiteral("Alpine Builders AG")),
                                         company(20, QStringLiteral("Bayside Construction"))}));
    auto project = [](qint64 id, qint64 companyId, const QString &number, const QString &name,
                      const QString &city) {
        Project p;
        p.id = id;
        p.companyId = companyId;
        p.projectNumber = number;
        p.name = name;
        p.displayName = number + QStringLiteral(" - ") + name;
        p.city = city;
        p.stage = QStringLiteral("Course of Construction");
        p.updatedAt = QStringLiteral("2024-05-02T10:00:00Z");
        return p;
    };
    QVERIFY(ProjectStore(db).replaceForCompany(
        10, {project(101, 10, QStringLiteral("1001"), QStringLiteral("Seefeld Offices"), QStringLiteral("Zürich")),
             project(102, 10, QStringLiteral("1002"), QStringLiteral("Rhine Bridge"), QStringLiteral("Basel")),
             project(103, 10, QStringLiteral("1003"), QStringLiteral("Lakeside School"), QStringLiteral("Geneva"))}));
    QVERIFY(ProjectStore(db).replaceForCompany(
        20, {project(201, 20, QStringLiteral("2001"), QStringLiteral("Harbour Tower"), QStringLiteral("Oakland"))}));
}

} // namespace sitedesk::test
