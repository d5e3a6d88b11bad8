#pragma once

#include "outbox/outboxentry.h"

#include <QAbstractTableModel>
#include <QList>

namespace sitedesk {

class CacheDatabase;

// The changes waiting for Procore, as a table for the outbox panel: one project's (or every
// project's, with project 0), optionally one tool's. Reloads when the cache reports "outbox".
class OutboxModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutboxModel)

public:
    enum Column { Change, State, Detail, Created, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole,  // qint64 entry id
        StateRole,              // int(OutboxEntry::State)
        ItemKeyRole,            // QString
        NeedsUserRole,          // bool: rejected, conflict or uncertain
    };

    explicit OutboxModel(CacheDatabase &database, QObject *parent = nullptr);

    void setScope(qint64 projectId, const QString &tool = {});
    const OutboxEntry *entryAt(int row) const;
    int needsUserCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "Waiting to send", "Refused by Procore", … (also for the tools' own pending markers).
    static QString stateText(OutboxEntry::State state);
    // "title: can't be blank; due_date: is invalid" from Procore's 422 errors object.
    static QString fieldErrorsText(const QJsonObject &fieldErrors);

public slots:
    void reload();

private:
    QVariant displayText(const OutboxEntry &entry, int column) const;

    CacheDatabase &m_database;
    qint64 m_projectId = 0;
    QString m_tool;
    QList<OutboxEntry> m_entries;
};

} // namespace sitedesk
