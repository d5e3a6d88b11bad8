#pragma once

#include "api/listitems.h"
#include "sync/toolsync.h"

#include <QPointer>

namespace sitedesk {

class ApiReply;
class PagedReply;

// The Submittals tool's sync for one project (tool "submittals"), from
// GET /rest/v1.1/projects/{id}/submittals at the largest page size:
//   - the first run reads the whole log and replaces the cached one;
//   - later runs ask only for filters[updated_at] from the watermark and merge the changes.
// Procore's submittal list reports no deletions (no include_deleted filter), so after a merge
// one more request of a single item reads the log's Total: when the cache holds a different
// count, something was deleted and the log is read again in full, once, so it leaves the cache.
// That comparison is a periodic full read (fullread.h, "submittals_count"): made when due or
// when the user checks everything, so a re-sync with nothing changed is one request.
// Records are parsed and written on the cache writer's thread (cachewriter.h). A failed read
// writes nothing: the previous log stays.
class SubmittalsSync final : public ToolSync
{
    Q_OBJECT

public:
    using ToolSync::ToolSync;
    static QString name() { return QStringLiteral("submittals"); }
    static constexpr int maxPerPage = 1000;   // what Procore's v1.1 submittals list accepts at most

    void start(const SyncContext &context) override;
    void cancel() override;
    int recordCount() const override { return m_records; }

private:
    void fetch(bool full);
    void onFetched();
    void checkTotal();
    void onTotal();
    struct Written
    {
        int records = 0;
        QString watermark;
        QString error;
    };
    static bool store(CacheDatabase &cache, qint64 projectId, bool full, const ListItems &records, Written *written);
    void succeed();
    void stop(const ApiError &error);
    QString listPath() const;

    SyncContext m_context;
    QPointer<PagedReply> m_paged;
    QPointer<ApiReply> m_totalReply;
    QString m_watermark;
    bool m_full = false;
    bool m_cancelled = false;
    bool m_done = false;
    int m_records = 0;
};

} // namespace sitedesk
