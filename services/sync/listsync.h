#pragma once

#include "api/apirequest.h"
#include "sync/toolsync.h"

#include <QJsonArray>
#include <QPointer>

namespace sitedesk {

class PagedReply;

// A tool whose sync is "read one Procore list in full, then store it": fetches every page,
// has the subclass's store function parse and write them on the cache writer's thread
// (cachewriter.h; 1,800 projects held the window for 60 ms), then records sync_state.
class ListSync : public ToolSync
{
    Q_OBJECT

public:
    using ToolSync::ToolSync;

    void start(const SyncContext &context) final;
    void cancel() final;
    int recordCount() const final { return m_records; }

protected:
    virtual QString toolName() const = 0;
    virtual qint64 scopeId(const SyncContext &context) const = 0;
    virtual ApiRequest request(const SyncContext &context) const = 0;
    // Parses and writes the items in one transaction; returns the number of records stored, or
    // -1 with *error set. A plain function of its arguments: it runs on the cache writer's thread.
    using StoreFunction = int (*)(const SyncContext &context, const QJsonArray &items, QString *error);
    virtual StoreFunction store() const = 0;

private:
    void onFetched();
    void onStored(int stored, const QString &error);
    void fail(const ApiError &error);

    SyncContext m_context;
    QPointer<PagedReply> m_reply;
    int m_records = 0;
};

} // namespace sitedesk
