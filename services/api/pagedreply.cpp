#include "api/pagedreply.h"

#include "api/apiclient.h"
#include "api/apireply.h"

#include <QJsonObject>

namespace sitedesk {

namespace {

// v1.x lists are bare arrays; v2.x wrap them as {"data": [...]}.
bool itemsOf(const QJsonDocument &json, QJsonArray *items)
{
    if (json.isArray()) {
        *items = json.array();
        return true;
    }
    if (json.isObject() && json.object().value(QLatin1String("data")).isArray()) {
        *items = json.object().value(QLatin1String("data")).toArray();
        return true;
    }
    return false;
}

int headerInt(const ApiReply *reply, const char *name)
{
    bool ok = false;
    const int value = reply->header(name).trimmed().toInt(&ok);
    return ok ? value : -1;
}

} // namespace

PagedReply::PagedReply(ApiClient *client, ApiRequest request)
    : QObject(client), m_client(client), m_request(std::move(request))
{
}

QJsonArray PagedReply::items() const
{
    return records().toArray();
}

ListItems PagedReply::records() const
{
    ListItems all;
    for (const ListItems &page : m_pages)
        all.append(page);
    return all;
}

void PagedReply::setStreaming(bool streaming)
{
    m_streaming = streaming;
    m_request.listRecordsOnly = streaming;
    for (ApiReply *reply : std::as_const(m_replies))   // the first page is on its way already
        reply->m_request.listRecordsOnly = streaming;
}

void PagedReply::start()
{
    const int perPage = m_request.maxPerPage > 0 ? m_request.maxPerPage : 100;
    requestPage(1, perPage);
}

void PagedReply::requestPage(int page, int perPage)
{
    ApiRequest request = m_request;
    request.query.removeAllQueryItems(QStringLiteral("page"));
    request.query.removeAllQueryItems(QStringLiteral("per_page"));
    request.query.addQueryItem(QStringLiteral("page"), QString::number(page));
    request.query.addQueryItem(QStringLiteral("per_page"), QString::number(perPage));
    ApiReply *reply = m_client->send(request);
    m_replies.append(reply);
    connect(reply, &ApiReply::finished, this, [this, reply, page] { onPageFinished(reply, page); });
}

void PagedReply::onPageFinished(ApiReply *reply, int page)
{
    m_replies.removeOne(reply);
    reply->deleteLater();
    if (m_finished)
        return;
    if (reply->error())
        return fail(reply->error());

    ListItems records;
    if (reply->isRecordsOnly()) {
        records.appendRecords(reply->rawItems());
    } else {
        QJsonArray items;
        if (!itemsOf(reply->json(), &items)) {
            return fail(ApiError::make(ApiError::Kind::BadResponse,
                                       tr("Expected a list from %1.").arg(m_request.path)));
        }
        records.appendPage(items, reply->rawItems());
    }
    const qsizetype itemCount = records.size();
    if (m_streaming) {
        emit pageReady(records);
        if (m_finished)   // the receiver aborted
            return;
    } else {
        m_pages.insert(page, std::move(records));
    }
    ++m_pagesDone;

    if (page == 1) {
        // Ask for the largest page; the server says what it really used.
        const int perPageHeader = headerInt(reply, "Per-Page");
        m_perPage = perPageHeader > 0 ? perPageHeader
                                      : std::max<int>(int(itemCount), 1);
        m_total = headerInt(reply, "Total");
        if (m_total < 0) {
            // No Total (an unpaged list, or a server that omits it): one page is all.
            m_total = int(itemCount);
            m_pageCount = 1;
        } else {
            m_pageCount = std::max(1, (m_total + m_perPage - 1) / m_perPage);
        }
        for (int next = 2; next <= m_pageCount; ++next)
            requestPage(next, m_perPage);
    }
    emit progress(m_pagesDone, m_pageCount);
    if (m_pagesDone == m_pageCount)
        complete();
}

void PagedReply::abort()
{
    if (m_finished)
        return;
    fail(ApiError::make(ApiError::Kind::Cancelled));
}

void PagedReply::fail(const ApiError &error)
{
    m_error = error;
    m_finished = true;
    const auto pending = std::exchange(m_replies, {});
    for (ApiReply *reply : pending)
        reply->abort();
    m_pages.clear();
    emit finished();
}

void PagedReply::complete()
{
    m_finished = true;
    emit finished();
}

} // namespace sitedesk
