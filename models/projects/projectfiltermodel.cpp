#include "projects/projectfiltermodel.h"

#include "core/naturalorder.h"
#include "core/searchtext.h"
#include "projects/projectsmodel.h"

#include <QDateTime>

namespace sitedesk {

ProjectFilterModel::ProjectFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    setSortRole(ProjectsModel::SortRole);
}

void ProjectFilterModel::setSearchText(const QString &text)
{
    const QStringList words = search::words(text);
    m_searchText = text;
    if (words == m_words)
        return;
    m_words = words;
    invalidateRowsFilter();
}

bool ProjectFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_words.isEmpty())
        return true;
    return search::matchesAll(searchableText(sourceRow, sourceParent), m_words);
}

// ProjectsModel precomputes the folded text; any other source is searched over its columns.
QString ProjectFilterModel::searchableText(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *source = sourceModel();
    const QString prepared =
        source->index(sourceRow, 0, sourceParent).data(ProjectsModel::SearchTextRole).toString();
    if (!prepared.isEmpty())
        return prepared;
    QStringList texts;
    for (int column = 0; column < source->columnCount(sourceParent); ++column)
        texts << source->index(sourceRow, column, sourceParent).data().toString();
    return search::fold(texts.join(QLatin1Char(' ')));
}

bool ProjectFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant l = left.data(sortRole());
    const QVariant r = right.data(sortRole());
    if (l.metaType().id() == QMetaType::QDateTime && r.metaType().id() == QMetaType::QDateTime) {
        const QDateTime a = l.toDateTime();
        const QDateTime b = r.toDateTime();
        if (a.isValid() != b.isValid())
            return !a.isValid(); // unknown dates first in ascending order
        return a < b;
    }
    return naturalCompare(l.toString(), r.toString(), m_collator) < 0; // "B-9" before "B-10"
}

} // namespace sitedesk
