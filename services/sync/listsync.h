#pragma once

#include "api/apirequest.h"
#include "sync/toolsync.h"

#include <QJsonArray>
#include <QPointer>

namespace sitedesk {

class PagedReply;

// A tool whose sync is "read one Procore list in full, then store it": fetches every page,
// hands the items to store() (one transaction in the subclass), then records sync_state.
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
    // Parses and writes the items; returns the number of records stored, or -1 with *error set.
    virtual int store(const SyncContext &context, const QJsonArray &items, QString *error) = 0;

private:
    void onFetched();
    void fail(const ApiError &error);

    SyncContext m_context;
    QPointer<PagedReply> m_reply;
    int m_records = 0;
};

} // namespace sitedesk
