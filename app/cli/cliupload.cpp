// `sitedesk upload --project ID (--submittal ID | --album ID) FILE…`: the window's upload
// engine without the window. Files go to a submittal as attachments, or into a photo album as
// images (photouploads.h). Progress on stderr; one line per file that did not get there.
#include "cli.h"

#include "servicehub.h"

#include "cache/cachedatabase.h"
#include "photos/photouploads.h"
#include "projects/projectstore.h"
#include "uploads/uploadservice.h"
#include "uploads/uploadstore.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocale>

#include <cstdio>

namespace sitedesk {

namespace {

void writeErr(const QString &line)
{
    const QByteArray data = line.toUtf8() + '\n';
    std::fwrite(data.constData(), 1, size_t(data.size()), stderr);
    std::fflush(stderr);
}

QString opt(const char *name) { return QString::fromLatin1(name); }

} // namespace

void Cli::runUpload()
{
    bool ok = false;
    const qint64 projectId = idOption(opt("project"), &ok);
    if (!ok)
        return;
    const qint64 submittalId = idOption(opt("submittal"), &ok);
    if (!ok)
        return;
    const qint64 albumId = idOption(opt("album"), &ok);
    if (!ok)
        return;
    qint64 companyId = idOption(opt("company"), &ok);
    if (!ok)
        return;
    if (submittalId != 0 && albumId != 0)
        return usageError(tr("upload takes either --submittal ID or --album ID, not both."));
    if (projectId == 0 || (submittalId == 0 && albumId == 0))
        return usageError(tr("upload needs --project ID and --submittal ID (or --album ID for photos)."));
    const QStringList files = m_parser.positionalArguments().mid(1);
    if (files.isEmpty())
        return usageError(tr("upload needs at least one FILE."));
    withToken([=, this] {
        withCache(true, [=, this](CacheDatabase &cache) {
            const auto project = ProjectStore(cache).find(projectId);
            const qint64 company = companyId != 0 ? companyId : (project ? project->companyId : 0);
            if (company == 0)
                return fail(tr("Project %1 is not in the cache: pass --company ID or run \"sitedesk sync\" first.").arg(projectId));
            if (albumId != 0)
                uploadFiles(cache, {company, projectId, photouploads::tool(), albumId}, files);
            else
                uploadFiles(cache, {company, projectId, opt("submittals"), submittalId}, files);
        });
    });
}

void Cli::uploadFiles(CacheDatabase &cache, const UploadTarget &target, const QStringList &files)
{
    auto *service = new UploadService(m_hub->api(), m_hub->network(), this);
    service->setCache(&cache);
    QStringList problems;
    const QList<qint64> ids = service->enqueue(target, files, &problems);
    for (const QString &problem : std::as_const(problems))
        writeErr(tr("sitedesk: %1").arg(problem));
    if (ids.isEmpty())
        return fail(tr("No file to upload."));
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    connect(service, &UploadService::progressChanged, this, [=](qint64 id) {
        if (!ids.contains(id) || clock->elapsed() < 1000)
            return;
        clock->restart();
        const auto entry = service->store()->entry(id);
        const UploadService::Progress progress = service->progress(id);
        if (entry && entry->size > 0)
            writeErr(tr("%1: %2% (%3/s)").arg(entry->fileName()).arg(progress.bytes * 100 / entry->size)
                         .arg(QLocale().formattedDataSize(qint64(progress.bytesPerSecond))));
    });
    connect(service, &UploadService::idle, this, [=, this] {
        if (!service->isIdle())
            return;
        disconnect(service, nullptr, this, nullptr);
        int failed = int(problems.size());
        for (qint64 id : ids) {
            const auto entry = service->store()->entry(id);
            if (entry && entry->state == UploadEntry::State::Attached) {
                writeErr(target.tool == photouploads::tool() ? tr("%1: added to album %2.").arg(entry->fileName()).arg(target.itemId)
                                                             : tr("%1: attached to submittal %2.").arg(entry->fileName()).arg(target.itemId));
                continue;
            }
            ++failed;
            writeErr(tr("sitedesk: %1: not attached: %2").arg(entry ? entry->fileName() : QString::number(id),
                                                            entry && !entry->error.isEmpty() ? entry->error : tr("stopped")));
        }
        if (failed == 0)
            return succeed();
        writeErr(tr("%n file(s) not attached; run the same command again to resume.", nullptr, failed));
        emit finished(Failure);
    }, Qt::QueuedConnection);
    service->start();
}

} // namespace sitedesk
