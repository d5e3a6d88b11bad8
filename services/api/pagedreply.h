#pragma once

#include "api/apierror.h"
#include "api/apirequest.h"
#include "api/listitems.h"

#include <QJsonArray>
#include <QMap>
#include <QObject>

namespace sitedesk {

class ApiClient;
class ApiReply;

// Every page of one Procore list. Reads Total and Per-Page from the first page, then asks for
// the remaining pages at once (the client's queue limits concurrency and pacing). Accepts bare
// arrays (v1.x) and {"data": [...]} (v2.x). Items come out in page order.
class PagedReply final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PagedReply)

public:
    const ApiError &error() const { return m_error; }
    QJsonArray items() const;       // all items, in order, once finished without error
    ListItems records() const;      // the same, page by page, with the bytes Procore sent
    int total() const { return m_total; }
    int pagesDone() const { return m_pagesDone; }
    int pageCount() const { return m_pageCount; }
    bool isFinished() const { return m_finished; }
    void abort();

    // Hands each page over as it arrives (pageReady, in any order) instead of keeping it for
    // items()/records(): a list of 50,000 is then stored and freed page by page, and the memory
    // of one page is reused for the next. The pages are then read as records only (no JSON
    // tree: take them with ListItems::forEachRecord). Set before the first page arrives.
    void setStreaming(bool streaming);

signals:
    void pageReady(const sitedesk::ListItems &page);
    void progress(int pagesDone, int pageCount);
    void finished();

private:
    friend class ApiClient;
    PagedReply(ApiClient *client, ApiRequest request);
    void start();
    void requestPage(int page, int perPage);
    void onPageFinished(ApiReply *reply, int page);
    void fail(const ApiError &error);
    void complete();

    ApiClient *m_client;
    ApiRequest m_request;
    ApiError m_error;
    QMap<int, ListItems> m_pages;
    QList<ApiReply *> m_replies;
    int m_total = -1;
    int m_perPage = 0;
    int m_pageCount = 0;
    int m_pagesDone = 0;
    bool m_finished = false;
    bool m_streaming = false;
};

} // namespace sitedesk
