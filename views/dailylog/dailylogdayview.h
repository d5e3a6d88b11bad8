#pragma once

#include <QTreeView>

namespace sitedesk {

class DailyLogDayModel;

// The chosen day's entries, a section per log type, every section open. Files dragged from
// the desktop may be dropped on an entry: the view says which entry (or that the drop missed
// every entry) and the tab decides whether Procore takes files there.
class DailyLogDayView final : public QTreeView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DailyLogDayView)

public:
    explicit DailyLogDayView(DailyLogDayModel *model, QWidget *parent = nullptr);

signals:
    // `index` is the entry's row (column 0); invalid when the files fell on a section or on
    // empty space.
    void filesDropped(const QModelIndex &index, const QStringList &paths);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    static QStringList localFiles(const QMimeData *mime);
};

} // namespace sitedesk
