// `sitedesk offline --tool drawings --project ID [--set ID]`: downloads the current sheet of
// every cached drawing (of one drawing set) and pins it, so the window opens them with no
// network. Progress on stderr; a line per sheet that could not be downloaded.
#include "cli.h"

#include "servicehub.h"

#include "cache/cachedatabase.h"
#include "drawings/drawingfileurls.h"
#include "drawings/drawingrecords.h"
#include "drawings/drawingstore.h"
#include "files/filefetch.h"
#include "files/filestore.h"
#include "files/offlinedownload.h"
#include "settings/appsettings.h"

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

void Cli::runOffline()
{
    if (m_parser.value(opt("tool")) != opt("drawings"))
        return usageError(tr("offline needs --tool drawings."));
    bool ok = false;
    const qint64 projectId = idOption(opt("project"), &ok);
    if (!ok)
        return;
    if (projectId == 0)
        return usageError(tr("offline needs --project ID."));
    const qint64 setId = idOption(opt("set"), &ok);
    if (!ok)
        return;
    withToken([=, this] {
        withCache(false, [=, this](CacheDatabase &cache) {
            QList<DrawingRow> rows = DrawingStore(cache).log(projectId);
            if (setId != 0)
                rows.removeIf([setId](const DrawingRow &row) { return row.setId != setId; });
            if (rows.isEmpty())
                return fail(tr("No drawings of project %1 are cached%2. Run \"sitedesk sync --tools drawings\" first.")
                                .arg(projectId).arg(setId != 0 ? tr(" in drawing set %1").arg(setId) : QString()));
            auto *files = new FileStore(m_hub->api(), &cache, FileStore::defaultFolder(cache), this);
            files->setSizeLimit(m_settings->fileCacheLimitBytes());
            DrawingFileUrls::install(*files, m_hub->api(), &cache);
            QList<OfflineItem> items;
            for (const DrawingRow &row : std::as_const(rows))
                items.append({DrawingRevision::fileKeyFor(row.revisionId), QUrl(row.pdfUrl), row.pdfSize, row.number});
            // The same job as the window's "Make available offline": a few at a time, each pinned when here.
            auto *job = new OfflineDownload(files, items, this);
            connect(job, &OfflineDownload::progress, this, [reported = 0](int done, int total, qint64) mutable {
                if (done == reported)
                    return;   // bytes of a sheet on its way: a line per sheet is enough
                reported = done;
                writeErr(tr("%1 of %2 sheets done").arg(done).arg(total));
            });
            connect(job, &OfflineDownload::finished, this, [=, this](int failed) {
                for (const QString &failure : job->failures())
                    writeErr(failure);
                if (failed > 0)
                    return fail(tr("%1 of %2 sheets could not be kept offline.").arg(failed).arg(job->filesTotal()));
                succeed();
            });
            job->start();
        });
    });
}

} // namespace sitedesk
