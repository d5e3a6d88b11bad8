#include "dailylog/dailylogsync.h"

#include "api/apiclient.h"
#include "api/pagedreply.h"
#include "cache/cachedatabase.h"
#include "cache/syncstatestore.h"
#include "dailylog/dailylogtype.h"
#include "sync/cachewriter.h"

#include <QJsonObject>

#include <memory>
#include <utility>

namespace sitedesk {

namespace {

// Before this day no construction project keeps logs: stops a walk over a cache of nothing.
const QDate earliestDay(1990, 1, 1);

} // namespace

DailyLogSync::DailyLogSync(QObject *parent)
    : ToolSync(parent)
{
}

void DailyLogSync::start(const SyncContext &context)
{
    m_context = context;
    m_records = 0;
    m_windowsDone = 0;
    m_finished = false;
    m_runToday = m_today.isValid() ? m_today : QDate::currentDate();
    m_coverage = DailyLogStore(*context.cache).coverage(context.projectId);
    if (m_coverage && m_coverage->last.isValid()) {
        // Incremental: the recent days again, then whatever older part is still missing.
        const QDate from = std::max(m_coverage->first, m_coverage->last.addDays(-overlapDays));
        m_window = {std::min(from, m_runToday), m_runToday};
    } else {
        m_coverage.reset();
        m_window = {earliestDay, m_runToday};
    }
    startWindow();
}

void DailyLogSync::cancel()
{
    for (const QPointer<PagedReply> &reply : std::as_const(m_replies))
        if (reply)
            reply->abort();
}

void DailyLogSync::startWindow()
{
    m_entries = std::make_shared<QList<DailyLogEntry>>();
    m_replies.clear();
    m_pending = int(DailyLogType::all().size());
    for (const DailyLogType &type : DailyLogType::all()) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("start_date"), m_window.from.toString(Qt::ISODate));
        query.addQueryItem(QStringLiteral("end_date"), m_window.to.toString(Qt::ISODate));
        ApiRequest request = ApiRequest::get(QStringLiteral("/rest/v1.0/projects/%1/%2").arg(m_context.projectId).arg(type.name),
                                             query, m_context.companyId);
        request.maxPerPage = 1000;
        PagedReply *reply = m_context.api->fetchAll(request);
        m_replies.append(reply);
        // Each page becomes entries as it arrives: a first sync's window holds every entry.
        cachewriter::streamPages(this, reply, [entries = m_entries, projectId = m_context.projectId, type = type.name](const ListItems &page) {
            page.forEachRecord([&](const json::Record &record) {
                if (auto entry = DailyLogEntry::fromJson(record, type, projectId)) {
                    keepBytesOnly(*entry, record.bytes());
                    entries->append(std::move(*entry));
                }
            });
        });
        connect(reply, &PagedReply::finished, this, &DailyLogSync::onTypeFetched);
    }
}

void DailyLogSync::onTypeFetched()
{
    auto *reply = qobject_cast<PagedReply *>(sender());
    if (!reply || m_finished)
        return;
    reply->deleteLater();
    if (reply->error()) {
        cancel();
        return fail(reply->error());
    }
    if (--m_pending == 0)
        storeWindow();
}

void DailyLogSync::storeWindow()
{
    DailyLogStore::Coverage coverage = m_coverage.value_or(DailyLogStore::Coverage{m_window.from, m_window.to, false});
    coverage.first = std::min(coverage.first, m_window.from);
    coverage.last = std::max(coverage.last, m_window.to);
    // A window that reaches back to 1990 leaves no older day to ask about.
    if (m_window.from <= earliestDay)
        coverage.complete = true;

    auto records = std::make_shared<int>(0);
    auto error = std::make_shared<QString>();
    CacheDatabase *cache = m_context.cache;
    const qint64 projectId = m_context.projectId;
    const Window window = m_window;
    // Queued behind every page's entries on the one writer thread.
    cachewriter::run(this, [cache, projectId, window, entries = std::exchange(m_entries, {}), coverage, records, error] {
        *records = int(entries->size());
        return DailyLogStore(*cache).replaceRange(projectId, window.from, window.to, *entries, coverage, error.get());
    }, [this, records, error, coverage](bool ok) { onWindowStored(ok, *records, coverage, *error); });
}

void DailyLogSync::onWindowStored(bool ok, int records, const DailyLogStore::Coverage &coverage, const QString &error)
{
    if (m_finished)
        return;
    if (!ok)
        return fail(ApiError::make(ApiError::Kind::Storage, error));
    m_records += records;
    m_coverage = coverage;
    ++m_windowsDone;
    emit progress(m_windowsDone, coverage.complete ? m_windowsDone : m_windowsDone + 1);
    if (coverage.complete)
        return succeed();
    // A cache whose first sync walked back a year at a time (before 2026-11) and did not finish:
    // everything older comes in one more window.
    m_window = {earliestDay, coverage.first.addDays(-1)};
    startWindow();
}

void DailyLogSync::succeed()
{
    m_finished = true;
    SyncStateStore(*m_context.cache)
        .markSuccess(m_context.projectId, name(), QDateTime::currentDateTimeUtc(), m_coverage->last.toString(Qt::ISODate));
    emit finished({});
}

void DailyLogSync::fail(const ApiError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    if (error.kind != ApiError::Kind::Cancelled && m_context.cache)
        SyncStateStore(*m_context.cache).markFailure(m_context.projectId, name(), error.userMessage());
    emit finished(error);
}

} // namespace sitedesk
