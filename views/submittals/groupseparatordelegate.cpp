#include "submittals/groupseparatordelegate.h"

#include <QPainter>

namespace sitedesk {

GroupSeparatorDelegate::GroupSeparatorDelegate(int groupRole, QObject *parent)
    : QStyledItemDelegate(parent),
      m_groupRole(groupRole)
{
}

void GroupSeparatorDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyledItemDelegate::paint(painter, option, index);
    const QString group = index.data(m_groupRole).toString();
    if (group.isEmpty() || index.row() == 0 || index.sibling(index.row() - 1, index.column()).data(m_groupRole).toString() == group)
        return;
    painter->save();
    painter->setPen(QPen(option.palette.color(QPalette::Highlight), 2));
    painter->drawLine(option.rect.topLeft(), option.rect.topRight());
    painter->restore();
}

} // namespace sitedesk
