#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

namespace sitedesk {

class CacheDatabase;
class ListItems;
class PagedReply;

// Runs a sync's cache writes (parsing a window of records, one big transaction) on one worker
// thread, in the order they were asked for, so the window keeps painting while a sync stores
// thousands of rows. The work uses that thread's own SQLite connection (CacheDatabase gives
// one per thread); `done` runs afterwards on the asking object's thread, and not at all when
// that object is gone (a cancelled sync).
namespace cachewriter {

void run(QObject *context, std::function<bool()> work, std::function<void(bool ok)> done);

// Hands each page of `reply` to take(page) on the writer thread as it arrives (in any order),
// so a long list is turned into records, or stored, and its parsed pages freed as it comes in,
// instead of all at once at the end. Work queued later (the list's final write) runs after
// every page that had arrived by then.
void streamPages(QObject *context, PagedReply *reply, std::function<void(const ListItems &page)> take);

// Blocks until every queued write has finished: call before closing or switching a cache.
void waitForIdle();

} // namespace cachewriter
} // namespace sitedesk
