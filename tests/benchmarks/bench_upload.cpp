// Uploads a large sparse file (200 MB by default) through UploadService to the sandbox and
// prints MB/s on loopback and the client's peak memory, which should stay flat whatever the
// file's size (one segment in memory at a time). Never asserts.
#include "sandboxprocess.h"

#include "api/apiclient.h"
#include "api/tokensource.h"
#include "cache/cachedatabase.h"
#include "uploads/uploadservice.h"
#include "uploads/uploadstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTimer>

#include <sys/resource.h>

#include <cstdio>

using namespace sitedesk;

namespace {

constexpr qint64 kCompany = Q_INT64_C(562949953421312);
constexpr qint64 kProject = Q_INT64_C(562949953600000);

long peakRssKb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("mb"), QStringLiteral("File size in MB (default 200)."), QStringLiteral("N"), QStringLiteral("200")});
    parser.process(app);
    const qint64 size = parser.value(QStringLiteral("mb")).toLongLong() * 1000 * 1000;

    SandboxProcess sandbox;
    if (!sandbox.isRunning())
        return 1;
    const QString token = sandbox.issueTokens().access;
    const QJsonArray log = sandbox.listAll(QStringLiteral("/rest/v1.1/projects/%1/submittals").arg(kProject), token, kCompany);
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("large.bin")));
    if (log.isEmpty() || !file.open(QIODevice::WriteOnly) || !file.resize(size))   // sparse: no disk time
        return 1;
    file.close();
    CacheDatabase cache(dir.filePath(QStringLiteral("cache.sqlite")));
    cache.open();
    QNetworkAccessManager network;
    StaticTokenSource tokens(token);
    ApiClient api(&network, &tokens);
    api.setApiBase(sandbox.baseUrl());
    UploadService service(&api, &network);
    service.setCache(&cache);
    service.start();

    const long rssBefore = peakRssKb();
    QElapsedTimer clock;
    clock.start();
    const qint64 id = service.enqueue({kCompany, kProject, QStringLiteral("submittals"),
                                       log.first().toObject().value(QStringLiteral("id")).toInteger()}, {file.fileName()}).value(0);
    QObject::connect(&service, &UploadService::idle, &app, [&] {
        if (service.isIdle())
            app.quit();
    }, Qt::QueuedConnection);
    app.exec();
    const double seconds = double(clock.elapsed()) / 1000.0;
    const UploadEntry entry = *service.store()->entry(id);
    std::printf("upload of %.0f MB in %d segments: %s, %.1f s, %.1f MB/s (hashing included); peak RSS %.1f MB (%.1f MB before)\n",
                double(size) / 1e6, int(entry.segments.size()), qPrintable(UploadEntry::stateName(entry.state)), seconds,
                double(size) / 1e6 / seconds, double(peakRssKb()) / 1024.0, double(rssBefore) / 1024.0);
    return entry.state == UploadEntry::State::Attached ? 0 : 1;
}
