#include "dailylog/dailylogfiltermodel.h"

#include "dailylog/dailylograngemodel.h"

namespace sitedesk {

DailyLogFilterModel::DailyLogFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(DailyLogRangeModel::SortRole);
}

void DailyLogFilterModel::setRangeModel(DailyLogRangeModel *model)
{
    m_range = model;
    setSourceModel(model);
}

void DailyLogFilterModel::setTypeFilter(const QString &type)
{
    if (type == m_type)
        return;
    m_type = type;
    invalidateRowsFilter();
}

void DailyLogFilterModel::setVendorFilter(const QString &vendor)
{
    if (vendor == m_vendor)
        return;
    m_vendor = vendor;
    invalidateRowsFilter();
}

void DailyLogFilterModel::setLocationFilter(const QString &location)
{
    if (location == m_location)
        return;
    m_location = location;
    invalidateRowsFilter();
}

bool DailyLogFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const DailyLogItem *item = m_range && !sourceParent.isValid() ? m_range->item(sourceRow) : nullptr;
    if (!item)
        return false;
    if (!m_type.isEmpty() && item->entry.type != m_type)
        return false;
    if (!m_vendor.isEmpty() && item->entry.vendor.compare(m_vendor, Qt::CaseInsensitive) != 0)
        return false;
    if (!m_location.isEmpty()) {
        const QString &location = item->entry.location;
        const bool within = location.startsWith(m_location, Qt::CaseInsensitive)
            && (location.size() == m_location.size() || location.at(m_location.size()) == QLatin1Char('>'));
        if (!within)
            return false;
    }
    return true;
}

QList<DailyLogItem> DailyLogFilterModel::shownItems() const
{
    QList<DailyLogItem> items;
    if (!m_range)
        return items;
    for (int row = 0; row < rowCount(); ++row)
        items.append(*m_range->item(mapToSource(index(row, 0)).row()));
    return items;
}

} // namespace sitedesk
