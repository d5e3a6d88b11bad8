#include "drawings/offlinemarkdelegate.h"

#include "common/icons.h"
#include "drawings/drawinglogmodel.h"

namespace sitedesk {

void OfflineMarkDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.data(DrawingLogModel::OfflineRole).toInt() != DrawingLogModel::Pinned)
        return;
    static const QIcon pin = Icons::pin();
    option->icon = pin;
    option->features |= QStyleOptionViewItem::HasDecoration;
}

} // namespace sitedesk
