#include "api/apiclient.h"

#include "api/apireply.h"
#include "api/backgroundpriority.h"
#include "api/listbody.h"
#include "api/pagedreply.h"
#include "api/ratelimitpacer.h"
#include "api/tokensource.h"

#include <QFutureWatcher>
#include <QJsonParseError>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QThread>
#include <QThreadPool>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace sitedesk {

namespace {

// Bodies from this size on are parsed on a worker thread (a page of ~50 records and up).
constexpr qsizetype kParseOnWorkerBytes = 64 * 1024;

// Their own threads, below the window's priority (backgroundpriority.h), one per core.
QThreadPool *parsePool()
{
    static QThreadPool *pool = [] {
        auto *threads = new QThreadPool;
        threads->setMaxThreadCount(QThread::idealThreadCount());
        threads->setExpiryTimeout(-1);   // keep the lowered threads for the next sync
        return threads;
    }();
    return pool;
}

constexpr int maxRateLimitedAttempts = 8;

bool isUnreachable(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
        return true;
    default:
        return false;
    }
}

int retryAfterSeconds(const ApiReply *reply)
{
    bool ok = false;
    const int seconds = reply->header("Retry-After").trimmed().toInt(&ok);
    return ok ? std::clamp(seconds, 0, 3600) : -1;
}

} // namespace

ApiClient::ApiClient(QNetworkAccessManager *network, TokenSource *tokens, QObject *parent)
    : QObject(parent),
      m_network(network),
      m_tokens(tokens),
      m_pacer(std::make_unique<RateLimitPacer>()),
      m_pumpTimer(new QTimer(this))
{
    m_pumpTimer->setSingleShot(true);
    connect(m_pumpTimer, &QTimer::timeout, this, &ApiClient::pump);
    connect(m_tokens, &TokenSource::accessTokenRefreshed, this, &ApiClient::onTokenRefreshed);
    connect(m_tokens, &TokenSource::accessTokenRefreshFailed, this,
            &ApiClient::onTokenRefreshFailed);
}

ApiClient::~ApiClient() = default;

void ApiClient::setApiBase(const QUrl &apiBase) { m_apiBase = apiBase; }
QUrl ApiClient::apiBase() const { return m_apiBase; }
void ApiClient::setPolicy(const Policy &policy) { m_policy = policy; }
ApiClient::Policy ApiClient::policy() const { return m_policy; }
int ApiClient::requestsSent() const { return m_requestsSent; }
int ApiClient::rateLimitedResponses() const { return m_rateLimited; }
bool ApiClient::isOnline() const { return m_online; }

ApiClient::RateBudget ApiClient::rateBudget() const
{
    return {m_pacer->limit(), m_pacer->remaining(), m_pacer->resetsAt()};
}

ApiReply *ApiClient::send(const ApiRequest &request)
{
    auto *reply = new ApiReply(this, request);
    enqueue(reply);
    return reply;
}

PagedReply *ApiClient::fetchAll(const ApiRequest &request)
{
    auto *paged = new PagedReply(this, request);
    paged->start();
    return paged;
}

void ApiClient::cancelAll()
{
    const auto queued = m_queue;
    const auto waiting = m_waitingForToken;
    for (const auto &reply : queued)
        if (reply)
            reply->abort();
    for (const auto &reply : waiting)
        if (reply)
            reply->abort();
    for (ApiReply *reply : findChildren<ApiReply *>(Qt::FindDirectChildrenOnly))
        reply->abort();
}

void ApiClient::enqueue(ApiReply *reply)
{
    m_queue.emplace_back(reply);
    QTimer::singleShot(0, this, &ApiClient::pump);   // callers connect before anything runs
}

void ApiClient::pump()
{
    while (m_inFlight < m_policy.maxConcurrent && !m_queue.empty()) {
        if (!m_queue.front()) {
            m_queue.pop_front();
            continue;
        }
        const qint64 delay = m_pacer->delayMs(QDateTime::currentDateTimeUtc(), m_inFlight);
        if (delay > 0) {
            if (!m_pumpTimer->isActive() || m_pumpTimer->remainingTime() > delay)
                m_pumpTimer->start(int(std::min<qint64>(delay, 3600 * 1000)));
            return;
        }
        ApiReply *reply = m_queue.front();
        m_queue.pop_front();
        start(reply);
    }
}

