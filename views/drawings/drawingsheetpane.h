#pragma once

#include <QPointer>
#include <QWidget>

class QTableView;

namespace sitedesk {

class ApiClient;
class CacheDatabase;
class DrawingRevisionsModel;
class DrawingViewer;
class FileFetch;
class FileStore;

// The right side of the Drawings tab: one sheet's PDF in the viewer and the drawing's revision
// history under it. A sheet whose file is on this computer opens at once with no network;
// otherwise it is downloaded through the FileStore with progress, and a download of a sheet no
// longer shown goes on into the cache. "Keep offline" pins the sheet (downloading it first).
class DrawingSheetPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DrawingSheetPane)

public:
    // Downloads go through `api`; without one, only sheets already on this computer open.
    explicit DrawingSheetPane(ApiClient *api, QWidget *parent = nullptr);

    // A new project or cache: the history empties and the viewer says how to choose a sheet.
    void setSource(CacheDatabase *cache, qint64 projectId, FileStore *files);
    // Shows a revision of a drawing; the history lists that drawing's revisions.
    void showSheet(qint64 drawingId, qint64 revisionId, const QString &pdfUrl, const QString &title);
    // Shows another revision of the drawing shown, from its history; false when not listed.
    bool showHistoryRevision(qint64 revisionId);

    qint64 drawingId() const { return m_drawingId; }
    qint64 revisionId() const { return m_revisionId; }
    DrawingViewer *viewer() const { return m_viewer; }
    QTableView *revisionsTable() const { return m_revisionsTable; }

signals:
    void previousSheet();
    void nextSheet();

private:
    void onRevisionChosen(const QModelIndex &index);
    void showRevision(qint64 revisionId, const QString &pdfUrl, const QString &title);
    void setPinned(bool pinned);

    DrawingRevisionsModel *m_revisions;
    DrawingViewer *m_viewer;
    QTableView *m_revisionsTable;
    QPointer<ApiClient> m_api;
    QPointer<CacheDatabase> m_cache;
    QPointer<FileStore> m_files;
    QPointer<FileFetch> m_fetch;
    qint64 m_projectId = 0;
    qint64 m_drawingId = 0;
    qint64 m_revisionId = 0;
    QString m_pdfUrl;   // of the revision shown, for "Keep offline" before it is downloaded
};

} // namespace sitedesk
