#include "submittals/submittalfiltermodel.h"

#include "core/naturalorder.h"
#include "core/searchtext.h"
#include "submittals/submittallogmodel.h"

namespace sitedesk {

SubmittalFilterModel::SubmittalFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent),
      m_today(QDate::currentDate().toString(Qt::ISODate))
{
    setSortRole(SubmittalLogModel::SortRole);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
}

void SubmittalFilterModel::setLog(SubmittalLogModel *log)
{
    m_log = log;
    setSourceModel(log);
}

void SubmittalFilterModel::refilter()
{
    invalidateRowsFilter();
}

void SubmittalFilterModel::setSearchText(const QString &text)
{
    const QStringList words = search::words(text);
    if (words == m_words)
        return;
    m_words = words;
    refilter();
}

void SubmittalFilterModel::setStatusId(qint64 statusId)
{
    if (std::exchange(m_statusId, statusId) != statusId)
        refilter();
}

void SubmittalFilterModel::setBallInCourtId(qint64 personId)
{
    if (std::exchange(m_ballInCourtId, personId) != personId)
        refilter();
}

void SubmittalFilterModel::setOverdueOnly(bool overdue)
{
    if (std::exchange(m_overdue, overdue) != overdue)
        refilter();
}

void SubmittalFilterModel::setMineOnly(bool mine)
{
    if (std::exchange(m_mine, mine) != mine)
        refilter();
}

void SubmittalFilterModel::setCurrentUserId(qint64 userId)
{
    if (std::exchange(m_userId, userId) != userId && m_mine)
        refilter();
}

void SubmittalFilterModel::setToday(const QDate &today)
{
    m_today = today.toString(Qt::ISODate);
    if (m_overdue)
        refilter();
}

void SubmittalFilterModel::setGroupBy(GroupBy group)
{
    if (std::exchange(m_groupBy, group) == group)
        return;
    invalidate();   // the order changes, and GroupRole with it
}

QString SubmittalFilterModel::groupOf(const SubmittalRow &row) const
{
    switch (m_groupBy) {
    case GroupBy::SpecSection: return row.specSection.isEmpty() ? tr("No spec section") : row.specSection;
    case GroupBy::Status: return row.statusName.isEmpty() ? tr("No status") : row.statusName;
    case GroupBy::None: break;
    }
    return {};
}

bool SubmittalFilterModel::isOverdue(const SubmittalRow &row) const
{
    return !row.dueDate.isEmpty() && row.dueDate.left(10) < m_today && !row.isClosed();
}

QVariant SubmittalFilterModel::data(const QModelIndex &index, int role) const
{
    if (role != GroupRole || !m_log)
        return QSortFilterProxyModel::data(index, role);
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    return groupOf(m_log->rows().at(mapToSource(index).row()));
}

bool SubmittalFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_log || sourceParent.isValid())
        return true;
    const SubmittalRow &row = m_log->rows().at(sourceRow);
    return (m_statusId == 0 || row.statusId == m_statusId) && (m_ballInCourtId == 0 || row.hasBallInCourt(m_ballInCourtId))
           && (!m_overdue || isOverdue(row)) && (!m_mine || row.hasBallInCourt(m_userId))
           && (m_words.isEmpty() || search::matchesAll(row.searchText, m_words));
}

bool SubmittalFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const SubmittalRow &a = m_log->rows().at(left.row());
    const SubmittalRow &b = m_log->rows().at(right.row());
    if (m_groupBy != GroupBy::None) {
        // Groups stay in ascending order even when the user sorts a column descending. Spec
        // sections ("03 30 00 …") and status names order well by plain text, which is cheap.
        const QString &ga = m_groupBy == GroupBy::SpecSection ? a.specSection : a.statusName;
        const QString &gb = m_groupBy == GroupBy::SpecSection ? b.specSection : b.statusName;
        const int group = ga.compare(gb, Qt::CaseInsensitive);
        if (group != 0)
            return sortOrder() == Qt::AscendingOrder ? group < 0 : group > 0;
    }
    const int column = left.column();
    const bool isDate = column == SubmittalLogModel::DueDate || column == SubmittalLogModel::RequiredOnSite
                        || column == SubmittalLogModel::Updated;
    const QString l = left.data(sortRole()).toString();
    const QString r = right.data(sortRole()).toString();
    // ISO dates order as plain text; everything else naturally ("9" before "10").
    const int order = isDate ? l.compare(r) : naturalCompare(l, r, m_collator);
    if (order != 0)
        return order < 0;
    // Equal keys fall back to the number, so the order never looks random.
    return naturalCompare(a.number, b.number, m_collator) < 0;
}

} // namespace sitedesk
