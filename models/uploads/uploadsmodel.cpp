#include "uploads/uploadsmodel.h"

#include "cache/cachedatabase.h"
#include "uploads/uploadstore.h"

#include <QLocale>

namespace sitedesk {

UploadsModel::UploadsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void UploadsModel::setCache(CacheDatabase *cache)
{
    if (m_cache)
        disconnect(m_cache, nullptr, this, nullptr);
    m_cache = cache;
    if (m_cache)
        connect(m_cache, &CacheDatabase::changed, this, [this](const QStringList &tables) {
            if (tables.contains(UploadStore::table()))
                reload();
        });
    reload();
}

// Same rows in the same order (the usual case: a state changed) only refresh the cells, so
// the view keeps its selection and focus.
void UploadsModel::reload()
{
    const QList<UploadEntry> entries = m_cache ? UploadStore(*m_cache).entries() : QList<UploadEntry>();
    bool sameRows = entries.size() == m_entries.size();
    for (qsizetype i = 0; sameRows && i < entries.size(); ++i)
        sameRows = entries.at(i).id == m_entries.at(i).id;
    if (!sameRows) {
        beginResetModel();
        m_entries = entries;
        endResetModel();
        return;
    }
    m_entries = entries;
    if (!m_entries.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void UploadsModel::setLive(qint64 id, qint64 bytes, double bytesPerSecond)
{
    m_live.insert(id, Live{bytes, bytesPerSecond});
    const int row = rowOf(id);
    if (row >= 0)
        emit dataChanged(index(row, ProgressColumn), index(row, RemainingColumn));
}

const UploadEntry *UploadsModel::entryAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

int UploadsModel::rowOf(qint64 id) const
{
    for (qsizetype i = 0; i < m_entries.size(); ++i)
        if (m_entries.at(i).id == id)
            return int(i);
    return -1;
}

int UploadsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int UploadsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

qint64 UploadsModel::bytesDone(const UploadEntry &entry) const
{
    const qint64 stored = entry.bytesStored();
    if (entry.state != UploadEntry::State::Uploading)
        return stored;
    return std::max(stored, m_live.value(entry.id).bytes);
}

double UploadsModel::speedOf(const UploadEntry &entry) const
{
    return entry.state == UploadEntry::State::Uploading ? m_live.value(entry.id).bytesPerSecond : 0.0;
}

QVariant UploadsModel::data(const QModelIndex &index, int role) const
{
    const UploadEntry *entry = entryAt(index.row());
    if (!entry || !index.isValid() || index.column() >= ColumnCount)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return display(*entry, index.column());
    case Qt::ToolTipRole:
        return entry->error.isEmpty() ? entry->localPath : entry->localPath + QLatin1Char('\n') + entry->error;
    case IdRole:
        return entry->id;
    case StateRole:
        return int(entry->state);
    case PercentRole:
        return entry->size > 0 ? int(bytesDone(*entry) * 100 / entry->size) : 100;
    case Qt::TextAlignmentRole:
        if (index.column() == SpeedColumn || index.column() == RemainingColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant UploadsModel::display(const UploadEntry &entry, int column) const
{
    const QLocale locale;
    switch (column) {
    case NameColumn:
        return entry.fileName();
    case ProgressColumn:
        return tr("%1 of %2").arg(locale.formattedDataSize(bytesDone(entry)), locale.formattedDataSize(entry.size));
    case SpeedColumn: {
        const double speed = speedOf(entry);
        return speed > 0 ? tr("%1/s").arg(locale.formattedDataSize(qint64(speed))) : QString();
    }
    case RemainingColumn: {
        const double speed = speedOf(entry);
        return speed > 0 ? remainingText(qint64((entry.size - bytesDone(entry)) / speed)) : QString();
    }
    case StatusColumn:
        return entry.error.isEmpty() ? stateText(entry) : tr("%1 — %2").arg(stateText(entry), entry.error);
    default:
        return {};
    }
}

QVariant UploadsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("File");
    case ProgressColumn: return tr("Progress");
    case SpeedColumn: return tr("Speed");
    case RemainingColumn: return tr("Time left");
    case StatusColumn: return tr("Status");
    default: return {};
    }
}

QString UploadsModel::stateText(const UploadEntry &entry)
{
    switch (entry.state) {
    case UploadEntry::State::Queued: return tr("Waiting");
    case UploadEntry::State::Uploading: return tr("Uploading");
    case UploadEntry::State::Paused: return entry.waitingForNetwork ? tr("Waiting for the network") : tr("Paused");
    case UploadEntry::State::Failed: return tr("Failed");
    case UploadEntry::State::Completed: return tr("Uploaded, attaching");
    case UploadEntry::State::Attached: return tr("Attached");
    case UploadEntry::State::Cancelled: return tr("Cancelled");
    }
    return {};
}

QString UploadsModel::remainingText(qint64 seconds)
{
    if (seconds < 60)
        return tr("%n s left", nullptr, int(std::max<qint64>(1, seconds)));
    if (seconds < 3600)
        return tr("%1 min %2 s left").arg(seconds / 60).arg(seconds % 60);
    return tr("%1 h %2 min left").arg(seconds / 3600).arg(seconds / 60 % 60);
}

} // namespace sitedesk
