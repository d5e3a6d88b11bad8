#pragma once

#include "cache/cachedatabase.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThreadPool>

#include <utility>

namespace sitedesk {

// Runs work(CacheDatabase &) on a pool thread with that thread's own connection (released
// afterwards, since pool threads come and go), then hands what it returns to
// deliver(Receiver *, Result) on the UI thread — unless the receiver is gone by then. For cache
// reads that would freeze the window, such as a log of tens of thousands of rows. The receiver
// decides whether the answer is still wanted (a newer request may have superseded it).
template <typename Receiver, typename Work, typename Deliver>
void runInBackground(CacheDatabase *cache, Receiver *receiver, Work work, Deliver deliver)
{
    QPointer<CacheDatabase> database = cache;
    QPointer<Receiver> self = receiver;
    QThreadPool::globalInstance()->start([database, self, work = std::move(work), deliver = std::move(deliver)]() mutable {
        if (!database)
            return;
        auto result = work(*database);
        database->releaseThreadConnection();
        QMetaObject::invokeMethod(qApp, [self, deliver = std::move(deliver), result = std::move(result)]() mutable {
            if (self)
                deliver(self.data(), std::move(result));
        }, Qt::QueuedConnection);
    });
}

} // namespace sitedesk
