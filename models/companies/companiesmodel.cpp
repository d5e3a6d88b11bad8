#include "companies/companiesmodel.h"

#include "cache/cachedatabase.h"
#include "companies/companystore.h"

#include "core/colors.h"

namespace sitedesk {

CompaniesModel::CompaniesModel(CacheDatabase &database, QObject *parent)
    : QAbstractListModel(parent)
    , m_database(database)
{
    connect(&m_database, &CacheDatabase::changed, this, &CompaniesModel::onCacheChanged);
    reload();
}

int CompaniesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_companies.size());
}

QVariant CompaniesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Company &company = m_companies.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return company.name;
    case IdRole:
        return company.id;
    case ActiveRole:
        return company.isActive;
    case Qt::ForegroundRole:
        if (company.isActive)
            return {};
        return colors::inactiveText();
    default:
        return {};
    }
}

QHash<int, QByteArray> CompaniesModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "companyId");
    names.insert(ActiveRole, "active");
    return names;
}

qint64 CompaniesModel::companyId(int row) const
{
    return row >= 0 && row < m_companies.size() ? m_companies.at(row).id : 0;
}

int CompaniesModel::rowForCompany(qint64 id) const
{
    for (int row = 0; row < m_companies.size(); ++row) {
        if (m_companies.at(row).id == id)
            return row;
    }
    return -1;
}

int CompaniesModel::preferredRow() const
{
    return int(Company::preferredIndex(m_companies));
}

void CompaniesModel::reload()
{
    beginResetModel();
    m_companies = m_database.isOpen() ? CompanyStore(m_database).all() : QList<Company>();
    for (Company &company : m_companies)
        company.raw = {}; // the picker never shows raw JSON; keep memory small
    endResetModel();
}

void CompaniesModel::onCacheChanged(const QStringList &tables)
{
    if (tables.contains(QLatin1String("companies")))
        reload();
}

} // namespace sitedesk
