#pragma once

#include "drawings/drawingrow.h"

#include <QStandardItemModel>

namespace sitedesk {

// The tree beside the drawing log: "All drawings", then each drawing area, then the area's
// disciplines, each with its count of sheets. Selecting a node filters the log
// (AreaIdRole 0 = every area; DisciplineRole "" = every discipline).
class DrawingTreeModel final : public QStandardItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DrawingTreeModel)

public:
    enum Role { AreaIdRole = Qt::UserRole + 1, DisciplineRole };

    explicit DrawingTreeModel(QObject *parent = nullptr);

    void setRows(const QList<DrawingRow> &rows);
    // The node for an area and discipline (invalid when there is none).
    QModelIndex find(qint64 areaId, const QString &discipline) const;
};

} // namespace sitedesk
