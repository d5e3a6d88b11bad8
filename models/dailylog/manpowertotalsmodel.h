#pragma once

#include "dailylog/dailylogitem.h"
#include "dailylog/dailylogstore.h"

#include <QAbstractTableModel>
#include <QLocale>

namespace sitedesk {

// Manpower by company (workers, man-hours, entries) over the items it is given — one day's or
// a filtered range's, changes waiting to be sent included — then one "Total" row.
class ManpowerTotalsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ManpowerTotalsModel)

public:
    enum Column { Company, Entries, Workers, Hours, ColumnCount };
    enum Role { SortRole = Qt::UserRole, IsTotalRole };

    explicit ManpowerTotalsModel(QObject *parent = nullptr);

    void setItems(const QList<DailyLogItem> &items);
    const QList<DailyLogStore::ManpowerTotal> &totals() const { return m_totals; }
    DailyLogStore::ManpowerTotal grandTotal() const { return m_total; }

    // Per company, by name; entries without a company under "".
    static QList<DailyLogStore::ManpowerTotal> totalsOf(const QList<DailyLogItem> &items);
    // "51" or "7.5": whole hours without a fraction.
    static QString hoursText(double hours, const QLocale &locale = QLocale());

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<DailyLogStore::ManpowerTotal> m_totals;
    DailyLogStore::ManpowerTotal m_total;
};

} // namespace sitedesk
