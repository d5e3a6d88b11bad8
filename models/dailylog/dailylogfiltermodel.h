#pragma once

#include "dailylog/dailylogitem.h"

#include <QSortFilterProxyModel>

namespace sitedesk {

class DailyLogRangeModel;

// Narrows a DailyLogRangeModel to one log type, one company and one location; a location
// matches its sub-locations too ("Building 1" keeps "Building 1>Level 2"). Empty = any.
class DailyLogFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DailyLogFilterModel)

public:
    explicit DailyLogFilterModel(QObject *parent = nullptr);

    void setRangeModel(DailyLogRangeModel *model);
    void setTypeFilter(const QString &type);
    void setVendorFilter(const QString &vendor);
    void setLocationFilter(const QString &location);
    QString typeFilter() const { return m_type; }
    QString vendorFilter() const { return m_vendor; }
    QString locationFilter() const { return m_location; }

    // The rows shown, in the order shown (for totals and exports).
    QList<DailyLogItem> shownItems() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    DailyLogRangeModel *m_range = nullptr;
    QString m_type;
    QString m_vendor;
    QString m_location;
};

} // namespace sitedesk