void ApiClient::start(ApiReply *reply)
{
    QUrl url = m_apiBase;
    url.setPath(m_apiBase.path().chopped(m_apiBase.path().endsWith(QLatin1Char('/')) ? 1 : 0)
                + reply->m_request.path);
    url.setQuery(reply->m_request.query);

    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::SameOriginRedirectPolicy);
    request.setTransferTimeout(m_policy.transferTimeoutMs);
    request.setRawHeader("Accept", "application/json");
    reply->m_sentWithToken = m_tokens->accessToken();
    if (!reply->m_sentWithToken.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + reply->m_sentWithToken.toUtf8());
    if (reply->m_request.companyId != 0)
        request.setRawHeader("Procore-Company-Id", QByteArray::number(reply->m_request.companyId));
    if (!reply->m_request.contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, reply->m_request.contentType);

    QNetworkReply *networkReply = reply->m_request.body.isNull() && reply->m_request.method == "GET"
        ? m_network->get(request)
        : m_network->sendCustomRequest(request, reply->m_request.method, reply->m_request.body);
    reply->m_networkReply = networkReply;
    ++reply->m_attempts;
    ++m_inFlight;
    ++m_requestsSent;
    m_pacer->noteStarted(QDateTime::currentDateTimeUtc());
    // The body is taken as it arrives: reading a 2 MB page in one go when it had all arrived
    // held the window for up to 40 ms (perf of a huge sync).
    reply->m_body.clear();
    connect(networkReply, &QNetworkReply::readyRead, this, [reply, networkReply] {
        if (reply->m_body.isEmpty()) {
            const qint64 expected = networkReply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
            reply->m_body.reserve(qsizetype(std::clamp<qint64>(expected, 0, 64 * 1024 * 1024)));
        }
        reply->m_body += networkReply->readAll();
    });
    connect(networkReply, &QNetworkReply::finished, this, [this, reply, networkReply] {
        handleFinished(reply, networkReply);
    });
}

void ApiClient::handleFinished(ApiReply *reply, QNetworkReply *networkReply)
{
    --m_inFlight;
    networkReply->deleteLater();
    reply->m_networkReply = nullptr;
    QTimer::singleShot(0, this, &ApiClient::pump);

    const QNetworkReply::NetworkError netError = networkReply->error();
    const int status = networkReply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->m_status = status;
    reply->m_headers = networkReply->rawHeaderPairs();
    reply->m_body += networkReply->readAll();
    const bool retryable = reply->m_request.isIdempotent() && reply->m_attempts < m_policy.maxAttempts;

    if (reply->m_aborted)
        return finish(reply, ApiError::make(ApiError::Kind::Cancelled));

    if (status == 0) {
        // No HTTP answer at all: unreachable, timed out, or the connection dropped mid-way.
        ApiError error;
        if (netError == QNetworkReply::OperationCanceledError || netError == QNetworkReply::TimeoutError) {
            error = ApiError::make(ApiError::Kind::Timeout);
        } else if (isUnreachable(netError)) {
            setOnline(false);
            error = ApiError::make(ApiError::Kind::Offline);
        } else {
            error = ApiError::make(ApiError::Kind::Server,
                                   tr("The connection was interrupted (%1).").arg(networkReply->errorString()));
        }
        if (retryable && error.kind != ApiError::Kind::Offline)
            return retryLater(reply, backoffMs(reply->m_attempts));
        if (retryable && reply->m_attempts < 2)
            return retryLater(reply, backoffMs(reply->m_attempts));
        return finish(reply, error);
    }

    setOnline(true);
    bool ok = false;
    const int limit = reply->header("X-Rate-Limit-Limit").toInt(&ok);
    if (ok) {
        m_pacer->observe(limit, reply->header("X-Rate-Limit-Remaining").toInt(),
                         reply->header("X-Rate-Limit-Reset").toLongLong(),
                         QDateTime::currentDateTimeUtc());
        emit rateBudgetChanged();
    }

    if (status == 429) {
        ++m_rateLimited;
        const int wait = retryAfterSeconds(reply);
        m_pacer->blockFor(wait >= 0 ? wait : 1 + reply->m_attempts, QDateTime::currentDateTimeUtc());
        // A 429 was not processed, so any method may be sent again.
        if (reply->m_attempts < maxRateLimitedAttempts)
            return retryLater(reply, 0);
        return finish(reply, ApiError::fromHttp(status, reply->m_body));
    }
    if (status == 401) {
        if (!reply->m_replayedAfterRefresh)
            return waitForRefresh(reply);
        return finish(reply, ApiError::fromHttp(status, reply->m_body));
    }
    if (status >= 500) {
        const int wait = retryAfterSeconds(reply);
        if (wait >= 0)
            m_pacer->blockFor(wait, QDateTime::currentDateTimeUtc());
        if (retryable)
            return retryLater(reply, std::max(backoffMs(reply->m_attempts), wait * 1000));
        return finish(reply, ApiError::fromHttp(status, reply->m_body));
    }
    if (status >= 400 || (status >= 300 && status < 400))
        return finish(reply, ApiError::fromHttp(status, reply->m_body));

    if (reply->m_body.trimmed().isEmpty())
        return finish(reply, {});
    if (reply->m_body.size() < kParseOnWorkerBytes)
        return finishParsed(reply, parseBody(reply->m_body, reply->m_request.listRecordsOnly), retryable);
    // A full page of a thousand records takes tens of milliseconds to parse: off the UI thread.
    auto *watcher = new QFutureWatcher<ParsedBody>(reply);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, reply, watcher, retryable] {
        watcher->deleteLater();
        finishParsed(reply, watcher->result(), retryable);
    });
    watcher->setFuture(QtConcurrent::run(parsePool(), [body = reply->m_body, recordsOnly = reply->m_request.listRecordsOnly] {
        lowerCurrentThreadPriority();
        return parseBody(body, recordsOnly);
    }));
}

