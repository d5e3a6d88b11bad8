#pragma once

#include <QTreeView>

namespace sitedesk {

// A tree whose first column stays put while the other columns scroll sideways (Qt's "Frozen
// Column" example, for a tree): a second, column-0-only QTreeView lies over the left edge,
// sharing the model, the selection, the vertical scrolling and the expanded state.
class FrozenTreeView final : public QTreeView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FrozenTreeView)

public:
    explicit FrozenTreeView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;
    QTreeView *frozenView() const { return m_frozen; }

protected:
    void resizeEvent(QResizeEvent *event) override;
    void updateGeometries() override;
    void scrollTo(const QModelIndex &index, ScrollHint hint = EnsureVisible) override;

private:
    void updateFrozenGeometry();
    void showOnlyFirstColumn();

    QTreeView *m_frozen;
};

} // namespace sitedesk
