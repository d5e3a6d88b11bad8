#include "dailylog/dailylogdayview.h"

#include "dailylog/dailylogdaymodel.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QHeaderView>
#include <QMimeData>

namespace sitedesk {

DailyLogDayView::DailyLogDayView(DailyLogDayModel *model, QWidget *parent) : QTreeView(parent)
{
    setObjectName(QStringLiteral("dailyLogDayView"));
    setModel(model);
    setAlternatingRowColors(true);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setUniformRowHeights(true);
    setAcceptDrops(true);
    viewport()->setAcceptDrops(true);
    setDropIndicatorShown(false);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(DailyLogDayModel::Entry, QHeaderView::Stretch);
}

QStringList DailyLogDayView::localFiles(const QMimeData *mime)
{
    QStringList paths;
    if (mime)
        for (const QUrl &url : mime->urls())
            if (url.isLocalFile())
                paths << url.toLocalFile();
    return paths;
}

void DailyLogDayView::dragEnterEvent(QDragEnterEvent *event)
{
    if (localFiles(event->mimeData()).isEmpty())
        return event->ignore();
    event->acceptProposedAction();
}

// Every spot accepts the files, so a drop where Procore takes none is explained in words
// instead of a silent "no entry" cursor.
void DailyLogDayView::dragMoveEvent(QDragMoveEvent *event)
{
    if (localFiles(event->mimeData()).isEmpty())
        return event->ignore();
    const QModelIndex index = indexAt(event->position().toPoint());
    if (index.isValid())
        setCurrentIndex(index.siblingAtColumn(0));
    event->acceptProposedAction();
}

void DailyLogDayView::dropEvent(QDropEvent *event)
{
    const QStringList paths = localFiles(event->mimeData());
    if (paths.isEmpty())
        return event->ignore();
    event->acceptProposedAction();
    QModelIndex index = indexAt(event->position().toPoint()).siblingAtColumn(0);
    if (index.isValid() && index.data(DailyLogDayModel::IsSectionRole).toBool())
        index = {};
    emit filesDropped(index, paths);
}

} // namespace sitedesk
