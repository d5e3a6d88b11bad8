#pragma once

#include "drawings/drawingrow.h"
#include "files/offlinedownload.h"

#include <QMenu>

#include <functional>

namespace sitedesk {

// The Drawings tab's "Make available offline" menu: the sheets the log shows, or a whole
// drawing set, area or discipline (submenus), each with its count of sheets. Rebuilt each time
// it opens from what the tab gives then; choosing an entry emits chosen() with the sheets'
// files (their current revisions, except the superseded rows the log shows on purpose).
class DrawingsOfflineMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DrawingsOfflineMenu)

public:
    struct Content
    {
        QList<DrawingRow> shown;     // as the log shows them now
        QList<DrawingRow> current;   // every current sheet of the project
        QList<QPair<qint64, QString>> sets;   // id, name, in the project's order
    };
    using ContentSource = std::function<Content()>;

    explicit DrawingsOfflineMenu(ContentSource source, QWidget *parent = nullptr);

    static QList<OfflineItem> itemsOf(const QList<DrawingRow> &rows);
    // The current sheets of an area (areaId) or discipline, for the tree's context menu.
    static QList<DrawingRow> select(const QList<DrawingRow> &rows, const std::function<bool(const DrawingRow &)> &keep);

signals:
    void chosen(const QString &scope, const QList<sitedesk::OfflineItem> &items);

private:
    void rebuild();
    void addScope(QMenu *menu, const QString &text, const QString &scope, const QList<DrawingRow> &rows);

    ContentSource m_source;
};

} // namespace sitedesk
