#pragma once

#include <QCollator>
#include <QSortFilterProxyModel>
#include <QStringList>

namespace sitedesk {

// The searchable, sortable project picker on top of ProjectsModel. setSearchText() keeps the
// rows whose number, name, display name or city contain every typed word, ignoring case and
// accents, in any order. Sorting works on every column (numbers in numeric order, Updated by
// time).
class ProjectFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectFilterModel)

public:
    explicit ProjectFilterModel(QObject *parent = nullptr);

    QString searchText() const { return m_searchText; }
    void setSearchText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString searchableText(int sourceRow, const QModelIndex &sourceParent) const;

    QString m_searchText;
    QStringList m_words;
    QCollator m_collator;
};

} // namespace sitedesk