ApiClient::ParsedBody ApiClient::parseBody(const QByteArray &body, bool listRecordsOnly)
{
    ParsedBody parsed;
    if (listRecordsOnly) {
        if (std::optional<QList<QByteArray>> records = checkedListItems(body)) {
            parsed.rawItems = std::move(*records);
            parsed.recordsOnly = true;
            return parsed;
        }
        // Not plainly a valid list: QJsonDocument has the final word, and the words for an error.
    }
    parsed.document = QJsonDocument::fromJson(body, &parsed.error);
    // Whether these match the parsed list is checked where pages become ListItems.
    if (parsed.error.error == QJsonParseError::NoError)
        parsed.rawItems = listBodyItems(body);
    return parsed;
}

void ApiClient::finishParsed(ApiReply *reply, const ParsedBody &parsed, bool retryable)
{
    if (reply->m_finished)
        return;
    if (reply->m_aborted)
        return finish(reply, ApiError::make(ApiError::Kind::Cancelled));
    if (parsed.error.error != QJsonParseError::NoError) {
        if (retryable)
            return retryLater(reply, backoffMs(reply->m_attempts));
        ApiError error = ApiError::make(ApiError::Kind::BadResponse, parsed.error.errorString());
        error.httpStatus = reply->m_status;
        error.rawBody = QString::fromUtf8(reply->m_body.left(4096));
        return finish(reply, error);
    }
    reply->m_json = parsed.document;
    reply->m_rawItems = parsed.rawItems;
    reply->m_recordsOnly = parsed.recordsOnly;
    finish(reply, {});
}

void ApiClient::retryLater(ApiReply *reply, int delayMs)
{
    QTimer::singleShot(delayMs, reply, [this, reply] {
        if (reply->m_finished)
            return;
        m_queue.emplace_front(reply);
        pump();
    });
}

void ApiClient::waitForRefresh(ApiReply *reply)
{
    // Someone refreshed while this request was on the wire: replay with the new token.
    if (!m_tokens->accessToken().isEmpty() && m_tokens->accessToken() != reply->m_sentWithToken) {
        reply->m_replayedAfterRefresh = true;
        return retryLater(reply, 0);
    }
    const bool refreshRunning = !m_waitingForToken.isEmpty();
    m_waitingForToken.append(reply);
    if (!refreshRunning)
        m_tokens->refreshAccessToken();
}

void ApiClient::onTokenRefreshed()
{
    const auto waiting = std::exchange(m_waitingForToken, {});
    for (const auto &reply : waiting) {
        if (!reply || reply->m_finished)
            continue;
        reply->m_replayedAfterRefresh = true;
        retryLater(reply, 0);
    }
}

void ApiClient::onTokenRefreshFailed(const ApiError &error)
{
    const auto waiting = std::exchange(m_waitingForToken, {});
    for (const auto &reply : waiting)
        if (reply && !reply->m_finished)
            finish(reply, error.isError() ? error : ApiError::make(ApiError::Kind::SignedOut));
}

void ApiClient::finish(ApiReply *reply, const ApiError &error)
{
    if (reply->m_finished)
        return;
    m_queue.erase(std::remove(m_queue.begin(), m_queue.end(), QPointer<ApiReply>(reply)),
                  m_queue.end());
    m_waitingForToken.removeAll(QPointer<ApiReply>(reply));
    reply->m_error = error;
    reply->m_finished = true;
    emit reply->finished();
}

void ApiClient::setOnline(bool online)
{
    if (m_online == online)
        return;
    m_online = online;
    emit onlineChanged(online);
}

int ApiClient::backoffMs(int attempt) const
{
    // Full jitter: a random delay up to base * 2^(attempt-1), capped.
    const qint64 ceiling = std::min<qint64>(m_policy.maxBackoffMs,
                                            qint64(m_policy.baseBackoffMs) << std::min(attempt - 1, 16));
    const int half = int(ceiling / 2);
    return half + int(QRandomGenerator::global()->bounded(half + 1));
}

} // namespace sitedesk
