#pragma once

#include "api/apierror.h"
#include "cache/cachedatabase.h"
#include "outbox/outboxentry.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class QTimer;

namespace sitedesk {

class ApiClient;
class ApiReply;

// Sends the outbox to Procore, oldest first, one change at a time (so one item's changes
// arrive in the order they were made). Every change is stored before it is sent and removed
// only in the same transaction that writes Procore's answer into the tool's cache.
//   - network down, 429, 5xx: the change waits and is tried again later or when online;
//   - 4xx (422 with Procore's field errors): Rejected, for the user to edit, retry or discard;
//   - an edit with baseUpdatedAt: the item is read first; if Procore's updated_at moved on,
//     nothing is sent and the change becomes a Conflict (keep mine / take theirs);
//   - a create cut off mid-send (timeout, kill) becomes Uncertain, never re-sent blindly:
//     Procore has no idempotency key and a duplicate daily log is worse than a question.
class OutboxService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutboxService)

public:
    // Writes Procore's answer (the created or updated record) into the tool's own store.
    // Runs inside the transaction that removes the entry; return false to keep the entry.
    using Applier = std::function<bool(CacheDatabase &, const OutboxEntry &, const QJsonObject &response)>;
    static void registerApplier(const QString &tool, Applier applier);

    explicit OutboxService(ApiClient *api, QObject *parent = nullptr);
    ~OutboxService() override;

    // Null while signed out. A new cache first recovers entries a crash left "sending".
    void setCache(CacheDatabase *cache);
    CacheDatabase *cache() const { return m_cache; }
    // Delay before trying again after a transient failure (default 30 s).
    void setRetryInterval(int milliseconds);

    // Stores the change (then sends it when it can); its id, or 0 with *error set.
    qint64 submit(OutboxEntry entry, QString *error = nullptr);
    // Sends what can be sent now; returns at once.
    void flush();
    bool isSending() const { return !m_reply.isNull(); }

    // The user's answers to a change that needs them.
    bool retry(qint64 id);       // Rejected or Uncertain: send again (as it is now stored)
    bool discard(qint64 id);     // forget the change
    bool keepMine(qint64 id);    // Conflict: send mine over Procore's version
    bool takeTheirs(qint64 id);  // Conflict: drop mine and keep Procore's version

signals:
    void sent(const sitedesk::OutboxEntry &entry, const QJsonObject &response);
    void needsUser(const sitedesk::OutboxEntry &entry);
    // Nothing more can be sent now (empty, waiting for the network, or waiting for the user).
    void idle();

private:
    std::optional<OutboxEntry> nextSendable() const;
    void send(OutboxEntry entry);
    void sendChange(const OutboxEntry &entry);
    void onChecked(OutboxEntry entry);
    void onSent(OutboxEntry entry);
    void settleFailure(OutboxEntry entry, const ApiError &error, const QJsonObject &body);
    bool finishSent(const OutboxEntry &entry, const QJsonObject &response);
    bool save(const OutboxEntry &entry);
    void waitAndRetry();
    bool answer(qint64 id, const std::function<bool(OutboxEntry &)> &change);

    ApiClient *m_api;
    QPointer<CacheDatabase> m_cache;
    QPointer<ApiReply> m_reply;
    QTimer *m_retryTimer;
};

} // namespace sitedesk
