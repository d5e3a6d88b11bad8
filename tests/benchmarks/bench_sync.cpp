// Sync benchmark (issue 8): one project's first sync and a re-sync with nothing changed, against
// the sandbox with Procore's spike limit on. Prints requests, 429s, records, wall and CPU time,
// the longest event-loop stall (what a window would have felt) and peak memory. Never asserts.
//
//   bench_sync [--scale tiny|demo|large|huge] [--spike-limit 25] [--project N] [--tools a,b]
#include "sandboxprocess.h"

#include "api/apiclient.h"
#include "api/tokensource.h"
#include "cache/cachedatabase.h"
#include "sync/syncengine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTimer>

#include <sys/resource.h>

#include <cstdio>

using namespace sitedesk;

namespace {

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    auto seconds = [](const timeval &t) { return double(t.tv_sec) + double(t.tv_usec) / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

long peakRssKb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

// Measures how late a 5 ms timer fires: the longest time the event loop was busy elsewhere.
class StallProbe : public QObject
{
public:
    StallProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(5);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 gap = m_clock.restart();
            m_worst = std::max(m_worst, gap - 5);
        });
    }
    void start() { m_worst = 0; m_clock.start(); m_timer.start(); }
    qint64 stop() { m_timer.stop(); return m_worst; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_worst = 0;
};

struct Run
{
    SyncEngine::Summary summary;
    double wallSeconds = 0;
    double cpuSeconds = 0;
    qint64 worstStallMs = 0;
    int requests = 0;
    int rateLimited = 0;
};

Run runSync(SyncEngine &engine, ApiClient &api, qint64 company, qint64 project, const QStringList &tools)
{
    Run run;
    StallProbe probe;
    QEventLoop loop;
    QObject::connect(&engine, &SyncEngine::finished, &loop, [&](const SyncEngine::Summary &summary) {
        run.summary = summary;
        loop.quit();
    });
    const int requestsBefore = api.requestsSent();
    const int limitedBefore = api.rateLimitedResponses();
    const double cpuBefore = cpuSeconds();
    QElapsedTimer wall;
    wall.start();
    probe.start();
    if (!engine.start(company, project, tools))
        return run;
    loop.exec();
    run.worstStallMs = probe.stop();
    run.wallSeconds = double(wall.elapsed()) / 1000.0;
    run.cpuSeconds = cpuSeconds() - cpuBefore;
    run.requests = api.requestsSent() - requestsBefore;
    run.rateLimited = api.rateLimitedResponses() - limitedBefore;
    return run;
}

void print(const char *what, const Run &run)
{
    std::printf("%-22s %s\n", what, qPrintable(run.summary.message()));
    std::printf("  records %d, requests %d, 429 responses %d\n", run.summary.records, run.requests, run.rateLimited);
    std::printf("  wall %.2f s, client CPU %.2f s, longest event-loop stall %lld ms\n", run.wallSeconds,
                run.cpuSeconds, static_cast<long long>(run.worstStallMs));
    for (int i = 0; i < run.summary.failed.size(); ++i)
        std::printf("  FAILED %s: %s\n", qPrintable(run.summary.failed.at(i)), qPrintable(run.summary.errors.at(i).userMessage()));
}

qint64 firstId(const QJsonArray &array)
{
    return array.isEmpty() ? 0 : array.first().toObject().value(QStringLiteral("id")).toInteger();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("scale"), QStringLiteral("Sandbox scale."), QStringLiteral("SCALE"), QStringLiteral("large")},
                       {QStringLiteral("spike-limit"), QStringLiteral("Requests per 10 s (0 = off)."), QStringLiteral("N"), QStringLiteral("25")},
                       {QStringLiteral("project"), QStringLiteral("Project id (default: the first)."), QStringLiteral("ID")},
                       {QStringLiteral("tools"), QStringLiteral("Tools to sync (default: every project tool)."), QStringLiteral("LIST")}});
    parser.addHelpOption();
    parser.process(app);

    SandboxProcess sandbox({QStringLiteral("--scale"), parser.value(QStringLiteral("scale")), QStringLiteral("--seed"), QStringLiteral("1"),
                            QStringLiteral("--spike-limit"), parser.value(QStringLiteral("spike-limit")), QStringLiteral("--hourly-limit"),
                            QStringLiteral("3600")});
    if (!sandbox.isRunning()) {
        std::fprintf(stderr, "bench_sync: the sandbox did not start\n");
        return 1;
    }
    const SandboxProcess::Tokens tokens = sandbox.issueTokens();
    const qint64 company = firstId(sandbox.get(QStringLiteral("/rest/v1.0/companies"), tokens.access).json().array());
    qint64 project = parser.value(QStringLiteral("project")).toLongLong();
    if (project == 0)
        project = firstId(sandbox.get(QStringLiteral("/rest/v1.0/projects?company_id=%1&per_page=1").arg(company), tokens.access, company).json().array());

    QNetworkAccessManager network;
    StaticTokenSource tokenSource(tokens.access);
    ApiClient api(&network, &tokenSource);
    api.setApiBase(sandbox.baseUrl());
    QTemporaryDir dir;
    CacheDatabase cache(dir.filePath(QStringLiteral("sitedesk.sqlite")));
    cache.open();
    SyncEngine engine(&api);
    engine.setCache(&cache);
    const QStringList tools = parser.isSet(QStringLiteral("tools"))
        ? parser.value(QStringLiteral("tools")).split(QLatin1Char(','), Qt::SkipEmptyParts) : QStringList();

    std::printf("bench_sync: scale %s, spike limit %s/10 s, company %lld, project %lld\n",
                qPrintable(parser.value(QStringLiteral("scale"))), qPrintable(parser.value(QStringLiteral("spike-limit"))),
                static_cast<long long>(company), static_cast<long long>(project));
    sandbox.resetStats();
    const Run first = runSync(engine, api, company, project, tools);
    print("first sync", first);
    const QJsonObject byPath = sandbox.stats().value(QStringLiteral("by_path")).toObject();
    std::printf("  requests by path:\n");
    for (auto it = byPath.begin(); it != byPath.end(); ++it)
        std::printf("    %5d  %s\n", it.value().toInt(), qPrintable(it.key()));
    const Run again = runSync(engine, api, company, project, tools);
    print("re-sync, no changes", again);
    std::printf("cache on disk %.1f MB, peak RSS %.1f MB\n", double(cache.sizeOnDisk()) / 1e6, double(peakRssKb()) / 1024.0);
    return first.summary.ok() && again.summary.ok() ? 0 : 1;
}
