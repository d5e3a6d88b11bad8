#include "drawings/drawingstab.h"

#include "api/apiclient.h"
#include "cache/cachedatabase.h"
#include "drawings/drawingfileurls.h"
#include "drawings/drawingfiltermodel.h"
#include "drawings/drawinglogfilterbar.h"
#include "drawings/drawinglogexport.h"
#include "drawings/drawingloggrid.h"
#include "drawings/drawinglogmodel.h"
#include "drawings/drawingrecords.h"
#include "drawings/drawingsheetpane.h"
#include "drawings/drawingthumbnails.h"
#include "drawings/drawingtreemodel.h"
#include "drawings/drawingsofflinebar.h"
#include "drawings/drawingsofflinemenu.h"
#include "drawings/drawingviewer.h"
#include "drawings/offlinemarkdelegate.h"
#include "files/filestore.h"

#include <QAction>
#include <QActionGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSaveFile>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace sitedesk {

DrawingsTab::DrawingsTab(ApiClient *api, QWidget *parent)
    : QWidget(parent),
      m_model(new DrawingLogModel(this)),
      m_filter(new DrawingFilterModel(this)),
      m_treeModel(new DrawingTreeModel(this)),
      m_tree(new QTreeView(this)),
      m_filterBar(new DrawingLogFilterBar(m_model, m_filter, this)),
      m_count(new QLabel(this)),
      m_offlineBar(new DrawingsOfflineBar(this)),
      m_table(new QTableView(this)),
      m_grid(new DrawingLogGrid(this)),
      m_logStack(new QStackedWidget(this)),
      m_sheet(new DrawingSheetPane(api, this)),
      m_api(api)
{
    m_filter->setLog(m_model);
    m_tree->setObjectName(QStringLiteral("drawingTree"));
    m_tree->setModel(m_treeModel);
    m_tree->setHeaderHidden(true);
    m_count->setObjectName(QStringLiteral("drawingCount"));
    m_table->setObjectName(QStringLiteral("drawingLog"));
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(DrawingLogModel::Number, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Column widths from the first 100 rows, not 1,000 (Qt's default): measuring text for 9,000
    // cells was most of the UI thread's work as a 20,000-sheet log opened.
    m_table->horizontalHeader()->setResizeContentsPrecision(100);
    m_table->setWordWrap(false);
    m_grid->setModel(m_filter);
    m_grid->setSelectionModel(m_table->selectionModel());   // one selection: the open sheet
    m_grid->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_logStack->addWidget(m_table);
    m_logStack->addWidget(m_grid);
    m_tree->setMinimumWidth(170);

    m_offlineMenu = new DrawingsOfflineMenu([this] {
        DrawingsOfflineMenu::Content content{shownRows(), DrawingsOfflineMenu::select(m_model->rows(), [](const DrawingRow &row) { return row.isCurrent(); }), {}};
        for (const DrawingSet &set : m_model->sets())
            content.sets.append({set.id, set.name});
        return content;
    }, this);
    connect(m_offlineMenu, &DrawingsOfflineMenu::chosen, m_offlineBar, &DrawingsOfflineBar::offer);
    connect(m_offlineBar, &DrawingsOfflineBar::jobEnded, m_model, &DrawingLogModel::reloadOffline);
    auto *keepOffline = new QToolButton(this);
    keepOffline->setObjectName(QStringLiteral("drawingMakeOffline"));
    keepOffline->setText(tr("Make available offline"));
    keepOffline->setToolTip(tr("Download the sheets shown, or a whole drawing set, area or discipline, and keep them on this computer"));
    keepOffline->setMenu(m_offlineMenu);
    keepOffline->setPopupMode(QToolButton::InstantPopup);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tree, &QWidget::customContextMenuRequested, this, &DrawingsTab::showTreeMenu);
    m_table->setItemDelegateForColumn(DrawingLogModel::Number, new OfflineMarkDelegate(m_table));

    auto *exportButton = new QToolButton(this);
    exportButton->setObjectName(QStringLiteral("drawingExport"));
    exportButton->setText(tr("Export CSV…"));
    exportButton->setToolTip(tr("Save the log as shown to a CSV file"));
    connect(exportButton, &QToolButton::clicked, this, &DrawingsTab::chooseExport);

    auto *logPane = new QWidget(this);
    auto *logLayout = new QVBoxLayout(logPane);
    logLayout->setContentsMargins(0, 0, 0, 0);
    logLayout->addWidget(m_filterBar);
    logLayout->addWidget(m_logStack, 1);
    auto *status = new QHBoxLayout;
    status->addWidget(m_count, 1);
    status->addWidget(createViewSwitch());
    status->addWidget(keepOffline);
    status->addWidget(exportButton);
    logLayout->addLayout(status);
    logLayout->addWidget(m_offlineBar);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_tree);
    split->addWidget(logPane);
    split->addWidget(m_sheet);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    split->setStretchFactor(2, 4);
    split->setSizes({180, 520, 700});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);

    connect(m_filterBar, &DrawingLogFilterBar::disciplineChosen, this, &DrawingsTab::onDisciplineChosen);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_filter, signal, this, &DrawingsTab::updateCount);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &DrawingsTab::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &DrawingsTab::reloadFilters);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &DrawingsTab::onTreeSelection);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &DrawingsTab::onCurrentRow);
    connect(m_sheet, &DrawingSheetPane::previousSheet, this, [this] { openNext(-1); });
    connect(m_sheet, &DrawingSheetPane::nextSheet, this, [this] { openNext(1); });

    auto *previous = new QAction(this);
    previous->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    previous->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(previous, &QAction::triggered, this, [this] { openNext(-1); });
    auto *next = new QAction(this);
    next->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    next->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(next, &QAction::triggered, this, [this] { openNext(1); });
    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, this, [this] { searchField()->setFocus(); searchField()->selectAll(); });
    addActions({previous, next, find});
}

