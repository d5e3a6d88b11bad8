#include "submittals/submittalssync.h"

#include "api/apiclient.h"
#include "api/apireply.h"
#include "api/pagedreply.h"
#include "cache/cachedatabase.h"
#include "cache/syncstatestore.h"
#include "submittals/submittal.h"
#include "submittals/submittalstore.h"
#include "sync/cachewriter.h"
#include "sync/fullread.h"

#include <memory>

namespace sitedesk {

namespace {

// The sync_state row of the last comparison of the log's Total with the cache (fullread.h).
QString countRead()
{
    return QStringLiteral("submittals_count");
}

} // namespace

QString SubmittalsSync::listPath() const
{
    return QStringLiteral("/rest/v1.1/projects/%1/submittals").arg(m_context.projectId);
}

void SubmittalsSync::start(const SyncContext &context)
{
    m_context = context;
    m_records = 0;
    m_cancelled = false;
    m_done = false;
    const auto state = SyncStateStore(*context.cache).state(context.projectId, name());
    m_watermark = state && state->lastSuccess.isValid() ? state->watermark : QString();
    fetch(m_watermark.isEmpty());
}

void SubmittalsSync::cancel()
{
    m_cancelled = true;
    if (m_paged)
        m_paged->abort();
    if (m_totalReply)
        m_totalReply->abort();
}

void SubmittalsSync::fetch(bool full)
{
    m_full = full;
    QUrlQuery query;
    if (!full) {
        // Up to tomorrow: a clock a little behind Procore's must not miss today's edits.
        const QString until = QDateTime::currentDateTimeUtc().addDays(1).toString(Qt::ISODate);
        query.addQueryItem(QStringLiteral("filters[updated_at]"), m_watermark + QStringLiteral("...") + until);
    }
    ApiRequest request = ApiRequest::get(listPath(), query, m_context.companyId);
    request.maxPerPage = maxPerPage;
    m_paged = m_context.api->fetchAll(request);
    connect(m_paged, &PagedReply::progress, this, &ToolSync::progress);
    connect(m_paged, &PagedReply::finished, this, &SubmittalsSync::onFetched);
}

void SubmittalsSync::onFetched()
{
    PagedReply *reply = m_paged;
    reply->deleteLater();
    if (reply->error())
        return stop(reply->error());
    // Parsed and stored on the cache writer's thread: a log of thousands never stalls the window.
    auto written = std::make_shared<Written>();
    written->watermark = m_watermark;
    cachewriter::run(this, [cache = m_context.cache, projectId = m_context.projectId, full = m_full, records = reply->records(), written] {
        return store(*cache, projectId, full, records, written.get());
    }, [this, written](bool ok) {
        if (m_done)
            return;
        if (!ok)
            return stop(ApiError::make(ApiError::Kind::Storage, written->error));
        m_records += written->records;
        m_watermark = written->watermark;
        if (m_full) {
            fullread::markDone(m_context, countRead());   // a full read is the count's check too
            return succeed();
        }
        if (!fullread::isDue(m_context, countRead()))
            return succeed();
        checkTotal();
    });
}

bool SubmittalsSync::store(CacheDatabase &cache, qint64 projectId, bool full, const ListItems &records, Written *written)
{
    QList<Submittal> submittals;
    submittals.reserve(records.size());
    records.forEach([&](const QJsonObject &object, const QByteArray &raw) {
        if (auto submittal = Submittal::fromJson(object, projectId)) {
            submittal->rawJson = raw;
            written->watermark = std::max(written->watermark, submittal->updatedAt);
            submittals.append(std::move(*submittal));
        }
    });
    SubmittalStore store(cache);
    if (!(full ? store.replaceAll(projectId, submittals, &written->error) : store.merge(projectId, submittals, &written->error)))
        return false;
    written->records = int(submittals.size());
    return true;
}

void SubmittalsSync::checkTotal()
{
    if (m_cancelled)
        return stop(ApiError::make(ApiError::Kind::Cancelled));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("page"), QStringLiteral("1"));
    query.addQueryItem(QStringLiteral("per_page"), QStringLiteral("1"));
    m_totalReply = m_context.api->send(ApiRequest::get(listPath(), query, m_context.companyId));
    connect(m_totalReply, &ApiReply::finished, this, &SubmittalsSync::onTotal);
}

void SubmittalsSync::onTotal()
{
    ApiReply *reply = m_totalReply;
    reply->deleteLater();
    if (reply->error())
        return stop(reply->error());
    bool known = false;
    const int total = reply->header("Total").trimmed().toInt(&known);
    // Without a Total header there is nothing to compare: the merge stands.
    if (known && total != SubmittalStore(*m_context.cache).count(m_context.projectId))
        return fetch(true);
    fullread::markDone(m_context, countRead());
    succeed();
}

void SubmittalsSync::succeed()
{
    m_done = true;
    SyncStateStore(*m_context.cache).markSuccess(m_context.projectId, name(), QDateTime::currentDateTimeUtc(), m_watermark);
    m_context.cache->notifyChanged({QStringLiteral("sync_state")});
    emit finished({});
}

void SubmittalsSync::stop(const ApiError &error)
{
    if (m_done)
        return;
    m_done = true;
    const ApiError reported = m_cancelled ? ApiError::make(ApiError::Kind::Cancelled) : error;
    if (reported.kind != ApiError::Kind::Cancelled)
        SyncStateStore(*m_context.cache).markFailure(m_context.projectId, name(), reported.userMessage());
    emit finished(reported);
}

} // namespace sitedesk
