#pragma once

#include "api/apierror.h"
#include "api/apirequest.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <deque>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace sitedesk {

class ApiReply;
class PagedReply;
class RateLimitPacer;
class TokenSource;

// The one gateway to Procore's REST API. Holds the request policy: bearer token and company
// header, same-origin redirects only (a token never follows a redirect to another host),
// a transfer timeout, a concurrency limit, pacing from X-Rate-Limit-* headers, 429 and
// Retry-After, jittered exponential backoff for idempotent requests on network errors and
// 5xx, and one token refresh + replay on 401 (shared by every request waiting on it).
class ApiClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiClient)

public:
    struct Policy
    {
        int maxConcurrent = 4;
        int maxAttempts = 5;            // first try included
        int transferTimeoutMs = 30000;  // inactivity timeout
        int baseBackoffMs = 500;        // doubled each attempt, with jitter
        int maxBackoffMs = 30000;
    };

    ApiClient(QNetworkAccessManager *network, TokenSource *tokens, QObject *parent = nullptr);
    ~ApiClient() override;

    void setApiBase(const QUrl &apiBase);
    QUrl apiBase() const;
    // For transfers outside the JSON API (FileStore downloads): the same network and tokens.
    QNetworkAccessManager *network() const { return m_network; }
    TokenSource *tokenSource() const { return m_tokens; }
    void setPolicy(const Policy &policy);
    Policy policy() const;

    // Starts (or queues) one request. The reply is owned by the client until finished(),
    // then by the caller (deleteLater it).
    ApiReply *send(const ApiRequest &request);
    // Fetches every page of a list at the largest page size (request.maxPerPage), reading the
    // effective size and count from Per-Page/Total; pages run concurrently within the limit.
    PagedReply *fetchAll(const ApiRequest &request);

    // Cancels everything in flight and queued (replies finish with Kind::Cancelled).
    void cancelAll();

    // Requests actually put on the wire since construction (retries included), for benchmarks.
    int requestsSent() const;
    int rateLimitedResponses() const;

    struct RateBudget { int limit = -1; int remaining = -1; QDateTime resetsAt; };
    RateBudget rateBudget() const;
    bool isOnline() const;

signals:
    void rateBudgetChanged();
    // false after a request failed because the network is unreachable; true after any answer.
    void onlineChanged(bool online);

private:
    friend class ApiReply;
    struct Pending;
    void enqueue(ApiReply *reply);
    void pump();
    void start(ApiReply *reply);
    void handleFinished(ApiReply *reply, QNetworkReply *networkReply);
    struct ParsedBody
    {
        QJsonDocument document;
        QJsonParseError error{};
        QList<QByteArray> rawItems;   // a list body's records as sent (listbody.h)
        bool recordsOnly = false;     // no document: rawItems are the whole (valid) list
    };
    static ParsedBody parseBody(const QByteArray &body, bool listRecordsOnly);
    void finishParsed(ApiReply *reply, const ParsedBody &parsed, bool retryable);
    void retryLater(ApiReply *reply, int delayMs);
    void waitForRefresh(ApiReply *reply);
    void onTokenRefreshed();
    void onTokenRefreshFailed(const ApiError &error);
    void finish(ApiReply *reply, const ApiError &error);
    void setOnline(bool online);
    int backoffMs(int attempt) const;

    QNetworkAccessManager *m_network;
    TokenSource *m_tokens;
    QUrl m_apiBase;
    Policy m_policy;
    std::unique_ptr<RateLimitPacer> m_pacer;
    std::deque<QPointer<ApiReply>> m_queue;
    QList<QPointer<ApiReply>> m_waitingForToken;
    QTimer *m_pumpTimer;
    int m_inFlight = 0;
    int m_requestsSent = 0;
    int m_rateLimited = 0;
    bool m_online = true;
};

} // namespace sitedesk
