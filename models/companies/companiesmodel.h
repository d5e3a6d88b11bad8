#pragma once

#include "companies/company.h"

#include <QAbstractListModel>
#include <QList>

namespace sitedesk {

class CacheDatabase;

// The cached companies, ordered by name, for the company picker. Reloads whenever the cache
// reports a change to "companies".
class CompaniesModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompaniesModel)

public:
    enum Role {
        IdRole = Qt::UserRole, // qint64
        ActiveRole,            // bool
    };

    explicit CompaniesModel(CacheDatabase &database, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    qint64 companyId(int row) const;      // 0 for a row out of range
    int rowForCompany(qint64 id) const;   // -1 when not listed
    int preferredRow() const;             // the user's own company, else the first; -1 when empty

public slots:
    void reload();

private:
    void onCacheChanged(const QStringList &tables);

    CacheDatabase &m_database;
    QList<Company> m_companies;
};

} // namespace sitedesk
