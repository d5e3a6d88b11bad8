#include "sync/fullread.h"

#include "cache/syncstatestore.h"

namespace sitedesk::fullread {

bool isDue(CacheDatabase &cache, qint64 projectId, const QString &what)
{
    const auto last = SyncStateStore(cache).state(projectId, what);
    return !last || !last->lastSuccess.isValid() || last->lastSuccess.secsTo(QDateTime::currentDateTimeUtc()) >= maxAgeSecs;
}

void markDone(CacheDatabase &cache, qint64 projectId, const QString &what)
{
    SyncStateStore(cache).markSuccess(projectId, what, QDateTime::currentDateTimeUtc(), {});
}

} // namespace sitedesk::fullread
