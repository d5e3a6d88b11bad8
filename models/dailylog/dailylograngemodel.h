#pragma once

#include "dailylog/dailylogitem.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QPointer>

namespace sitedesk {

class CacheDatabase;

// The entries of a span of days (a week, a month) as one table, changes waiting in the outbox
// included; DailyLogFilterModel narrows it by type, company and location.
class DailyLogRangeModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DailyLogRangeModel)

public:
    enum Column { Date, Type, Entry, Company, Location, Workers, Hours, Status, ColumnCount };
    enum Role {
        TypeRole = Qt::UserRole,  // QString log type
        VendorRole,               // QString company name ("" when none)
        LocationRole,             // QString location path
        SortRole,                 // date / folded text / number
        OutboxIdRole,             // qint64
    };

    explicit DailyLogRangeModel(QObject *parent = nullptr);

    void setSource(CacheDatabase *cache, qint64 projectId);
    void setRange(const QDate &from, const QDate &to);
    QDate from() const { return m_from; }
    QDate to() const { return m_to; }
    void setItems(const QDate &from, const QDate &to, const QList<DailyLogItem> &items);

    const QList<DailyLogItem> &items() const { return m_items; }
    const DailyLogItem *item(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

public slots:
    void reload();

private:
    QVariant displayText(const DailyLogItem &item, int column) const;
    QVariant sortValue(const DailyLogItem &item, int column) const;

    QPointer<CacheDatabase> m_cache;
    qint64 m_projectId = 0;
    QDate m_from;
    QDate m_to;
    QList<DailyLogItem> m_items;
};

} // namespace sitedesk
