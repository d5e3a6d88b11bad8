// sitedesk-sandbox: a Procore-compatible server on 127.0.0.1 for Sitedesk's tests, benchmarks
// and demo. The first line on stdout is its base URL.
#include "httpserver.h"
#include "sandbox.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <algorithm>
#include <cstdio>

using namespace sandbox;

namespace {

QString opt(const char *name) { return QString::fromLatin1(name); }

int fail(const QString &message)
{
    std::fprintf(stderr, "sitedesk-sandbox: %s\n", qPrintable(message));
    return 2;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(opt("sitedesk-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SITEDESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(opt("A Procore-compatible API and OAuth server on 127.0.0.1 for Sitedesk's tests and demo."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {opt("port"), opt("Port on 127.0.0.1 (0 = any free port)."), opt("N"), opt("0")},
        {opt("seed"), opt("Seed of the generated data and random faults."), opt("N"), opt("1")},
        {opt("scale"), opt("Size of the generated company: tiny, demo, large or huge."), opt("SCALE"), opt("demo")},
        {opt("auto-approve"), opt("Approve sign-ins at once (no Approve page).")},
        {opt("token-lifetime"), opt("Access token lifetime in seconds."), opt("SECONDS"), opt("5400")},
        {opt("client"), opt("Register an OAuth client with a secret (repeatable)."), opt("ID:SECRET")},
        {opt("spike-limit"), opt("Requests allowed per spike window and token (0 = off)."), opt("N"), opt("0")},
        {opt("spike-window"), opt("Spike window in seconds."), opt("SECONDS"), opt("10")},
        {opt("hourly-limit"), opt("Requests allowed per hour and token (0 = off)."), opt("N"), opt("3600")},
        {opt("latency"), opt("Delay added to every /rest response, in milliseconds."), opt("MS"), opt("0")},
        {opt("faults"), opt("Random /rest faults: kind=probability,… with kinds 500 502 503 429 drop malformed truncate (and expire)."), opt("SPEC")},
        {opt("verbose"), opt("Log each request (method, path, status, time) to stderr; never tokens.")},
    });
    parser.process(app);

    Sandbox::Options options;
    if (!parseScale(parser.value(opt("scale")), &options.scale))
        return fail(opt("--scale must be tiny, demo, large or huge"));
    bool ok = false;
    const quint32 seed = parser.value(opt("seed")).toUInt(&ok);
    if (!ok)
        return fail(opt("--seed must be a whole number"));
    const uint port = parser.value(opt("port")).toUInt(&ok);
    if (!ok || port > 65535)
        return fail(opt("--port must be 0 to 65535"));

    options.seed = seed;
    options.oauth.autoApprove = parser.isSet(opt("auto-approve"));
    options.oauth.tokenLifetimeSeconds = parser.value(opt("token-lifetime")).toInt(&ok);
    if (!ok || options.oauth.tokenLifetimeSeconds < 1)
        return fail(opt("--token-lifetime must be a positive number of seconds"));
    for (const QString &client : parser.values(opt("client"))) {
        const qsizetype colon = client.indexOf(QLatin1Char(':'));
        if (colon <= 0)
            return fail(opt("--client takes ID:SECRET"));
        options.oauth.clients.insert(client.left(colon), client.mid(colon + 1));
    }
    const auto count = [&parser](const char *name, int *value) {
        bool valid = false;
        *value = parser.value(opt(name)).toInt(&valid);
        return valid && *value >= 0;
    };
    int latency = 0;
    if (!count("spike-limit", &options.spikeLimit) || !count("spike-window", &options.spikeWindowSeconds)
        || !count("hourly-limit", &options.hourlyLimit) || !count("latency", &latency))
        return fail(opt("--spike-limit, --spike-window, --hourly-limit and --latency take whole numbers >= 0"));

    Sandbox sandbox(options);
    sandbox.faults().setLatencyMs(latency);
    QString error;
    if (parser.isSet(opt("faults")) && !sandbox.faults().setRates(parser.value(opt("faults")), &error))
        return fail(error);

    HttpServer server([&sandbox](const HttpRequest &request) { return sandbox.handle(request); });
    if (parser.isSet(opt("verbose"))) {
        server.setLogger([](const HttpRequest &request, const HttpResponse &response, qint64 ms) {
            // The path only: queries and bodies may carry codes and tokens.
            const char *fault = response.fault == HttpResponse::Fault::Drop       ? " (dropped)"
                              : response.fault == HttpResponse::Fault::Truncate ? " (truncated)"
                                                                                : "";
            std::fprintf(stderr, "%s %s %d%s %lldms\n", request.method.constData(), qPrintable(request.path), response.status, fault,
                         static_cast<long long>(ms));
        });
    }
    if (!server.listen(quint16(port)))
        return fail(QStringLiteral("cannot listen on 127.0.0.1:%1: %2").arg(port).arg(server.errorString()));
    const QUrl base(QStringLiteral("http://127.0.0.1:%1").arg(server.port()));
    sandbox.setBaseUrl(base);
    std::printf("%s\n", qPrintable(base.toString()));
    std::fflush(stdout);
    return app.exec();
}
