#include "dailylog/dailylograngemodel.h"

#include "cache/cachedatabase.h"
#include "dailylog/dailylogdaymodel.h"
#include "dailylog/dailylogtype.h"
#include "outbox/outboxstore.h"

#include <QFont>
#include <QLocale>

namespace sitedesk {

DailyLogRangeModel::DailyLogRangeModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void DailyLogRangeModel::setSource(CacheDatabase *cache, qint64 projectId)
{
    if (m_cache != cache) {
        if (m_cache)
            disconnect(m_cache, nullptr, this, nullptr);
        m_cache = cache;
        if (m_cache)
            connect(m_cache, &CacheDatabase::changed, this, [this](const QStringList &tables) {
                if (tables.contains(QLatin1String("daily_log_entries")) || tables.contains(OutboxStore::table()))
                    reload();
            });
    }
    m_projectId = projectId;
    reload();
}

void DailyLogRangeModel::setRange(const QDate &from, const QDate &to)
{
    if (from == m_from && to == m_to)
        return;
    m_from = from;
    m_to = to;
    reload();
}

void DailyLogRangeModel::reload()
{
    if (!m_cache || !m_cache->isOpen() || m_projectId == 0 || !m_from.isValid() || !m_to.isValid()) {
        setItems(m_from, m_to, {});
        return;
    }
    setItems(m_from, m_to, DailyLogItem::load(*m_cache, m_projectId, m_from, m_to));
}

void DailyLogRangeModel::setItems(const QDate &from, const QDate &to, const QList<DailyLogItem> &items)
{
    beginResetModel();
    m_from = from;
    m_to = to;
    m_items = items;
    endResetModel();
}

const DailyLogItem *DailyLogRangeModel::item(int row) const
{
    return row >= 0 && row < m_items.size() ? &m_items.at(row) : nullptr;
}

int DailyLogRangeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int DailyLogRangeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DailyLogRangeModel::displayText(const DailyLogItem &item, int column) const
{
    switch (column) {
    case Date: return QLocale().toString(item.entry.date, QLocale::ShortFormat);
    case Type: return DailyLogType::displayName(item.entry.type);
    case Entry: return DailyLogDayModel::columnText(item, DailyLogDayModel::Entry);
    case Company: return DailyLogDayModel::columnText(item, DailyLogDayModel::Company);
    case Location: return DailyLogDayModel::columnText(item, DailyLogDayModel::Location);
    case Workers: return DailyLogDayModel::columnText(item, DailyLogDayModel::Workers);
    case Hours: return DailyLogDayModel::columnText(item, DailyLogDayModel::Hours);
    case Status: return DailyLogDayModel::columnText(item, DailyLogDayModel::Status);
    }
    return {};
}

QVariant DailyLogRangeModel::sortValue(const DailyLogItem &item, int column) const
{
    switch (column) {
    case Date: return item.entry.date;
    case Type: return DailyLogType::names().indexOf(item.entry.type);
    case Workers: return item.entry.workers;
    case Hours: return item.entry.hours;
    default: return displayText(item, column).toString().toCaseFolded();
    }
}

QVariant DailyLogRangeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const DailyLogItem &item = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return displayText(item, index.column());
    case Qt::ToolTipRole:
        return item.isWaiting() ? DailyLogDayModel::waitingDetail(item) : QVariant();
    case Qt::FontRole:
        if (item.isWaiting()) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == Workers || index.column() == Hours ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case TypeRole: return item.entry.type;
    case VendorRole: return item.entry.vendor;
    case LocationRole: return item.entry.location;
    case SortRole: return sortValue(item, index.column());
    case OutboxIdRole: return item.outboxId;
    default: return {};
    }
}

QVariant DailyLogRangeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Date: return tr("Date");
    case Type: return tr("Type");
    case Entry: return tr("Entry");
    case Company: return tr("Company");
    case Location: return tr("Location");
    case Workers: return tr("Workers");
    case Hours: return tr("Hours");
    case Status: return tr("Status");
    }
    return {};
}

} // namespace sitedesk
