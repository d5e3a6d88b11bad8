#include "sync/listsync.h"

#include "api/apiclient.h"
#include "api/pagedreply.h"
#include "cache/cachedatabase.h"
#include "cache/syncstatestore.h"
#include "sync/cachewriter.h"

#include <memory>


namespace sitedesk {

void ListSync::start(const SyncContext &context)
{
    m_context = context;
    m_records = 0;
    m_reply = context.api->fetchAll(request(context));
    connect(m_reply, &PagedReply::progress, this, &ToolSync::progress);
    connect(m_reply, &PagedReply::finished, this, &ListSync::onFetched);
}

void ListSync::cancel()
{
    if (m_reply)
        m_reply->abort();
}

void ListSync::onFetched()
{
    PagedReply *reply = m_reply;
    reply->deleteLater();
    if (reply->error())
        return fail(reply->error());

    struct Stored { int records = -1; QString error; };
    auto stored = std::make_shared<Stored>();
    cachewriter::run(this, [store = store(), context = m_context, items = reply->items(), stored] {
        stored->records = store(context, items, &stored->error);
        return stored->records >= 0;
    }, [this, stored](bool) { onStored(stored->records, stored->error); });
}

void ListSync::onStored(int stored, const QString &error)
{
    if (stored < 0)
        return fail(ApiError::make(ApiError::Kind::Storage, error));
    m_records = stored;
    SyncStateStore(*m_context.cache)
        .markSuccess(scopeId(m_context), toolName(), QDateTime::currentDateTimeUtc(), QString());
    emit finished({});
}

void ListSync::fail(const ApiError &error)
{
    if (error.kind != ApiError::Kind::Cancelled && m_context.cache)
        SyncStateStore(*m_context.cache).markFailure(scopeId(m_context), toolName(), error.userMessage());
    emit finished(error);
}

} // namespace sitedesk
