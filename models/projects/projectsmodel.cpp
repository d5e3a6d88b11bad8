#include "projects/projectsmodel.h"

#include "cache/cachedatabase.h"
#include "core/colors.h"
#include "core/searchtext.h"
#include "projects/projectstore.h"

#include <QLocale>

namespace sitedesk {

ProjectsModel::ProjectsModel(CacheDatabase &database, QObject *parent)
    : QAbstractTableModel(parent)
    , m_database(database)
{
    connect(&m_database, &CacheDatabase::changed, this, &ProjectsModel::onCacheChanged);
}

void ProjectsModel::setCompanyId(qint64 companyId)
{
    if (companyId == m_companyId)
        return;
    m_companyId = companyId;
    reload();
}

int ProjectsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProjectsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProjectsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(row, index.column());
    case Qt::ToolTipRole:
        return row.project.displayName;
    case IdRole:
        return row.project.id;
    case SearchTextRole:
        return row.searchText;
    case SortRole:
        return sortKey(row, index.column());
    case ActiveRole:
        return row.project.active;
    case Qt::ForegroundRole:
        return row.project.active ? QVariant() : QVariant(colors::inactiveText());
    default:
        return {};
    }
}

QVariant ProjectsModel::displayText(const Row &row, int column) const
{
    switch (column) {
    case Number: return row.project.projectNumber;
    case Name: return row.project.name.isEmpty() ? row.project.displayName : row.project.name;
    case City: return row.project.city;
    case Stage: return row.project.stage;
    case Updated:
        // Procore sends UTC; people read their local time. Unparseable values are shown as sent.
        return row.updated.isValid()
            ? QLocale().toString(row.updated.toLocalTime(), QLocale::ShortFormat)
            : row.project.updatedAt;
    default: return {};
    }
}

QVariant ProjectsModel::sortKey(const Row &row, int column) const
{
    if (column == Updated)
        return row.updated;
    return displayText(row, column);
}

QVariant ProjectsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Number: return tr("Number");
    case Name: return tr("Name");
    case City: return tr("City");
    case Stage: return tr("Stage");
    case Updated: return tr("Updated");
    default: return {};
    }
}

qint64 ProjectsModel::projectId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).project.id : 0;
}

int ProjectsModel::rowForProject(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).project.id == id)
            return row;
    }
    return -1;
}

void ProjectsModel::reload()
{
    QList<Project> projects;
    if (m_companyId != 0 && m_database.isOpen())
        projects = ProjectStore(m_database).forCompany(m_companyId, ProjectStore::Raw::Leave);   // the table never shows raw JSON
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(projects.size());
    for (Project &project : projects) {
        const QString searchable = project.projectNumber + QLatin1Char(' ') + project.name
            + QLatin1Char(' ') + project.displayName + QLatin1Char(' ') + project.city;
        const QDateTime updated = QDateTime::fromString(project.updatedAt, Qt::ISODateWithMs);
        m_rows.append({std::move(project), updated, search::fold(searchable)});
    }
    endResetModel();
}

void ProjectsModel::onCacheChanged(const QStringList &tables)
{
    if (tables.contains(QLatin1String("projects")))
        reload();
}

} // namespace sitedesk
