#pragma once

#include "projects/project.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

namespace sitedesk {

class CacheDatabase;

// The cached projects of one company as a table for the project picker. Reloads whenever the
// cache reports a change to "projects". Inactive projects are greyed.
class ProjectsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectsModel)

public:
    enum Column { Number, Name, City, Stage, Updated, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole, // qint64 project id (any column)
        SearchTextRole,        // folded number, name, display name and city (search::fold)
        SortRole,              // per column: text, or QDateTime for Updated
        ActiveRole,            // bool
    };

    explicit ProjectsModel(CacheDatabase &database, QObject *parent = nullptr);

    qint64 companyId() const { return m_companyId; }
    void setCompanyId(qint64 companyId);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    qint64 projectId(int row) const;     // 0 for a row out of range
    int rowForProject(qint64 id) const;  // -1 when not listed

public slots:
    void reload();

private:
    struct Row
    {
        Project project; // without raw
        QDateTime updated;
        QString searchText;
    };

    void onCacheChanged(const QStringList &tables);
    QVariant displayText(const Row &row, int column) const;
    QVariant sortKey(const Row &row, int column) const;

    CacheDatabase &m_database;
    qint64 m_companyId = 0;
    QList<Row> m_rows;
};

} // namespace sitedesk
