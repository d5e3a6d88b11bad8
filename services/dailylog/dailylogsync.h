#pragma once

#include "api/listitems.h"
#include "dailylog/dailylogentry.h"
#include "dailylog/dailylogstore.h"
#include "sync/toolsync.h"

#include <QDate>
#include <QList>
#include <QPointer>

#include <memory>

namespace sitedesk {

class PagedReply;

// A project's daily logs (every type in DailyLogType) by date ranges. Procore returns only
// today's logs when no date is given, so the sync asks for windows of days with
// start_date/end_date, every type per window, and stores each window in one transaction:
//  - first run: one window from 1990 to today, every type paged like any list: as few requests
//    as Procore's page size allows (asking for the recent year first cost each type one more,
//    mostly half-empty, page — 18 requests — and showed the recent year no sooner: the pages of
//    every type arrive together);
//  - later runs: only the days from the last synced day minus `overlapDays` (late entries
//    and edits of the last days) to today, then any older window an earlier run left undone.
// Within a run every day is fetched once. The covered days live in daily_log_coverage.
// Each window's records become entries page by page as they arrive, and are stored in one
// transaction, on the cache writer's thread (cachewriter.h).
class DailyLogSync final : public ToolSync
{
    Q_OBJECT

public:
    static constexpr int overlapDays = 7;

    explicit DailyLogSync(QObject *parent = nullptr);
    static QString name() { return QStringLiteral("daily_log"); }

    // The day the sync treats as today (default: the local date when start() runs).
    void setToday(const QDate &today) { m_today = today; }

    void start(const SyncContext &context) override;
    void cancel() override;
    int recordCount() const override { return m_records; }

private:
    struct Window
    {
        QDate from;
        QDate to;
    };

    void startWindow();
    void onTypeFetched();
    void storeWindow();
    void onWindowStored(bool ok, int records, const DailyLogStore::Coverage &coverage, const QString &error);
    void succeed();
    void fail(const ApiError &error);

    SyncContext m_context;
    QDate m_today;
    QDate m_runToday;
    std::optional<DailyLogStore::Coverage> m_coverage;
    Window m_window;
    QList<QPointer<PagedReply>> m_replies;
    std::shared_ptr<QList<DailyLogEntry>> m_entries;   // this window's, filled on the cache writer's thread
    int m_pending = 0;
    int m_records = 0;
    int m_windowsDone = 0;
    bool m_finished = false;
};

} // namespace sitedesk
