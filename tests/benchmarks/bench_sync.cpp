// Sync benchmark (issue 8). Never asserts; prints:
//  1. paced: one project's first sync and a re-sync with nothing changed against a sandbox that
//     enforces Procore's spike limit: requests against the minimum the largest page size allows,
//     429 responses, wall time;
//  2. unpaced: the same first sync with no limit: client CPU, wall time, the longest event-loop
//     stall (what a window would have felt), and the same pages fetched by plain curl in
//     parallel (no parsing, no storage) as a baseline, with Sitedesk's time as a ratio to it;
//  3. cache size and peak memory.
//
//   bench_sync [--scale tiny|demo|large|huge] [--spike-limit 25] [--project N] [--tools a,b] [--keep-cache]
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
#include <QProcess>
#include <QTemporaryFile>
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
            const qint64 gap = m_clock.restart() - 5;
            if (gap > m_worst) {
                m_worst = gap;
                m_worstDuring = m_doing;
            }
        });
    }
    void start() { m_worst = 0; m_clock.start(); m_timer.start(); }
    qint64 stop() { m_timer.stop(); return m_worst; }
    void setDoing(const QString &doing) { m_doing = doing; }
    QString worstDuring() const { return m_worstDuring; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_worst = 0;
    QString m_doing;         // the sync's last progress text: where a stall happened
    QString m_worstDuring;
};

struct Run
{
    SyncEngine::Summary summary;
    double wallSeconds = 0;
    double cpuSeconds = 0;
    qint64 worstStallMs = 0;
    QString worstStallDuring;
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
    QObject::connect(&engine, &SyncEngine::progress, &probe, [&probe](int, const QString &text) { probe.setDoing(text); });
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
    run.worstStallDuring = probe.worstDuring();
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
    std::printf("  wall %.2f s, client CPU %.2f s, longest event-loop stall %lld ms (after \"%s\")\n", run.wallSeconds,
                run.cpuSeconds, static_cast<long long>(run.worstStallMs), qPrintable(run.worstStallDuring));
    for (int i = 0; i < run.summary.failed.size(); ++i)
        std::printf("  FAILED %s: %s\n", qPrintable(run.summary.failed.at(i)), qPrintable(run.summary.errors.at(i).userMessage()));
}

qint64 firstId(const QJsonArray &array)
{
    return array.isEmpty() ? 0 : array.first().toObject().value(QStringLiteral("id")).toInteger();
}

struct Target
{
    qint64 company = 0;
    qint64 project = 0;
    QStringList tools;
};

struct Bench
{
    explicit Bench(const QString &scale, const QString &spikeLimit)
        : sandbox({QStringLiteral("--scale"), scale, QStringLiteral("--seed"), QStringLiteral("1"), QStringLiteral("--spike-limit"),
                   spikeLimit, QStringLiteral("--hourly-limit"), QStringLiteral("3600")}),
          tokens(sandbox.issueTokens()),
          tokenSource(tokens.access),
          api(&network, &tokenSource),
          cache(dir.filePath(QStringLiteral("sitedesk.sqlite"))),
          engine(&api)
    {
        api.setApiBase(sandbox.baseUrl());
        cache.open();
        engine.setCache(&cache);
    }

    SandboxProcess sandbox;
    SandboxProcess::Tokens tokens;
    QNetworkAccessManager network;
    StaticTokenSource tokenSource;
    ApiClient api;
    QTemporaryDir dir;
    CacheDatabase cache;
    SyncEngine engine;
};

// Fetches `pages` with curl, `parallel` at a time, discarding the bodies: the network and server
// part of a sync with nothing of the client's own work. Seconds, or -1 when curl failed.
double curlSeconds(const Bench &bench, qint64 company, const QJsonArray &pages, int parallel)
{
    QTemporaryFile config;
    if (!config.open())
        return -1;
    const QString base = bench.sandbox.baseUrl().toString(QUrl::StripTrailingSlash);
    config.write(QStringLiteral("header = \"Authorization: Bearer %1\"\nheader = \"Procore-Company-Id: %2\"\nfail\n")
                     .arg(bench.tokens.access).arg(company).toUtf8());
    for (const QJsonValue &page : pages)
        config.write(QStringLiteral("url = \"%1%2\"\noutput = \"/dev/null\"\n").arg(base, page.toString()).toUtf8());
    config.close();
    QElapsedTimer clock;
    clock.start();
    const int code = QProcess::execute(QStringLiteral("curl"), {QStringLiteral("--silent"), QStringLiteral("--parallel"), QStringLiteral("--parallel-max"),
                                                                QString::number(parallel), QStringLiteral("-K"), config.fileName()});
    return code == 0 ? double(clock.elapsed()) / 1000.0 : -1;
}

