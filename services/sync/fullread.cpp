#include "sync/fullread.h"

#include "cache/syncstatestore.h"

namespace sitedesk::fullread {

bool isDue(const SyncContext &context, const QString &what)
{
    if (context.everything)
        return true;
    const auto last = SyncStateStore(*context.cache).state(context.projectId, what);
    return !last || !last->lastSuccess.isValid() || last->lastSuccess.secsTo(QDateTime::currentDateTimeUtc()) >= maxAgeSecs;
}

void markDone(const SyncContext &context, const QString &what)
{
    SyncStateStore(*context.cache).markSuccess(context.projectId, what, QDateTime::currentDateTimeUtc(), {});
}

} // namespace sitedesk::fullread
