#pragma once

#include "drawings/drawingrow.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QStackedWidget;
class QTableView;
class QTreeView;

namespace sitedesk {

class ApiClient;
class CacheDatabase;
class DrawingFilterModel;
class DrawingLogFilterBar;
class DrawingLogGrid;
class DrawingLogModel;
class DrawingSheetPane;
class DrawingTreeModel;
class DrawingThumbnails;
class DrawingViewer;
class DrawingsOfflineBar;
class DrawingsOfflineMenu;
class FileStore;

// The Drawings tab: the area/discipline tree, the drawing log with search-as-you-type, set and
// discipline filters and "Current only" (off: every revision, superseded ones greyed), CSV
// export of the log as shown, and the selected sheet in a PDF viewer with its revision history. Selecting a
// sheet (mouse, arrow keys, Enter) shows it: from this computer when its file is here (no
// network at all), otherwise downloaded with progress through the FileStore. Alt+Up/Alt+Down
// move to the previous/next sheet of the log as filtered and sorted. "Keep offline" pins a
// sheet; "Make available offline" (a menu, and the tree's context menu) downloads and pins the
// sheets shown or a whole set, area or discipline, after saying how much it will download; a
// pin marks the sheets kept offline in the log. The log shows as a table (Alt+1) or as a grid
// of sheet thumbnails (Alt+2) over the same filters and selection; thumbnails load only for
// the tiles on screen and stay on disk with the downloaded sheets. The log loads off the UI
// thread (DrawingLogModel); until it is there the count says it is loading. The sheet and its
// history are a DrawingSheetPane. No SQL here: the log model carries the rows and the sets.
class DrawingsTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DrawingsTab)

public:
    // Downloads go through `api` (its network and tokens); without one, only sheets already
    // on this computer open.
    explicit DrawingsTab(ApiClient *api = nullptr, QWidget *parent = nullptr);
    ~DrawingsTab() override;

    void setSource(CacheDatabase *cache, qint64 projectId);
    // Disk the downloaded sheets may use before the least recently used unpinned ones go.
    void setFileCacheLimit(qint64 bytes);

    // Shows a drawing's current revision (or `revisionId` of it); false when not in the log.
    bool openDrawing(qint64 drawingId, qint64 revisionId = 0);
    void openNext(int step);
    // Writes the log's rows as shown (filtered and sorted) to `path` as CSV; false with *error.
    bool exportCsv(const QString &path, QString *error = nullptr) const;
    QList<DrawingRow> shownRows() const;

    FileStore *fileStore() const { return m_files; }
    DrawingViewer *viewer() const;
    QTableView *log() const { return m_table; }
    QListView *grid() const;
    // Thumbnails (true) or the table (false).
    void setGridMode(bool grid);
    bool gridMode() const;
    DrawingThumbnails *thumbnails() const { return m_thumbnails; }
    QTreeView *tree() const { return m_tree; }
    QLineEdit *searchField() const;
    QCheckBox *currentOnlyBox() const;
    QComboBox *disciplineFilter() const;
    QComboBox *setFilter() const;
    QTableView *revisionsTable() const;
    DrawingFilterModel *filterModel() const { return m_filter; }
    DrawingLogModel *logModel() const { return m_model; }
    DrawingsOfflineBar *offlineBar() const { return m_offlineBar; }
    DrawingsOfflineMenu *offlineMenu() const { return m_offlineMenu; }

private:
    void onTreeSelection();
    void onCurrentRow();
    void showTreeMenu(const QPoint &position);
    void reloadFilters();
    void updateCount();
    void onDisciplineChosen();
    void chooseExport();
    QString titleOf(int logRow) const;
    void showInLog(const QModelIndex &index);
    QWidget *createViewSwitch();

    DrawingLogModel *m_model;
    DrawingFilterModel *m_filter;
    DrawingTreeModel *m_treeModel;
    QTreeView *m_tree;
    DrawingLogFilterBar *m_filterBar;
    QLabel *m_count;
    DrawingsOfflineBar *m_offlineBar;
    DrawingsOfflineMenu *m_offlineMenu;
    QTableView *m_table;
    DrawingLogGrid *m_grid;
    QStackedWidget *m_logStack;
    QAction *m_gridAction = nullptr;
    DrawingSheetPane *m_sheet;
    QPointer<ApiClient> m_api;
    QPointer<CacheDatabase> m_cache;
    FileStore *m_files = nullptr;
    DrawingThumbnails *m_thumbnails = nullptr;
    qint64 m_fileCacheLimit = 0;   // 0: the FileStore's default
    qint64 m_projectId = 0;
};

} // namespace sitedesk
