#include "drawings/drawingsofflinemenu.h"

#include "drawings/drawingrecords.h"

#include <QMap>

namespace sitedesk {

DrawingsOfflineMenu::DrawingsOfflineMenu(ContentSource source, QWidget *parent)
    : QMenu(parent),
      m_source(std::move(source))
{
    setObjectName(QStringLiteral("drawingOfflineMenu"));
    connect(this, &QMenu::aboutToShow, this, &DrawingsOfflineMenu::rebuild);
}

QList<OfflineItem> DrawingsOfflineMenu::itemsOf(const QList<DrawingRow> &rows)
{
    QList<OfflineItem> items;
    items.reserve(rows.size());
    for (const DrawingRow &row : rows)
        items.append({DrawingRevision::fileKeyFor(row.revisionId), QUrl(row.pdfUrl), row.pdfSize, row.number});
    return items;
}

QList<DrawingRow> DrawingsOfflineMenu::select(const QList<DrawingRow> &rows, const std::function<bool(const DrawingRow &)> &keep)
{
    QList<DrawingRow> kept;
    for (const DrawingRow &row : rows)
        if (keep(row))
            kept.append(row);
    return kept;
}

void DrawingsOfflineMenu::addScope(QMenu *menu, const QString &text, const QString &scope, const QList<DrawingRow> &rows)
{
    QAction *action = menu->addAction(tr("%1 (%n sheet(s))", nullptr, int(rows.size())).arg(text));
    action->setEnabled(!rows.isEmpty());
    connect(action, &QAction::triggered, this, [this, scope, rows] { emit chosen(scope, itemsOf(rows)); });
}

void DrawingsOfflineMenu::rebuild()
{
    clear();
    const Content content = m_source();
    addScope(this, tr("Sheets shown in the log"), tr("the sheets shown"), content.shown);
    addSeparator();
    QMenu *sets = addMenu(tr("Drawing set"));
    for (const auto &[id, name] : content.sets)
        addScope(sets, name, tr("drawing set “%1”").arg(name),
                 select(content.current, [id = id](const DrawingRow &row) { return row.setId == id; }));
    QMap<QString, qint64> areas;   // by name, for a stable, readable order
    QMap<QString, int> disciplines;
    for (const DrawingRow &row : content.current) {
        if (!row.areaName.isEmpty())
            areas.insert(row.areaName, row.areaId);
        if (!row.discipline.isEmpty())
            disciplines.insert(row.discipline, 0);
    }
    QMenu *areaMenu = addMenu(tr("Area"));
    for (auto it = areas.cbegin(); it != areas.cend(); ++it)
        addScope(areaMenu, it.key(), tr("area “%1”").arg(it.key()),
                 select(content.current, [id = it.value()](const DrawingRow &row) { return row.areaId == id; }));
    QMenu *disciplineMenu = addMenu(tr("Discipline"));
    for (auto it = disciplines.cbegin(); it != disciplines.cend(); ++it)
        addScope(disciplineMenu, it.key(), tr("discipline “%1”").arg(it.key()),
                 select(content.current, [name = it.key()](const DrawingRow &row) { return row.discipline == name; }));
    sets->setEnabled(!sets->isEmpty());
    areaMenu->setEnabled(!areaMenu->isEmpty());
    disciplineMenu->setEnabled(!disciplineMenu->isEmpty());
}

} // namespace sitedesk
