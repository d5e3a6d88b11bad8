#include "submittals/submittallogmodel.h"

#include "cache/backgroundjob.h"
#include "cache/cachedatabase.h"
#include "cache/syncstatestore.h"
#include "core/searchtext.h"
#include "outbox/outboxstore.h"
#include "submittals/submittal.h"
#include "submittals/submittalstore.h"

#include <QColor>
#include <QDate>
#include <QHash>
#include <QLocale>
#include <QMap>

namespace sitedesk {

namespace {

bool needsUser(const SubmittalRow &row)
{
    return row.pendingState == QLatin1String("rejected") || row.pendingState == QLatin1String("conflict")
           || row.pendingState == QLatin1String("uncertain");
}

QString shortDate(const QString &iso)
{
    const QDate day = QDate::fromString(iso.left(10), Qt::ISODate);
    return day.isValid() ? QLocale().toString(day, QLocale::ShortFormat) : iso;
}

} // namespace

SubmittalLogModel::SubmittalLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void SubmittalLogModel::setSource(CacheDatabase *cache, qint64 projectId)
{
    if (m_cache)
        disconnect(m_cache, nullptr, this, nullptr);
    // Another project's submittals must not stay on screen (and be edited) while this one's load.
    if ((cache != m_cache || projectId != m_projectId) && !m_rows.isEmpty()) {
        beginResetModel();
        m_rows.clear();
        m_statuses.clear();
        endResetModel();
    }
    m_cache = cache;
    m_projectId = projectId;
    if (m_cache)
        connect(m_cache, &CacheDatabase::changed, this, &SubmittalLogModel::onCacheChanged);
    reload();
}

void SubmittalLogModel::onCacheChanged(const QStringList &tables)
{
    // A first sync that found nothing changes only the sync state, and the empty log's words.
    if (tables.contains(SubmittalStore::table()) || tables.contains(OutboxStore::table())
        || (m_rows.isEmpty() && tables.contains(QLatin1String("sync_state"))))
        reload();
}

void SubmittalLogModel::reload()
{
    const int generation = ++m_generation;
    if (!m_cache || !m_cache->isOpen()) {
        m_loadedGeneration = generation;
        setLog({});
        return;
    }
    const qint64 projectId = m_projectId;
    runInBackground(m_cache.data(), this, [projectId](CacheDatabase &cache) { return read(cache, projectId); },
                    [generation](SubmittalLogModel *self, LoadedLog log) {
                        if (generation != self->m_generation)
                            return;   // a newer reload() is under way
                        self->m_loadedGeneration = generation;
                        self->setLog(std::move(log));
                    });
}

// Pool thread.
SubmittalLogModel::LoadedLog SubmittalLogModel::read(CacheDatabase &cache, qint64 projectId)
{
    LoadedLog log;
    const SubmittalStore store(cache);
    log.rows = store.log(projectId);
    if (!log.rows.isEmpty())
        overlayWaitingEdits(log.rows, OutboxStore(cache).entries(projectId, Submittal::tool()));
    log.statuses = store.statuses(projectId);
    const auto state = SyncStateStore(cache).state(projectId, Submittal::tool());
    log.everSynced = state && state->lastSuccess.isValid();
    return log;
}

void SubmittalLogModel::setLog(LoadedLog log)
{
    beginResetModel();
    m_rows = std::move(log.rows);
    m_statuses = std::move(log.statuses);
    m_everSynced = log.everSynced;
    endResetModel();
    emit loaded();
}

void SubmittalLogModel::overlayWaitingEdits(QList<SubmittalRow> &rows, const QList<OutboxEntry> &waiting)
{
    if (waiting.isEmpty())
        return;
    QHash<qint64, QString> statusNames;
    QHash<qint64, int> rowById;
    for (int i = 0; i < rows.size(); ++i) {
        statusNames.insert(rows.at(i).statusId, rows.at(i).statusName);
        rowById.insert(rows.at(i).id, i);
    }
    for (const OutboxEntry &entry : waiting) {
        const int row = rowById.value(entry.itemKey.section(QLatin1Char(':'), 1).toLongLong(), -1);
        if (row < 0 || entry.method != QLatin1String("PATCH"))
            continue;
        SubmittalRow &r = rows[row];
        const QJsonObject fields = entry.body.value(QLatin1String("submittal")).toObject();
        if (fields.contains(QLatin1String("title")))
            r.title = fields.value(QLatin1String("title")).toString();
        if (fields.contains(QLatin1String("due_date")))
            r.dueDate = fields.value(QLatin1String("due_date")).toString();
        if (fields.contains(QLatin1String("status_id"))) {
            r.statusId = fields.value(QLatin1String("status_id")).toInteger();
            r.statusName = statusNames.value(r.statusId, r.statusName);
        }
        r.pendingState = OutboxEntry::stateName(entry.state);
        r.searchText = search::fold(r.number + QLatin1Char(' ') + r.title + QLatin1Char(' ') + r.specSection);
    }
}

int SubmittalLogModel::rowOf(qint64 submittalId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == submittalId)
            return int(i);
    return -1;
}

