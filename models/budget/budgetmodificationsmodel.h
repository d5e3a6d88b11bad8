#pragma once

#include "budget/budgetmodification.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QLocale>
#include <QPointer>

namespace sitedesk {

class CacheDatabase;

// A project's cached budget modifications, oldest first: date, from and to line items (by
// cost code and cost type), amount in the project's currency and locale, notes.
class BudgetModificationsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BudgetModificationsModel)

public:
    enum Column { Date, From, To, Amount, Notes, ColumnCount };
    enum Role { SortRole = Qt::UserRole, DecimalTextRole };

    explicit BudgetModificationsModel(QObject *parent = nullptr);

    void setSource(CacheDatabase *cache, qint64 projectId);
    const QList<BudgetModification> &modifications() const { return m_rows; }
    int decimals() const { return m_decimals; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

public slots:
    void reload();

private:
    QString lineItem(qint64 id) const;

    QPointer<CacheDatabase> m_cache;
    qint64 m_projectId = 0;
    QList<BudgetModification> m_rows;
    QHash<qint64, QString> m_labels;
    QLocale m_locale;
    QString m_currency;
    int m_decimals = 2;
};

} // namespace sitedesk
