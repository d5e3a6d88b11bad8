#pragma once

#include "outbox/outboxentry.h"

#include <QList>
#include <QString>

#include <optional>

namespace sitedesk {

class CacheDatabase;

// The outbox table: changes waiting for Procore, in the order the user made them. Every write
// is its own transaction (or a savepoint inside the caller's) and announces "outbox".
class OutboxStore
{
public:
    static QString table() { return QStringLiteral("outbox"); }

    explicit OutboxStore(CacheDatabase &database);

    // Stores a new entry (createdAt defaults to now); its id, or 0 with *error set.
    qint64 add(OutboxEntry entry, QString *error = nullptr);
    bool update(const OutboxEntry &entry, QString *error = nullptr);
    bool remove(qint64 id, QString *error = nullptr);

    std::optional<OutboxEntry> entry(qint64 id) const;
    // Oldest first. projectId 0 = every project; tool "" = every tool.
    QList<OutboxEntry> entries(qint64 projectId = 0, const QString &tool = {}) const;
    QList<OutboxEntry> forItem(const QString &itemKey) const;
    // Entries not yet confirmed by Procore, whatever their state (projectId 0 = all).
    int count(qint64 projectId = 0) const;

    // At start-up: entries left "sending" by a crash or a kill go back to pending, except
    // creates, which may have reached Procore and become "uncertain" for the user to check.
    int recoverInterrupted();

private:
    bool write(const QString &sql, const QVariantList &values, QString *error, qint64 *insertedId = nullptr);

    CacheDatabase &m_database;
};

} // namespace sitedesk