DrawingsTab::~DrawingsTab()
{
    // Downloads cancelled now report to a tab that is still whole.
    m_offlineBar->setFileStore(nullptr);
    delete m_thumbnails;
    delete m_files;
}

// "List" and "Thumbnails", checkable and exclusive, with Alt+1 and Alt+2 (the viewer's Ctrl+2 is Fit width).
QWidget *DrawingsTab::createViewSwitch()
{
    auto *group = new QActionGroup(this);
    auto *list = group->addAction(tr("List"));
    list->setShortcut(QKeySequence(Qt::ALT | Qt::Key_1));
    list->setToolTip(tr("Show the log as a table (Alt+1)"));
    m_gridAction = group->addAction(tr("Thumbnails"));
    m_gridAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_2));
    m_gridAction->setToolTip(tr("Show the log as sheet thumbnails (Alt+2)"));
    auto *box = new QWidget(this);
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(0);
    for (QAction *action : {list, m_gridAction}) {
        action->setCheckable(true);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        auto *button = new QToolButton(box);
        button->setDefaultAction(action);
        row->addWidget(button);
        addAction(action);
    }
    m_gridAction->setObjectName(QStringLiteral("drawingGridMode"));
    list->setChecked(true);
    connect(m_gridAction, &QAction::toggled, this, &DrawingsTab::setGridMode);
    return box;
}

QListView *DrawingsTab::grid() const { return m_grid; }
DrawingViewer *DrawingsTab::viewer() const { return m_sheet->viewer(); }
QTableView *DrawingsTab::revisionsTable() const { return m_sheet->revisionsTable(); }
bool DrawingsTab::gridMode() const { return m_logStack->currentWidget() == m_grid; }

void DrawingsTab::setGridMode(bool grid)
{
    QAbstractItemView *shown = grid ? static_cast<QAbstractItemView *>(m_grid) : m_table;
    QAbstractItemView *hidden = grid ? static_cast<QAbstractItemView *>(m_table) : m_grid;
    const bool hadFocus = hidden->hasFocus();
    m_gridAction->setChecked(grid);
    m_logStack->setCurrentWidget(shown);
    if (hadFocus)
        shown->setFocus();
    if (m_table->currentIndex().isValid())
        shown->scrollTo(m_table->currentIndex());
}

