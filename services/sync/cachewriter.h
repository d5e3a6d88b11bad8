#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

namespace sitedesk {

class CacheDatabase;

// Runs a sync's cache writes (parsing a window of records, one big transaction) on one worker
// thread, in the order they were asked for, so the window keeps painting while a sync stores
// thousands of rows. The work uses that thread's own SQLite connection (CacheDatabase gives
// one per thread); `done` runs afterwards on the asking object's thread, and not at all when
// that object is gone (a cancelled sync).
namespace cachewriter {

void run(QObject *context, std::function<bool()> work, std::function<void(bool ok)> done);

// Blocks until every queued write has finished: call before closing or switching a cache.
void waitForIdle();

} // namespace cachewriter
} // namespace sitedesk
