#pragma once

#include "cache/cachedatabase.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThreadPool>

#include <functional>
#include <utility>

namespace sitedesk {

// Runs work(CacheDatabase &, post) on a pool thread with that thread's own connection (released
// afterwards, since pool threads come and go). Each post(f) hands f(Receiver *) to the UI thread,
// where it runs unless the receiver is gone by then: a job may hand over more than once (a first
// screenful, then everything). The cache is not closed or destroyed while the work runs
// (CacheDatabase::Uses); work queued for a cache already going is dropped. For cache reads that
// would freeze the window, such as a log of tens of thousands of rows. The receiver decides
// whether an answer is still wanted (a newer request may have superseded it). `pool` serialises
// a receiver's jobs when it has its own one-thread pool.
template <typename Receiver, typename Work>
void runInBackgroundSteps(CacheDatabase *cache, Receiver *receiver, Work work,
                          QThreadPool *pool = QThreadPool::globalInstance())
{
    QPointer<Receiver> self = receiver;
    const auto post = [self](std::function<void(Receiver *)> step) {
        QMetaObject::invokeMethod(qApp, [self, step = std::move(step)] {
            if (self)
                step(self.data());
        }, Qt::QueuedConnection);
    };
    // Not a QPointer to the cache: it could be destroyed between the check and the query. A use
    // keeps it (the destructor waits), or tells the job it is already going.
    pool->start([cache, uses = cache->uses(), post, work = std::move(work)]() mutable {
        if (!uses->begin())
            return;
        work(*cache, post);
        cache->releaseThreadConnection();
        uses->end();
    });
}

// The one-answer form: what work(CacheDatabase &) returns goes to deliver(Receiver *, Result).
template <typename Receiver, typename Work, typename Deliver>
void runInBackground(CacheDatabase *cache, Receiver *receiver, Work work, Deliver deliver)
{
    runInBackgroundSteps(cache, receiver, [work = std::move(work), deliver = std::move(deliver)](CacheDatabase &database, const auto &post) mutable {
        post([result = work(database), deliver](Receiver *self) mutable { deliver(self, std::move(result)); });
    });
}

} // namespace sitedesk