void DrawingsTab::showInLog(const QModelIndex &index)
{
    m_table->setCurrentIndex(index);
    (gridMode() ? static_cast<QAbstractItemView *>(m_grid) : m_table)->scrollTo(index);
}

void DrawingsTab::setSource(CacheDatabase *cache, qint64 projectId)
{
    if (cache != m_cache) {
        m_offlineBar->setFileStore(nullptr);   // a download for the old cache stops first
        m_model->setThumbnails(nullptr);
        delete m_thumbnails;
        m_thumbnails = nullptr;
        delete m_files;
        m_files = nullptr;
        m_cache = cache;
        if (m_cache && m_cache->isOpen()) {
            m_files = new FileStore(m_api, m_cache, FileStore::defaultFolder(*m_cache), this);
            DrawingFileUrls::install(*m_files, m_api, m_cache);
            if (m_fileCacheLimit > 0)
                m_files->setSizeLimit(m_fileCacheLimit);
            m_thumbnails = new DrawingThumbnails(m_files, [this](qint64 revisionId) {
                const int row = m_model->rowOfRevision(revisionId);
                return row < 0 ? QUrl() : QUrl(m_model->rows().at(row).thumbnailUrl);
            }, this);
            m_model->setThumbnails(m_thumbnails);
        }
        m_offlineBar->setFileStore(m_files);
    }
    m_projectId = projectId;
    m_sheet->setSource(cache, projectId, m_files);
    m_model->setSource(cache, projectId);
    updateCount();
}

void DrawingsTab::setFileCacheLimit(qint64 bytes)
{
    m_fileCacheLimit = bytes;
    if (m_files && bytes > 0)
        m_files->setSizeLimit(bytes);
}

QLineEdit *DrawingsTab::searchField() const { return m_filterBar->searchField(); }
QCheckBox *DrawingsTab::currentOnlyBox() const { return m_filterBar->currentOnlyBox(); }
QComboBox *DrawingsTab::disciplineFilter() const { return m_filterBar->disciplineFilter(); }
QComboBox *DrawingsTab::setFilter() const { return m_filterBar->setFilter(); }

void DrawingsTab::reloadFilters()
{
    m_treeModel->setRows(m_model->rows());
    m_tree->expandToDepth(0);
    m_filterBar->reload(m_model->sets());
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(DrawingLogModel::Title, std::min(m_table->columnWidth(DrawingLogModel::Title), 260));
    // Keep the open sheet selected across a sync or a switch between current and every revision.
    int row = m_model->rowOfRevision(m_sheet->revisionId());
    if (row < 0)
        row = m_model->rowOf(m_sheet->drawingId());
    if (row >= 0)
        m_table->setCurrentIndex(m_filter->mapFromSource(m_model->index(row, 0)));
}

void DrawingsTab::updateCount()
{
    m_count->setText(m_model->isLoading() && m_model->rowCount() == 0 ? tr("Loading the drawing log…")
                                                                      : tr("%n sheet(s)", nullptr, m_filter->rowCount()));
}

void DrawingsTab::onTreeSelection()
{
    const QModelIndex current = m_tree->currentIndex();
    const QString discipline = current.data(DrawingTreeModel::DisciplineRole).toString();
    m_filter->setArea(current.data(DrawingTreeModel::AreaIdRole).toLongLong());
    m_filter->setDiscipline(discipline);
    m_filterBar->showDiscipline(discipline);
}

void DrawingsTab::onDisciplineChosen()
{
    // A discipline node of the tree gives way to its area, so tree and filter never disagree.
    const QModelIndex current = m_tree->currentIndex();
    if (current.isValid() && !current.data(DrawingTreeModel::DisciplineRole).toString().isEmpty()) {
        const QSignalBlocker blocker(m_tree->selectionModel());
        m_tree->setCurrentIndex(current.parent());
    }
}

