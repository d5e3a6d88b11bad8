#include "drawings/drawingfiltermodel.h"

#include "core/naturalorder.h"
#include "core/searchtext.h"
#include "drawings/drawinglogmodel.h"

namespace sitedesk {

DrawingFilterModel::DrawingFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(DrawingLogModel::SortRole);
}

void DrawingFilterModel::setLog(DrawingLogModel *log)
{
    m_log = log;
    setSourceModel(log);
}

void DrawingFilterModel::setSearchText(const QString &text)
{
    const QStringList words = search::words(text);
    if (words == m_words)
        return;
    m_words = words;
    invalidateRowsFilter();
}

void DrawingFilterModel::setArea(qint64 areaId)
{
    if (areaId == m_areaId)
        return;
    m_areaId = areaId;
    invalidateRowsFilter();
}

void DrawingFilterModel::setDiscipline(const QString &discipline)
{
    if (discipline == m_discipline)
        return;
    m_discipline = discipline;
    invalidateRowsFilter();
}

void DrawingFilterModel::setSetId(qint64 setId)
{
    if (setId == m_setId)
        return;
    m_setId = setId;
    invalidateRowsFilter();
}

bool DrawingFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_log || sourceParent.isValid())
        return true;
    const DrawingRow &row = m_log->rows().at(sourceRow);
    return (m_areaId == 0 || row.areaId == m_areaId) && (m_discipline.isEmpty() || row.discipline == m_discipline)
           && (m_setId == 0 || row.setId == m_setId) && (m_words.isEmpty() || search::matchesAll(row.searchText, m_words));
}

// The log's rows come in sheet-number order (DrawingLogModel::rows()), so by number the rows'
// own order is the answer: sorting 20,000 sheets compares no text, which matters as the log opens.
bool DrawingFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (left.column() == DrawingLogModel::Number)
        return left.row() < right.row();
    const QString a = left.data(sortRole()).toString();
    const QString b = right.data(sortRole()).toString();
    const int order = naturalCompare(a, b, m_collator);
    if (order != 0)
        return order < 0;
    // Equal keys fall back to the sheet number, so the order never looks random.
    return left.row() < right.row();
}

} // namespace sitedesk
