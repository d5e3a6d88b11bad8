#include "outbox/outboxservice.h"

#include "api/apiclient.h"
#include "api/apireply.h"
#include "cache/cachedatabase.h"
#include "cache/transaction.h"
#include "core/jsonfields.h"
#include "outbox/outboxstore.h"

#include <QHash>
#include <QJsonDocument>
#include <QSet>
#include <QTimer>
#include <QUrlQuery>

namespace sitedesk {

namespace {

// A stored path may carry a query: Procore's photo endpoints take the project as one
// (/rest/v1.0/images/{id}?project_id=…).
void setPathAndQuery(ApiRequest &request, const QString &pathAndQuery)
{
    const qsizetype question = pathAndQuery.indexOf(QLatin1Char('?'));
    request.path = question < 0 ? pathAndQuery : pathAndQuery.left(question);
    if (question >= 0)
        request.query = QUrlQuery(pathAndQuery.mid(question + 1));
}

QHash<QString, OutboxService::Applier> &appliers()
{
    static QHash<QString, OutboxService::Applier> all;
    return all;
}

// Procore writes updated_at with or without milliseconds and in any zone: compare instants.
bool sameInstant(const QString &a, const QString &b)
{
    const QDateTime left = QDateTime::fromString(a, Qt::ISODateWithMs);
    const QDateTime right = QDateTime::fromString(b, Qt::ISODateWithMs);
    return left.isValid() && right.isValid() ? left == right : a == b;
}

// Whether a failed create may have reached Procore anyway (the answer, not the request, was lost).
bool mayHaveArrived(const ApiError &error)
{
    using Kind = ApiError::Kind;
    return error.kind == Kind::Timeout || error.kind == Kind::Cancelled || error.kind == Kind::BadResponse
        || error.kind == Kind::Other;
}

// Failures after which the same change can simply be sent again later.
bool isRetryable(const ApiError &error)
{
    using Kind = ApiError::Kind;
    return error.isTransient() || error.kind == Kind::SignedOut || error.kind == Kind::Unauthorized
        || error.kind == Kind::Cancelled || error.kind == Kind::Other;
}

} // namespace

void OutboxService::registerApplier(const QString &tool, Applier applier)
{
    appliers().insert(tool, std::move(applier));
}

OutboxService::OutboxService(ApiClient *api, QObject *parent)
    : QObject(parent),
      m_api(api),
      m_retryTimer(new QTimer(this))
{
    m_retryTimer->setSingleShot(true);
    m_retryTimer->setInterval(30000);
    connect(m_retryTimer, &QTimer::timeout, this, &OutboxService::flush);
    connect(m_api, &ApiClient::onlineChanged, this, [this](bool online) {
        if (online)
            flush();
    });
}

OutboxService::~OutboxService()
{
    if (m_reply)
        m_reply->abort();
}

void OutboxService::setCache(CacheDatabase *cache)
{
    if (m_reply)
        m_reply->abort();
    m_cache = cache;
    if (!m_cache || !m_cache->isOpen())
        return;
    OutboxStore(*m_cache).recoverInterrupted();
    QTimer::singleShot(0, this, &OutboxService::flush);
}

void OutboxService::setRetryInterval(int milliseconds)
{
    m_retryTimer->setInterval(milliseconds);
}

qint64 OutboxService::submit(OutboxEntry entry, QString *error)
{
    if (!m_cache || !m_cache->isOpen()) {
        if (error)
            *error = tr("Sign in to make changes.");
        return 0;
    }
    entry.state = OutboxEntry::State::Pending;
    const qint64 id = OutboxStore(*m_cache).add(entry, error);
    if (id != 0)
        QTimer::singleShot(0, this, &OutboxService::flush);
    return id;
}

void OutboxService::flush()
{
    if (m_reply || !m_cache || !m_cache->isOpen())
        return;
    m_retryTimer->stop();
    const std::optional<OutboxEntry> next = nextSendable();
    if (!next) {
        emit idle();
        return;
    }
    send(*next);
}

// The oldest pending change whose item has no older change still waiting (in any state).
std::optional<OutboxEntry> OutboxService::nextSendable() const
{
    QSet<QString> waitingItems;
    for (const OutboxEntry &entry : OutboxStore(*m_cache).entries()) {
        const bool blocked = !entry.itemKey.isEmpty() && waitingItems.contains(entry.itemKey);
        if (entry.state == OutboxEntry::State::Pending && !blocked)
            return entry;
        waitingItems.insert(entry.itemKey);
    }
    return std::nullopt;
}

void OutboxService::send(OutboxEntry entry)
{
    entry.state = OutboxEntry::State::Sending;
    ++entry.attempts;
    if (!save(entry))
        return;
    if (entry.baseUpdatedAt.isEmpty() || entry.isCreate()) {
        sendChange(entry);
        return;
    }
    ApiRequest check = ApiRequest::get({}, {}, entry.companyId);
    setPathAndQuery(check, entry.checkPath.isEmpty() ? entry.path : entry.checkPath);
    m_reply = m_api->send(check);
    connect(m_reply, &ApiReply::finished, this, [this, entry] { onChecked(entry); });
}

void OutboxService::onChecked(OutboxEntry entry)
{
    ApiReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    if (reply->error()) {
        settleFailure(entry, reply->error(), QJsonDocument::fromJson(reply->body()).object());
        return;
    }
    const QJsonObject current = reply->json().object();
    const QString updatedAt = json::toText(current.value(QLatin1String("updated_at")));
    if (!updatedAt.isEmpty() && !sameInstant(updatedAt, entry.baseUpdatedAt)) {
        entry.state = OutboxEntry::State::Conflict;
        entry.serverVersion = current;
        entry.error = tr("Someone changed this in Procore after you started editing it.");
        if (save(entry))
            emit needsUser(entry);
        flush();
        return;
    }
    sendChange(entry);
}

void OutboxService::sendChange(const OutboxEntry &entry)
{
    ApiRequest request;
    request.method = entry.method.toLatin1();
    setPathAndQuery(request, entry.path);
    request.companyId = entry.companyId;
    if (entry.method != QLatin1String("DELETE")) {
        request.body = QJsonDocument(entry.body).toJson(QJsonDocument::Compact);
        request.contentType = QByteArrayLiteral("application/json");
    }
    m_reply = m_api->send(request);
    connect(m_reply, &ApiReply::finished, this, [this, entry] { onSent(entry); });
}

void OutboxService::onSent(OutboxEntry entry)
{
    ApiReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    if (reply->error()) {
        settleFailure(entry, reply->error(), QJsonDocument::fromJson(reply->body()).object());
        return;
    }
    const QJsonObject response = reply->json().object();
    if (finishSent(entry, response))
        emit sent(entry, response);
    flush();
}

// Procore's answer into the tool's store and the entry out of the outbox, both or neither.
bool OutboxService::finishSent(const OutboxEntry &entry, const QJsonObject &response)
{
    Transaction transaction(m_cache->connection());
    const Applier applier = appliers().value(entry.tool);
    QString error;
    const bool applied = transaction.isActive() && (!applier || applier(*m_cache, entry, response))
        && OutboxStore(*m_cache).remove(entry.id, &error) && transaction.commit();
    if (!applied) {
        // Procore has it; our copy could not be updated (disk full?). Do not send it again.
        OutboxEntry kept = entry;
        kept.state = OutboxEntry::State::Uncertain;
        kept.error = tr("Procore accepted this change, but Sitedesk could not record it: %1").arg(error.isEmpty() ? transaction.errorText() : error);
        save(kept);
        emit needsUser(kept);
        return false;
    }
    m_cache->notifyChanged({OutboxStore::table()});
    return true;
}

void OutboxService::settleFailure(OutboxEntry entry, const ApiError &error, const QJsonObject &body)
{
    entry.error = error.userMessage();
    if (entry.isCreate() && mayHaveArrived(error)) {
        entry.state = OutboxEntry::State::Uncertain;
        entry.error = tr("No answer from Procore (%1). It may already have this: check there, then send it again or discard it.")
                          .arg(error.userMessage());
    } else if (isRetryable(error)) {
        entry.state = OutboxEntry::State::Pending;
    } else {
        entry.state = OutboxEntry::State::Rejected;
        entry.fieldErrors = body.value(QLatin1String("errors")).toObject();
    }
    if (!save(entry))
        return;
    if (entry.needsUser()) {
        emit needsUser(entry);
        flush();   // other items' changes can still go
    } else {
        waitAndRetry();
    }
}

void OutboxService::waitAndRetry()
{
    m_retryTimer->start();
    emit idle();
}

bool OutboxService::save(const OutboxEntry &entry)
{
    return m_cache && OutboxStore(*m_cache).update(entry);
}

bool OutboxService::answer(qint64 id, const std::function<bool(OutboxEntry &)> &change)
{
    if (!m_cache || !m_cache->isOpen())
        return false;
    std::optional<OutboxEntry> entry = OutboxStore(*m_cache).entry(id);
    if (!entry || entry->state == OutboxEntry::State::Sending || !change(*entry))
        return false;
    QTimer::singleShot(0, this, &OutboxService::flush);
    return true;
}

bool OutboxService::retry(qint64 id)
{
    return answer(id, [this](OutboxEntry &entry) {
        entry.state = OutboxEntry::State::Pending;
        entry.error.clear();
        entry.fieldErrors = {};
        return save(entry);
    });
}

bool OutboxService::keepMine(qint64 id)
{
    return answer(id, [this](OutboxEntry &entry) {
        if (entry.state != OutboxEntry::State::Conflict)
            return false;
        entry.state = OutboxEntry::State::Pending;
        entry.baseUpdatedAt.clear();   // the user saw Procore's version and chose to overwrite it
        entry.error.clear();
        return save(entry);
    });
}

bool OutboxService::takeTheirs(qint64 id)
{
    return answer(id, [this](OutboxEntry &entry) {
        return entry.state == OutboxEntry::State::Conflict && finishSent(entry, entry.serverVersion);
    });
}

bool OutboxService::discard(qint64 id)
{
    return answer(id, [this](OutboxEntry &entry) { return OutboxStore(*m_cache).remove(entry.id); });
}

} // namespace sitedesk
