#include "dailylog/dailylogdaymodel.h"

#include "cache/cachedatabase.h"
#include "dailylog/dailylogstore.h"
#include "dailylog/dailylogtype.h"
#include "dailylog/manpowertotalsmodel.h"
#include "outbox/outboxmodel.h"
#include "outbox/outboxstore.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace sitedesk {

namespace {

// The entry's text with its files: one file by name, more by count.
QString withAttachments(const QString &text, const QStringList &files)
{
    if (files.isEmpty())
        return text;
    const QString attached = files.size() == 1 ? files.first()
                                               : DailyLogDayModel::tr("%n files", nullptr, int(files.size()));
    return DailyLogDayModel::tr("%1 · Attached: %2").arg(text, attached);
}

constexpr quintptr kSectionId = 0;   // internalId of sections; items carry section + 1

bool hasNumbers(const QString &type)
{
    return type == QLatin1String("manpower_logs") || type == QLatin1String("work_logs")
        || type == QLatin1String("daily_construction_report_logs") || type == QLatin1String("timecard_entries")
        || type == QLatin1String("equipment_logs");
}

} // namespace

DailyLogDayModel::DailyLogDayModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void DailyLogDayModel::setSource(CacheDatabase *cache, qint64 projectId)
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

void DailyLogDayModel::setDate(const QDate &date)
{
    if (date == m_date)
        return;
    m_date = date;
    reload();
}

void DailyLogDayModel::reload()
{
    if (!m_cache || !m_cache->isOpen() || m_projectId == 0 || !m_date.isValid()) {
        m_projectLog = ProjectLog::NotCached;
        setItems(m_date, {});
        return;
    }
    const QList<DailyLogItem> items = DailyLogItem::load(*m_cache, m_projectId, m_date, m_date);
    m_projectLog = items.isEmpty() ? readProjectLog() : ProjectLog::HasEntries;
    setItems(m_date, items);
}

// Only an empty day asks (two lookups by project): was the log ever synced, and has it entries.
DailyLogDayModel::ProjectLog DailyLogDayModel::readProjectLog() const
{
    const DailyLogStore store(*m_cache);
    if (!store.coverage(m_projectId))
        return ProjectLog::NotCached;
    return store.count(m_projectId) == 0 ? ProjectLog::NoEntries : ProjectLog::HasEntries;
}

void DailyLogDayModel::setItems(const QDate &date, const QList<DailyLogItem> &items)
{
    beginResetModel();
    m_date = date;
    m_items = items;
    m_sections.clear();
    for (const QString &type : DailyLogType::names()) {
        Section section{type, {}};
        for (int i = 0; i < m_items.size(); ++i)
            if (m_items.at(i).entry.type == type)
                section.items.append(i);
        if (!section.items.isEmpty())
            m_sections.append(section);
    }
    endResetModel();
}

const DailyLogItem *DailyLogDayModel::item(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == kSectionId)
        return nullptr;
    const Section &section = m_sections.at(int(index.internalId() - 1));
    return &m_items.at(section.items.at(index.row()));
}

QModelIndex DailyLogDayModel::sectionIndex(const QString &type) const
{
    for (int row = 0; row < m_sections.size(); ++row)
        if (m_sections.at(row).type == type)
            return index(row, 0);
    return {};
}

QModelIndex DailyLogDayModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, parent.isValid() ? quintptr(parent.row() + 1) : kSectionId);
}

QModelIndex DailyLogDayModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kSectionId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kSectionId);
}

int DailyLogDayModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_sections.size());
    if (parent.column() != 0 || parent.internalId() != kSectionId)
        return 0;
    return int(m_sections.at(parent.row()).items.size());
}

int DailyLogDayModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant DailyLogDayModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == kSectionId)
        return sectionData(m_sections.at(index.row()), index.column(), role);
    return itemData(*item(index), index.column(), role);
}

QVariant DailyLogDayModel::sectionData(const Section &section, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        if (column == Entry)
            return tr("%1 (%n)", nullptr, int(section.items.size())).arg(DailyLogType::displayName(section.type));
        if (section.type == QLatin1String("manpower_logs") && (column == Workers || column == Hours)) {
            int workers = 0;
            double hours = 0;
            for (int i : section.items) {
                workers += m_items.at(i).entry.workers;
                hours += m_items.at(i).entry.hours;
            }
            return column == Workers ? QLocale().toString(workers) : ManpowerTotalsModel::hoursText(hours);
        }
        return {};
    case Qt::FontRole: {
        QFont font;
        font.setBold(true);
        return font;
    }
    case Qt::TextAlignmentRole:
        return column == Workers || column == Hours ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case TypeRole:
        return section.type;
    case CountRole:
        return int(section.items.size());
    case IsSectionRole:
        return true;
    default:
        return {};
    }
}

QVariant DailyLogDayModel::itemData(const DailyLogItem &item, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        if (column == Entry)
            return withAttachments(columnText(item, column), item.entry.attachmentNames());
        return columnText(item, column);
    case Qt::ToolTipRole:
        if (item.isWaiting())
            return waitingDetail(item);
        if (column != Entry)
            return {};
        if (const QStringList files = item.entry.attachmentNames(); !files.isEmpty())
            return tr("%1\nAttached: %2").arg(item.entry.summary, files.join(QStringLiteral(", ")));
        return item.entry.summary;
    case Qt::FontRole:
        if (item.isWaiting()) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (item.needsUser() && column == Status)
            return QBrush(QColor(0xb0, 0x20, 0x20));
        return {};
    case Qt::TextAlignmentRole:
        return column == Workers || column == Hours ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case TypeRole:
        return item.entry.type;
    case IsSectionRole:
        return false;
    case EntryIdRole:
        return item.entry.id;
    case OutboxIdRole:
        return item.outboxId;
    case AttachmentsRole:
        return item.entry.attachmentNames();
    case NeedsUserRole:
        return item.needsUser();
    default:
        return {};
    }
}

QString DailyLogDayModel::statusText(const DailyLogItem &item)
{
    if (item.isWaiting())
        return OutboxModel::stateText(item.state);
    return item.entry.status.isEmpty() ? QString() : item.entry.status.left(1).toUpper() + item.entry.status.mid(1);
}

QString DailyLogDayModel::waitingDetail(const DailyLogItem &item)
{
    QStringList lines{statusText(item)};
    if (!item.fieldErrors.isEmpty())
        lines << OutboxModel::fieldErrorsText(item.fieldErrors);
    else if (!item.error.isEmpty())
        lines << item.error;
    return lines.join(QLatin1Char('\n'));
}

QString DailyLogDayModel::columnText(const DailyLogItem &item, int column)
{
    const DailyLogEntry &entry = item.entry;
    switch (column) {
    case Entry:
        if (!entry.summary.isEmpty())
            return entry.summary;
        if (entry.type == QLatin1String("manpower_logs"))
            return tr("%n worker(s)", nullptr, entry.workers);
        return tr("(no details)");
    case Company: return entry.vendor;
    case Location: return entry.location;
    case Workers: return hasNumbers(entry.type) && entry.workers > 0 ? QLocale().toString(entry.workers) : QString();
    case Hours: return hasNumbers(entry.type) && entry.hours > 0 ? ManpowerTotalsModel::hoursText(entry.hours) : QString();
    case Status: return statusText(item);
    }
    return {};
}

QVariant DailyLogDayModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
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
