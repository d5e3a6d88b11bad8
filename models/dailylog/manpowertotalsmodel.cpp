#include "dailylog/manpowertotalsmodel.h"

#include <QFont>
#include <QMap>

#include <cmath>

namespace sitedesk {

ManpowerTotalsModel::ManpowerTotalsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

QList<DailyLogStore::ManpowerTotal> ManpowerTotalsModel::totalsOf(const QList<DailyLogItem> &items)
{
    QMap<QString, DailyLogStore::ManpowerTotal> byFolded;   // case-insensitive order, like the store's
    for (const DailyLogItem &item : items) {
        if (item.entry.type != QLatin1String("manpower_logs"))
            continue;
        DailyLogStore::ManpowerTotal &total = byFolded[item.entry.vendor.toCaseFolded()];
        total.vendor = item.entry.vendor;
        total.workers += item.entry.workers;
        total.hours += item.entry.hours;
        ++total.entries;
    }
    return byFolded.values();
}

QString ManpowerTotalsModel::hoursText(double hours, const QLocale &locale)
{
    const bool whole = std::abs(hours - std::round(hours)) < 0.005;
    return locale.toString(hours, 'f', whole ? 0 : 1);
}

void ManpowerTotalsModel::setItems(const QList<DailyLogItem> &items)
{
    beginResetModel();
    m_totals = totalsOf(items);
    m_total = {};
    m_total.vendor = tr("Total");
    for (const DailyLogStore::ManpowerTotal &total : std::as_const(m_totals)) {
        m_total.workers += total.workers;
        m_total.hours += total.hours;
        m_total.entries += total.entries;
    }
    endResetModel();
}

int ManpowerTotalsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_totals.isEmpty() ? 0 : int(m_totals.size()) + 1;
}

int ManpowerTotalsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ManpowerTotalsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const bool isTotal = index.row() == m_totals.size();
    const DailyLogStore::ManpowerTotal &total = isTotal ? m_total : m_totals.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Company: return total.vendor.isEmpty() ? tr("No company") : total.vendor;
        case Entries: return QLocale().toString(total.entries);
        case Workers: return QLocale().toString(total.workers);
        case Hours: return hoursText(total.hours);
        }
        return {};
    case SortRole:
        switch (index.column()) {
        case Company: return total.vendor.toCaseFolded();
        case Entries: return total.entries;
        case Workers: return total.workers;
        case Hours: return total.hours;
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == Company ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (isTotal) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case IsTotalRole:
        return isTotal;
    default:
        return {};
    }
}

QVariant ManpowerTotalsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Company: return tr("Company");
    case Entries: return tr("Entries");
    case Workers: return tr("Workers");
    case Hours: return tr("Man-hours");
    }
    return {};
}

} // namespace sitedesk