QList<DrawingRow> DrawingsTab::shownRows() const
{
    QList<DrawingRow> rows;
    rows.reserve(m_filter->rowCount());
    for (int i = 0; i < m_filter->rowCount(); ++i)
        rows.append(m_model->rows().at(m_filter->mapToSource(m_filter->index(i, 0)).row()));
    return rows;
}

bool DrawingsTab::exportCsv(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(drawinglogexport::csv(shownRows())) < 0 || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

void DrawingsTab::chooseExport()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Drawing Log"), tr("drawing log") + QStringLiteral(".csv"),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (exportCsv(path, &error))
        m_offlineBar->showStatus(tr("Saved %n sheet(s) to %1", nullptr, m_filter->rowCount()).arg(QDir::toNativeSeparators(path)));
    else
        m_offlineBar->showStatus(tr("Could not save %1: %2").arg(QDir::toNativeSeparators(path), error));
}

QString DrawingsTab::titleOf(int logRow) const
{
    const DrawingRow &row = m_model->rows().at(logRow);
    return row.revisionNumber.isEmpty() ? tr("%1 – %2").arg(row.number, row.title)
                                        : tr("%1 – %2 (revision %3)").arg(row.number, row.title, row.revisionNumber);
}

void DrawingsTab::onCurrentRow()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const int row = m_filter->mapToSource(current).row();
    const DrawingRow drawing = m_model->rows().at(row);   // a copy: markViewed() changes the rows
    if (drawing.id == m_sheet->drawingId() && drawing.revisionId == m_sheet->revisionId())
        return;
    m_model->markViewed(drawing.id);   // opened: no longer "new since last view"
    m_sheet->viewer()->setNavigation(current.row() > 0, current.row() + 1 < m_filter->rowCount());
    m_sheet->showSheet(drawing.id, drawing.revisionId, drawing.pdfUrl, titleOf(row));
}

bool DrawingsTab::openDrawing(qint64 drawingId, qint64 revisionId)
{
    const int row = m_model->rowOf(drawingId);
    if (row < 0)
        return false;
    const QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return false;
    showInLog(index);
    return revisionId == 0 || m_sheet->showHistoryRevision(revisionId);
}

void DrawingsTab::openNext(int step)
{
    const int row = m_table->currentIndex().row() + step;
    if (row < 0 || row >= m_filter->rowCount())
        return;
    showInLog(m_filter->index(row, 0));
}

void DrawingsTab::showTreeMenu(const QPoint &position)
{
    const QModelIndex node = m_tree->indexAt(position);
    if (!node.isValid())
        return;
    const qint64 areaId = node.data(DrawingTreeModel::AreaIdRole).toLongLong();
    const QString discipline = node.data(DrawingTreeModel::DisciplineRole).toString();
    const QList<DrawingRow> rows = DrawingsOfflineMenu::select(m_model->rows(), [areaId, discipline](const DrawingRow &row) {
        return row.isCurrent() && (areaId == 0 || row.areaId == areaId) && (discipline.isEmpty() || row.discipline == discipline);
    });
    // The node's name without its count: "Building A", "Structural in Building A".
    QString areaName;
    for (const DrawingRow &row : m_model->rows())
        if (row.areaId == areaId && areaId != 0)
            areaName = row.areaName;
    const QString name = !discipline.isEmpty() ? (areaName.isEmpty() ? discipline : tr("%1 in %2").arg(discipline, areaName))
                         : !areaName.isEmpty() ? areaName
                                               : tr("All drawings");
    QMenu menu(this);
    QAction *keep = menu.addAction(tr("Make “%1” available offline…").arg(name));
    keep->setEnabled(!rows.isEmpty());
    connect(keep, &QAction::triggered, this, [this, name, rows] { m_offlineBar->offer(tr("“%1”").arg(name), DrawingsOfflineMenu::itemsOf(rows)); });
    menu.exec(m_tree->viewport()->mapToGlobal(position));
}

} // namespace sitedesk
