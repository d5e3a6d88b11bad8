#pragma once

#include <QStyledItemDelegate>

namespace sitedesk {

// Draws the drawing log's offline mark before the sheet number: a pin for a sheet kept
// offline (DrawingLogModel::Pinned); the model's green dot stays for one merely on this
// computer, and a clear one keeps the numbers aligned.
class OfflineMarkDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OfflineMarkDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace sitedesk
