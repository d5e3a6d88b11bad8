// Cold start benchmark (issue 8): with a synced project in the cache and no network, the time from
// starting the sitedesk process to the first painted rows of the tab the user had open, and the
// app's peak memory then. One line per tab and run, then the median per tab. Never asserts.
//
//   bench_startup [--scale tiny|demo|large|huge] [--runs 3] [--tabs photos,drawings,budget,submittals]
// (Daily Log opens on today, which may have no entries: nothing to paint, so it is not timed.)
//
// The app's own hook (SITEDESK_STARTUP_PROBE, app/startupprobe.h) prints when the tab's log
// painted rows; this program times the whole process from its start to that line.
#include "sandboxprocess.h"

#include "api/apiclient.h"
#include "api/tokensource.h"
#include "cache/cachedatabase.h"
#include "settings/appsettings.h"
#include "settings/serverconfig.h"
#include "sync/syncengine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace sitedesk;

namespace {

// SITEDESK_APP times another build of the app (or a copy that no build replaces mid-run).
QString appPath()
{
    if (qEnvironmentVariableIsSet("SITEDESK_APP"))
        return qEnvironmentVariable("SITEDESK_APP");
#ifdef SITEDESK_PATH
    return QStringLiteral(SITEDESK_PATH);
#else
    return QStringLiteral("sitedesk");
#endif
}

qint64 firstId(const QJsonArray &array)
{
    return array.isEmpty() ? 0 : array.first().toObject().value(QStringLiteral("id")).toInteger();
}

// Syncs the sandbox's first project into the cache the app will open, and remembers it as the
// user's last project. Returns the records synced (0 on failure).
int prepareCache(SandboxProcess &sandbox, AppSettings &settings)
{
    const SandboxProcess::Tokens tokens = sandbox.issueTokens();
    ServerConfig server = ServerConfig::forEnvironment(ServerConfig::Environment::Custom);
    server.loginBase = sandbox.baseUrl();
    server.apiBase = sandbox.baseUrl();
    settings.setServerConfig(server);
    settings.setUser(sandbox.get(QStringLiteral("/rest/v1.0/me"), tokens.access).json().object().value(QStringLiteral("id")).toInteger(),
                     QStringLiteral("Bench User"));
    const qint64 company = firstId(sandbox.get(QStringLiteral("/rest/v1.0/companies"), tokens.access).json().array());
    const qint64 project = firstId(sandbox.get(QStringLiteral("/rest/v1.0/projects?company_id=%1&per_page=1").arg(company),
                                               tokens.access, company).json().array());
    settings.setLastCompanyId(company);
    settings.setLastProjectId(project);

    QNetworkAccessManager network;
    StaticTokenSource tokenSource(tokens.access);
    ApiClient api(&network, &tokenSource);
    api.setApiBase(sandbox.baseUrl());
    CacheDatabase cache(settings.cacheDatabasePath());
    QDir().mkpath(QFileInfo(cache.filePath()).absolutePath());
    cache.open();
    SyncEngine engine(&api);
    engine.setCache(&cache);
    int records = 0;
    for (const auto &[scopeCompany, scopeProject] : {std::pair{company, qint64(0)}, std::pair{company, project}}) {
        QEventLoop loop;
        QObject::connect(&engine, &SyncEngine::finished, &loop, [&](const SyncEngine::Summary &summary) {
            records += summary.ok() ? summary.records : 0;
            loop.quit();
        });
        if (!engine.start(scopeCompany, scopeProject))
            return 0;
        loop.exec();
    }
    std::printf("cache: %d records, %.1f MB\n", records, double(cache.sizeOnDisk()) / 1e6);
    return records;
}

// One cold start: milliseconds from process start to the probe's line (-1 when it never came).
qint64 coldStart(const QProcessEnvironment &environment, QString *line)
{
    QProcess app;
    app.setProcessEnvironment(environment);
    QElapsedTimer clock;
    clock.start();
    app.start(appPath(), {});
    while (app.waitForReadyRead(60000) || app.canReadLine()) {
        if (app.canReadLine()) {
            const QString text = QString::fromUtf8(app.readLine()).trimmed();
            if (text.startsWith(QLatin1String("first rows painted"))) {
                const qint64 elapsed = clock.elapsed();
                *line = text;
                app.waitForFinished(10000);
                return elapsed;
            }
        }
        if (app.state() != QProcess::Running)
            break;
    }
    app.kill();
    app.waitForFinished();
    *line = QString::fromUtf8(app.readAllStandardError()).trimmed().right(2000);   // why, for the report
    return -1;
}

} // namespace

int main(int argc, char **argv)
{
    std::setvbuf(stdout, nullptr, _IOLBF, 0);   // figures appear as they are measured, also in a file
    // The app under test and this program share a throwaway home: settings and cache.
    QTemporaryDir home;
    for (const char *name : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"})
        qputenv(name, home.filePath(QString::fromLatin1(name)).toUtf8());
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Sitedesk"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("sitedesk.app"));
    QCoreApplication::setApplicationName(QStringLiteral("Sitedesk"));
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("scale"), QStringLiteral("Sandbox scale."), QStringLiteral("SCALE"), QStringLiteral("large")},
                       {QStringLiteral("runs"), QStringLiteral("Cold starts per tab."), QStringLiteral("N"), QStringLiteral("3")},
                       {QStringLiteral("tabs"), QStringLiteral("Tabs to open."), QStringLiteral("LIST"),
                        QStringLiteral("photos,drawings,budget,submittals")}});
    parser.addHelpOption();
    parser.process(app);

    AppSettings settings;
    {
        SandboxProcess sandbox({QStringLiteral("--scale"), parser.value(QStringLiteral("scale")), QStringLiteral("--seed"),
                                QStringLiteral("1"), QStringLiteral("--spike-limit"), QStringLiteral("0")});
        if (!sandbox.isRunning() || prepareCache(sandbox, settings) == 0) {
            std::fprintf(stderr, "bench_startup: could not sync the sandbox's project\n");
            return 1;
        }
    }   // the sandbox stops here: the app starts with no network

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("SITEDESK_STARTUP_PROBE"), QStringLiteral("1"));
    environment.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));   // no keychain: signed out, cache shown
    bool ok = true;
    for (const QString &tab : parser.value(QStringLiteral("tabs")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        settings.setLastTab(tab);
        settings.sync();
        QList<qint64> times;
        for (int run = 0; run < parser.value(QStringLiteral("runs")).toInt(); ++run) {
            QString line;
            const qint64 ms = coldStart(environment, &line);
            std::printf("%-11s run %d: %s\n", qPrintable(tab), run + 1,
                        ms < 0 ? qPrintable(QStringLiteral("no rows painted within 60 s; the app said: ") + line) : qPrintable(QStringLiteral("%1 ms from process start; %2").arg(ms).arg(line)));
            if (ms < 0) {
                ok = false;
                break;
            }
            times.append(ms);
        }
        if (!times.isEmpty()) {
            std::sort(times.begin(), times.end());
            std::printf("%-11s median %lld ms\n", qPrintable(tab), static_cast<long long>(times.at(times.size() / 2)));
        }
    }
    return ok ? 0 : 1;
}
