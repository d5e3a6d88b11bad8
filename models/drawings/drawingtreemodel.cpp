#include "drawings/drawingtreemodel.h"

#include <QCoreApplication>
#include <QMap>

namespace sitedesk {

namespace {

QStandardItem *node(const QString &name, int count, qint64 areaId, const QString &discipline)
{
    auto *item = new QStandardItem(QCoreApplication::translate("DrawingTreeModel", "%1 (%2)").arg(name).arg(count));
    item->setData(areaId, DrawingTreeModel::AreaIdRole);
    item->setData(discipline, DrawingTreeModel::DisciplineRole);
    item->setEditable(false);
    return item;
}

} // namespace

DrawingTreeModel::DrawingTreeModel(QObject *parent)
    : QStandardItemModel(parent)
{
}

void DrawingTreeModel::setRows(const QList<DrawingRow> &rows)
{
    clear();
    struct Area { QString name; QMap<QString, int> disciplines; int count = 0; };
    QMap<QString, Area> areas;   // by name, for a stable order
    for (const DrawingRow &row : rows) {
        const QString key = row.areaName + QLatin1Char('\x1f') + QString::number(row.areaId);
        Area &area = areas[key];
        area.name = row.areaName.isEmpty() ? tr("No area") : row.areaName;
        area.disciplines[row.discipline]++;
        area.count++;
    }
    QStandardItem *all = node(tr("All drawings"), int(rows.size()), 0, {});
    for (auto it = areas.cbegin(); it != areas.cend(); ++it) {
        const qint64 areaId = it.key().section(QLatin1Char('\x1f'), 1).toLongLong();
        QStandardItem *area = node(it->name, it->count, areaId, {});
        for (auto d = it->disciplines.cbegin(); d != it->disciplines.cend(); ++d)
            area->appendRow(node(d.key().isEmpty() ? tr("No discipline") : d.key(), d.value(), areaId, d.key()));
        all->appendRow(area);
    }
    appendRow(all);
    setHorizontalHeaderLabels({tr("Areas and disciplines")});
}

QModelIndex DrawingTreeModel::find(qint64 areaId, const QString &discipline) const
{
    const QModelIndexList hits = match(index(0, 0), AreaIdRole, areaId, -1, Qt::MatchExactly | Qt::MatchRecursive);
    for (const QModelIndex &hit : hits)
        if (hit.data(DisciplineRole).toString() == discipline)
            return hit;
    return {};
}

} // namespace sitedesk