Target findTarget(Bench &bench, const QCommandLineParser &parser)
{
    Target target;
    target.company = firstId(bench.sandbox.get(QStringLiteral("/rest/v1.0/companies"), bench.tokens.access).json().array());
    target.project = parser.value(QStringLiteral("project")).toLongLong();
    if (target.project == 0)
        target.project = firstId(bench.sandbox.get(QStringLiteral("/rest/v1.0/projects?company_id=%1&per_page=1").arg(target.company),
                                                   bench.tokens.access, target.company).json().array());
    if (parser.isSet(QStringLiteral("tools")))
        target.tools = parser.value(QStringLiteral("tools")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    return target;
}

bool paced(const QString &scale, const QString &spikeLimit, const QCommandLineParser &parser)
{
    Bench bench(scale, spikeLimit);
    if (!bench.sandbox.isRunning())
        return false;
    const Target target = findTarget(bench, parser);
    std::printf("bench_sync: scale %s, company %lld, project %lld\n", qPrintable(scale), static_cast<long long>(target.company),
                static_cast<long long>(target.project));
    std::printf("== paced: spike limit %s per 10 s, 3,600 per hour\n", qPrintable(spikeLimit));
    bench.sandbox.resetStats();
    const Run first = runSync(bench.engine, bench.api, target.company, target.project, target.tools);
    print("first sync", first);
    const QJsonObject stats = bench.sandbox.stats();
    const int minimum = stats.value(QStringLiteral("minimum_requests")).toInt();
    std::printf("  minimum at the largest page size %d; used %+.1f%%\n", minimum,
                minimum > 0 ? 100.0 * (first.requests - minimum) / minimum : 0.0);
    const QJsonObject byPath = stats.value(QStringLiteral("by_path")).toObject();
    std::printf("  requests by path:\n");
    for (auto it = byPath.begin(); it != byPath.end(); ++it)
        std::printf("    %5d  %s\n", it.value().toInt(), qPrintable(it.key()));
    bench.sandbox.resetStats();
    const Run again = runSync(bench.engine, bench.api, target.company, target.project, target.tools);
    print("re-sync, no changes", again);
    std::printf("  synced endpoints %lld\n", static_cast<long long>(bench.sandbox.stats().value(QStringLiteral("by_path")).toObject().size()));
    std::printf("cache on disk %.1f MB\n", double(bench.cache.sizeOnDisk()) / 1e6);
    return first.summary.ok() && again.summary.ok();
}

bool unpaced(const QString &scale, const QCommandLineParser &parser)
{
    Bench bench(scale, QStringLiteral("0"));
    if (!bench.sandbox.isRunning())
        return false;
    const Target target = findTarget(bench, parser);
    std::printf("== unpaced: no spike limit\n");
    bench.sandbox.resetStats();
    const Run first = runSync(bench.engine, bench.api, target.company, target.project, target.tools);
    print("first sync", first);
    if (parser.isSet(QStringLiteral("keep-cache"))) {
        bench.dir.setAutoRemove(false);
        std::printf("  cache kept: %s\n", qPrintable(bench.cache.filePath()));
    }
    const QJsonArray pages = bench.sandbox.stats().value(QStringLiteral("pages")).toArray();
    const int parallel = bench.api.policy().maxConcurrent;
    const double curl = curlSeconds(bench, target.company, pages, parallel);
    if (curl > 0)
        std::printf("  curl, same %lld pages, %d in parallel: %.2f s; Sitedesk / curl = %.2f\n", static_cast<long long>(pages.size()),
                    parallel, curl, first.wallSeconds / curl);
    else
        std::printf("  curl baseline failed\n");
    return first.summary.ok();
}

} // namespace

int main(int argc, char **argv)
{
    std::setvbuf(stdout, nullptr, _IOLBF, 0);   // figures appear as they are measured, also in a file
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("scale"), QStringLiteral("Sandbox scale."), QStringLiteral("SCALE"), QStringLiteral("large")},
                       {QStringLiteral("spike-limit"), QStringLiteral("Requests per 10 s in the paced run (0 = skip it)."), QStringLiteral("N"), QStringLiteral("25")},
                       {QStringLiteral("project"), QStringLiteral("Project id (default: the first)."), QStringLiteral("ID")},
                       {QStringLiteral("tools"), QStringLiteral("Tools to sync (default: every project tool)."), QStringLiteral("LIST")},
                       {QStringLiteral("keep-cache"), QStringLiteral("Leave the unpaced run's cache on disk and print where (to look inside it).")}});
    parser.addHelpOption();
    parser.process(app);

    const QString scale = parser.value(QStringLiteral("scale"));
    const QString spikeLimit = parser.value(QStringLiteral("spike-limit"));
    bool ok = spikeLimit == QLatin1String("0") || paced(scale, spikeLimit, parser);
    ok = unpaced(scale, parser) && ok;
    std::printf("peak RSS %.1f MB\n", double(peakRssKb()) / 1024.0);
    if (!ok)
        std::fprintf(stderr, "bench_sync: a sync failed or the sandbox did not start\n");
    return ok ? 0 : 1;
}
