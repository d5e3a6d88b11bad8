#include "sync/cachewriter.h"

#include "api/backgroundpriority.h"
#include "api/listitems.h"
#include "api/pagedreply.h"

#include <QFutureWatcher>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

namespace sitedesk::cachewriter {

namespace {

// One thread: SQLite takes one writer at a time anyway, and order matters (a window's rows
// before the sync state that says they are there).
QThreadPool &pool()
{
    static QThreadPool *writer = [] {
        auto *threads = new QThreadPool;
        threads->setMaxThreadCount(1);
        threads->setExpiryTimeout(-1);   // keep the thread, and with it its cache connection
        return threads;
    }();
    return *writer;
}

} // namespace

void run(QObject *context, std::function<bool()> work, std::function<void(bool ok)> done)
{
    // The watcher lives with the context on its thread: gone with it, no call back.
    auto *watcher = new QFutureWatcher<bool>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, done = std::move(done)] {
        watcher->deleteLater();
        done(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(&pool(), [work = std::move(work)] {
        lowerCurrentThreadPriority();
        return work();
    }));
}

void streamPages(QObject *context, PagedReply *reply, std::function<void(const ListItems &page)> take)
{
    reply->setStreaming(true);
    QObject::connect(reply, &PagedReply::pageReady, context, [context, take = std::move(take)](const ListItems &page) {
        run(context, [take, page] {
            take(page);
            return true;
        }, [](bool) {});
    });
}

void waitForIdle()
{
    pool().waitForDone();
}

} // namespace sitedesk::cachewriter