SubmittalLogModel::Detail SubmittalLogModel::detail(qint64 submittalId) const
{
    Detail detail;
    if (!m_cache || !m_cache->isOpen() || submittalId == 0)
        return detail;
    detail.submittal = SubmittalStore(*m_cache).find(submittalId);
    const QList<OutboxEntry> changes = OutboxStore(*m_cache).forItem(Submittal::itemKey(submittalId));
    if (!changes.isEmpty())
        detail.waiting = changes.last();
    return detail;
}

QList<SubmittalLogModel::Person> SubmittalLogModel::ballInCourtPeople() const
{
    QMap<QString, qint64> byName;
    for (const SubmittalRow &row : m_rows) {
        const QStringList ids = row.ballInCourtIds.split(QLatin1Char(','), Qt::SkipEmptyParts);
        const QStringList names = row.ballInCourt.split(QStringLiteral(", "), Qt::SkipEmptyParts);
        if (ids.size() == names.size())
            for (qsizetype i = 0; i < ids.size(); ++i)
                byName.insert(names.at(i), ids.at(i).toLongLong());
    }
    QList<Person> people;
    for (auto it = byName.cbegin(); it != byName.cend(); ++it)
        people.append({it.value(), it.key()});
    return people;
}

int SubmittalLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SubmittalLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SubmittalLogModel::display(const SubmittalRow &row, int column) const
{
    switch (Column(column)) {
    case Number: return row.number;
    case Revision: return row.revision;
    case Title: return row.title;
    case SpecSection: return row.specSection;
    case Type: return row.type;
    case Status: return row.statusName;
    case BallInCourt: return row.ballInCourt;
    case Contractor: return row.responsibleContractor;
    case DueDate: return shortDate(row.dueDate);
    case RequiredOnSite: return shortDate(row.requiredOnSiteDate);
    case Updated: return shortDate(row.updatedAt);
    case ColumnCount: break;
    }
    return {};
}

QVariant SubmittalLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SubmittalRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return display(row, index.column());
    case SortRole:
        switch (index.column()) {
        case DueDate: return row.dueDate;
        case RequiredOnSite: return row.requiredOnSiteDate;
        case Updated: return row.updatedAt;
        default: return display(row, index.column());
        }
    case Qt::DecorationRole:
        // A dot before the number of a row with a waiting edit: amber while it waits, red when it
        // needs the user (refused, or changed in Procore meanwhile); a clear one keeps numbers aligned.
        if (index.column() != Number)
            return {};
        if (row.pendingState.isEmpty())
            return QColor(Qt::transparent);
        return needsUser(row) ? QColor(0xb3, 0x26, 0x1e) : QColor(0xd9, 0x8e, 0x04);
    case Qt::ToolTipRole:
        if (row.pendingState.isEmpty())
            return index.column() == Title ? QVariant(row.title) : QVariant();
        if (row.pendingState == QLatin1String("rejected"))
            return tr("Procore refused your change: open the submittal to see why");
        if (row.pendingState == QLatin1String("conflict"))
            return tr("Changed in Procore since you edited it: resolve it in the Outbox");
        return tr("Your change waits to be sent to Procore");
    case IdRole: return row.id;
    case StatusIdRole: return row.statusId;
    case PendingRole: return row.pendingState;
    default: return {};
    }
}

QVariant SubmittalLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Number: return tr("Number");
    case Revision: return tr("Rev.");
    case Title: return tr("Title");
    case SpecSection: return tr("Spec section");
    case Type: return tr("Type");
    case Status: return tr("Status");
    case BallInCourt: return tr("Ball in court");
    case Contractor: return tr("Responsible contractor");
    case DueDate: return tr("Due");
    case RequiredOnSite: return tr("Required on site");
    case Updated: return tr("Updated");
    case ColumnCount: break;
    }
    return {};
}

} // namespace sitedesk
