#pragma once

#include <QStyledItemDelegate>

namespace sitedesk {

// Draws a rule above the first row of each group of a grouped log (a row whose `groupRole`
// differs from the row above), so a grouped table reads like sections without being a tree.
class GroupSeparatorDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GroupSeparatorDelegate)

public:
    GroupSeparatorDelegate(int groupRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_groupRole;
};

} // namespace sitedesk
