#pragma once

#include "budget/directcost.h"

#include <QAbstractTableModel>
#include <QList>
#include <QLocale>
#include <QPointer>

namespace sitedesk {

class CacheDatabase;

// A project's cached direct costs by date: date, type, vendor, invoice number, status,
// description and amount in the project's locale.
class DirectCostsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DirectCostsModel)

public:
    enum Column { Date, Type, Vendor, Invoice, Status, Description, Amount, ColumnCount };
    enum Role { SortRole = Qt::UserRole, DecimalTextRole };

    explicit DirectCostsModel(QObject *parent = nullptr);

    void setSource(CacheDatabase *cache, qint64 projectId);
    const QList<DirectCost> &costs() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

public slots:
    void reload();

private:
    QString typeText(const QString &type) const;
    QString statusText(const QString &status) const;

    QPointer<CacheDatabase> m_cache;
    qint64 m_projectId = 0;
    QList<DirectCost> m_rows;
    QLocale m_locale;
};

} // namespace sitedesk
