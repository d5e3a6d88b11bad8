#include "drawings/drawingsheetpane.h"

#include "api/apiclient.h"
#include "cache/cachedatabase.h"
#include "drawings/drawingrecords.h"
#include "drawings/drawingrevisionsmodel.h"
#include "drawings/drawingviewer.h"
#include "files/filefetch.h"
#include "files/filestore.h"

#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

namespace sitedesk {

DrawingSheetPane::DrawingSheetPane(ApiClient *api, QWidget *parent)
    : QWidget(parent),
      m_revisions(new DrawingRevisionsModel(this)),
      m_viewer(new DrawingViewer(this)),
      m_revisionsTable(new QTableView(this)),
      m_api(api)
{
    m_revisionsTable->setObjectName(QStringLiteral("drawingRevisions"));
    m_revisionsTable->setModel(m_revisions);
    m_revisionsTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_revisionsTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_revisionsTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_revisionsTable->verticalHeader()->hide();
    m_revisionsTable->horizontalHeader()->setStretchLastSection(true);
    m_revisionsTable->setWordWrap(false);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_viewer);
    auto *history = new QWidget(this);
    auto *historyLayout = new QVBoxLayout(history);
    historyLayout->setContentsMargins(0, 0, 0, 0);
    historyLayout->addWidget(new QLabel(tr("Revision history"), history));
    historyLayout->addWidget(m_revisionsTable);
    split->addWidget(history);
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    connect(m_revisionsTable, &QTableView::activated, this, &DrawingSheetPane::onRevisionChosen);
    connect(m_revisionsTable, &QTableView::clicked, this, &DrawingSheetPane::onRevisionChosen);
    connect(m_viewer, &DrawingViewer::previousSheet, this, &DrawingSheetPane::previousSheet);
    connect(m_viewer, &DrawingViewer::nextSheet, this, &DrawingSheetPane::nextSheet);
    connect(m_viewer, &DrawingViewer::pinToggled, this, &DrawingSheetPane::setPinned);
}

void DrawingSheetPane::setSource(CacheDatabase *cache, qint64 projectId, FileStore *files)
{
    if (m_fetch)
        m_fetch->disconnect(this);
    m_cache = cache;
    m_projectId = projectId;
    m_files = files;
    m_drawingId = 0;
    m_revisionId = 0;
    m_pdfUrl.clear();
    m_revisions->setSource(cache, projectId, 0);
    m_viewer->showMessage(tr("Choose a sheet in the log to see it here."));
}

void DrawingSheetPane::showSheet(qint64 drawingId, qint64 revisionId, const QString &pdfUrl, const QString &title)
{
    m_drawingId = drawingId;
    m_revisions->setSource(m_cache, m_projectId, drawingId);
    showRevision(revisionId, pdfUrl, title);
}

bool DrawingSheetPane::showHistoryRevision(qint64 revisionId)
{
    if (revisionId == m_revisionId)
        return true;
    const int row = m_revisions->rowOf(revisionId);
    if (row < 0)
        return false;
    onRevisionChosen(m_revisions->index(row, 0));
    return true;
}

void DrawingSheetPane::onRevisionChosen(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const DrawingRevision &revision = m_revisions->revisions().at(index.row());
    showRevision(revision.id, revision.pdfUrl, tr("%1 – %2 (revision %3)").arg(revision.number, revision.title, revision.revisionNumber));
}

void DrawingSheetPane::showRevision(qint64 revisionId, const QString &pdfUrl, const QString &title)
{
    m_revisionId = revisionId;
    m_pdfUrl = pdfUrl;
    if (m_fetch)
        m_fetch->disconnect(this);   // a download of a sheet no longer shown goes on, into the cache
    const int historyRow = m_revisions->rowOf(revisionId);
    if (historyRow >= 0)
        m_revisionsTable->selectRow(historyRow);
    if (!m_files)
        return m_viewer->showMessage(tr("Open a project to see its drawings."));
    const QString key = DrawingRevision::fileKeyFor(revisionId);
    m_viewer->setPinned(m_files->isPinned(key));
    // A sheet on this computer opens at once, with no network at all.
    const QString local = m_files->localPath(key);
    if (!local.isEmpty())
        return m_viewer->showFile(local, title);
    if (!m_api || pdfUrl.isEmpty())
        return m_viewer->showMessage(tr("This sheet is not on this computer, and Sitedesk cannot reach Procore to get it."));
    m_viewer->showProgress(title, 0, -1);
    m_fetch = m_files->fetch(key, QUrl(pdfUrl));
    connect(m_fetch, &FileFetch::progress, this, [this, title](qint64 received, qint64 total) {
        m_viewer->showProgress(title, received, total);
    });
    connect(m_fetch, &FileFetch::finished, this, [this, title, revisionId](const QString &path, const ApiError &error) {
        if (revisionId != m_revisionId)
            return;
        if (error)
            return m_viewer->showMessage(error.userMessage());
        m_viewer->showFile(path, title);
    });
}

void DrawingSheetPane::setPinned(bool pinned)
{
    if (!m_files || m_revisionId == 0)
        return;
    const QString key = DrawingRevision::fileKeyFor(m_revisionId);
    if (m_files->setPinned(key, pinned) || !pinned)
        return;
    // Not downloaded yet: pin once it is here (an expired link is renewed by the FileStore).
    if (!m_api || m_pdfUrl.isEmpty())
        return m_viewer->setPinned(false);
    FileFetch *fetch = m_files->fetch(key, QUrl(m_pdfUrl));
    connect(fetch, &FileFetch::finished, this, [this, key](const QString &, const ApiError &error) {
        if (!error && m_files)
            m_files->setPinned(key, true);
    });
}

} // namespace sitedesk
