#include "drawings/drawingloggrid.h"

#include "drawings/drawinglogmodel.h"

#include <QStyledItemDelegate>

namespace sitedesk {

namespace {

constexpr QSize thumbnailSize{160, 113};

// Paints the row's thumbnail (not the table's offline dot, which is the Number column's
// decoration) with "number" and the title on two lines under it.
class ThumbnailDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->icon = index.data(DrawingLogModel::ThumbnailRole).value<QIcon>();
        option->features |= QStyleOptionViewItem::HasDecoration | QStyleOptionViewItem::WrapText;
        option->decorationSize = thumbnailSize;
        option->decorationPosition = QStyleOptionViewItem::Top;
        option->displayAlignment = Qt::AlignHCenter | Qt::AlignTop;
        const QString title = index.siblingAtColumn(DrawingLogModel::Title).data().toString();
        const QString elided = option->fontMetrics.elidedText(title, Qt::ElideRight, thumbnailSize.width());
        option->text = index.data().toString() + QChar::LineSeparator + elided;   // '\n' would not break the line
    }
};

} // namespace

DrawingLogGrid::DrawingLogGrid(QWidget *parent)
    : QListView(parent)
{
    setObjectName(QStringLiteral("drawingGrid"));
    setViewMode(QListView::IconMode);
    setUniformItemSizes(true);
    setResizeMode(QListView::Adjust);
    setMovement(QListView::Static);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setIconSize(thumbnailSize);
    setGridSize(QSize(thumbnailSize.width() + 20, thumbnailSize.height() + 2 * fontMetrics().height() + 16));
    setSpacing(4);
    setWordWrap(true);
    setItemDelegate(new ThumbnailDelegate(this));
}

} // namespace sitedesk
