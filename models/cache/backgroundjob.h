#pragma once

#include "cache/cachedatabase.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThreadPool>

#include <utility>

namespace sitedesk {

// Runs work(CacheDatabase &) on a pool thread with that thread's own connection (released
// afterwards, since pool threads come and go), then hands what it returns to deliver(Receiver *,
// Result) on the UI thread — unless the receiver is gone by then. The cache is not closed or
// destroyed while the work runs (CacheDatabase::Uses); work queued for a cache already going is
// dropped. For cache reads that would freeze the window, such as a log of tens of thousands of
// rows. The receiver decides whether the answer is still wanted (a newer request may have
// superseded it).
template <typename Receiver, typename Work, typename Deliver>
void runInBackground(CacheDatabase *cache, Receiver *receiver, Work work, Deliver deliver)
{
    QPointer<Receiver> self = receiver;
    // Not a QPointer to the cache: it could be destroyed between the check and the query. A use
    // keeps it (the destructor waits), or tells the job it is already going.
    QThreadPool::globalInstance()->start([cache, uses = cache->uses(), self, work = std::move(work), deliver = std::move(deliver)]() mutable {
        if (!uses->begin())
            return;
        auto result = work(*cache);
        cache->releaseThreadConnection();
        uses->end();
        QMetaObject::invokeMethod(qApp, [self, deliver = std::move(deliver), result = std::move(result)]() mutable {
            if (self)
                deliver(self.data(), std::move(result));
        }, Qt::QueuedConnection);
    });
}

} // namespace sitedesk
