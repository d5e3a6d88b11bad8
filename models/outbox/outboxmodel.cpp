#include "outbox/outboxmodel.h"

#include "cache/cachedatabase.h"
#include "outbox/outboxstore.h"

#include <QJsonArray>
#include <QLocale>

namespace sitedesk {

OutboxModel::OutboxModel(CacheDatabase &database, QObject *parent)
    : QAbstractTableModel(parent),
      m_database(database)
{
    connect(&m_database, &CacheDatabase::changed, this, [this](const QStringList &tables) {
        if (tables.contains(OutboxStore::table()))
            reload();
    });
    reload();
}

void OutboxModel::setScope(qint64 projectId, const QString &tool)
{
    m_projectId = projectId;
    m_tool = tool;
    reload();
}

void OutboxModel::reload()
{
    beginResetModel();
    m_entries = m_database.isOpen() ? OutboxStore(m_database).entries(m_projectId, m_tool) : QList<OutboxEntry>();
    endResetModel();
}

const OutboxEntry *OutboxModel::entryAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

int OutboxModel::needsUserCount() const
{
    return int(std::count_if(m_entries.begin(), m_entries.end(), [](const OutboxEntry &e) { return e.needsUser(); }));
}

int OutboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int OutboxModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OutboxModel::data(const QModelIndex &index, int role) const
{
    const OutboxEntry *entry = index.isValid() ? entryAt(index.row()) : nullptr;
    if (!entry)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return displayText(*entry, index.column());
    case Qt::ToolTipRole:
        return index.column() == Detail ? displayText(*entry, Detail) : QVariant();
    case IdRole:
        return entry->id;
    case StateRole:
        return int(entry->state);
    case ItemKeyRole:
        return entry->itemKey;
    case NeedsUserRole:
        return entry->needsUser();
    default:
        return {};
    }
}

QVariant OutboxModel::displayText(const OutboxEntry &entry, int column) const
{
    switch (column) {
    case Change:
        return entry.summary.isEmpty() ? QStringLiteral("%1 %2").arg(entry.method, entry.path) : entry.summary;
    case State:
        return stateText(entry.state);
    case Detail: {
        const QString fields = fieldErrorsText(entry.fieldErrors);
        return fields.isEmpty() ? entry.error : entry.error + QLatin1Char(' ') + fields;
    }
    case Created:
        return QLocale().toString(entry.createdAt.toLocalTime(), QLocale::ShortFormat);
    default:
        return {};
    }
}

QVariant OutboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Change: return tr("Change");
    case State: return tr("State");
    case Detail: return tr("Details");
    case Created: return tr("Made");
    default: return {};
    }
}

QString OutboxModel::stateText(OutboxEntry::State state)
{
    switch (state) {
    case OutboxEntry::State::Pending: return tr("Waiting to send");
    case OutboxEntry::State::Sending: return tr("Sending…");
    case OutboxEntry::State::Rejected: return tr("Refused by Procore");
    case OutboxEntry::State::Conflict: return tr("Changed in Procore meanwhile");
    case OutboxEntry::State::Uncertain: return tr("May already be in Procore");
    }
    return {};
}

QString OutboxModel::fieldErrorsText(const QJsonObject &fieldErrors)
{
    QStringList parts;
    for (auto it = fieldErrors.begin(); it != fieldErrors.end(); ++it) {
        QStringList messages;
        for (const QJsonValue &message : it.value().toArray())
            messages.append(message.toString());
        if (it.value().isString())
            messages.append(it.value().toString());
        parts.append(QStringLiteral("%1: %2").arg(it.key(), messages.join(QStringLiteral(", "))));
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace sitedesk
