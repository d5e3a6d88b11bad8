#pragma once

#include "drawings/drawingrecords.h"
#include "drawings/drawingrow.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>
#include <QList>
#include <QPointer>

namespace sitedesk {

class CacheDatabase;
class ThumbnailSource;

// The drawing log of one project: a row per current drawing (number, title, discipline,
// current revision, set, area, dates) — or, with setAllRevisions(true), a row per revision,
// superseded ones greyed — read from the cache and reloaded when a sync or a download changes
// it. Built for 20,000 sheets: reload() reads the rows (and which PDFs are on this computer) on
// a pool thread with that thread's own connection, a newer reload() makes an older answer
// stale, and the rows replace the old ones at once on the UI thread, then loaded(). A sheet
// whose current revision arrived since it was last opened is bold (NewRole) until markViewed(). Number carries whether the row's PDF is on this computer (OfflineRole: NotLocal, Local,
// Pinned), so the log shows which sheets open without network. ThumbnailRole (the grid's picture,
// a QIcon) answers at once: the revision's thumbnail when the source has it in memory, else a
// blank sheet while the source loads it in the background (only rows a view paints ask).
class DrawingLogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DrawingLogModel)

public:
    enum Column { Number, Title, Discipline, Revision, Set, Area, DrawingDate, ReceivedDate, Updated, ColumnCount };
    enum Role { SortRole = Qt::UserRole, IdRole, RevisionIdRole, AreaIdRole, SetIdRole, DisciplineRole, OfflineRole, PdfUrlRole, CurrentRole, NewRole, ThumbnailRole };
    enum Offline { NotLocal, Local, Pinned };

    explicit DrawingLogModel(QObject *parent = nullptr);

    void setSource(CacheDatabase *cache, qint64 projectId);
    // Every revision as its own row (true), or only each drawing's current one (the default).
    void setAllRevisions(bool all);
    bool allRevisions() const { return m_allRevisions; }
    // In sheet-number order (natural: "A-9" before "A-10"); a drawing's revisions newest first.
    const QList<DrawingRow> &rows() const { return m_rows; }
    // The project's drawing sets (by position), loaded with the rows: the set filter's choices.
    const QList<DrawingSet> &sets() const { return m_sets; }
    // The row of a drawing's current revision (its first row when that is not listed); -1 if none.
    int rowOf(qint64 drawingId) const;
    int rowOfRevision(qint64 revisionId) const;
    // A reload() is under way: the rows shown are the previous ones (none at first).
    bool isLoading() const { return m_loadedGeneration != m_generation; }
    // The user opened this drawing: its rows are no longer "new since last view" (kept in the
    // cache, written on a pool thread).
    void markViewed(qint64 drawingId);
    Offline offline(int row) const;
    void setThumbnails(ThumbnailSource *source);
    QIcon placeholder() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

public slots:
    void reload();
    // Which rows' PDFs are on this computer, read again (a download or a pin changed them).
    void reloadOffline();

signals:
    // The rows of the latest reload() are in place (a model reset came first).
    void loaded();

private:
    using OfflineMap = QHash<qint64, Offline>;   // by revision id; absent: NotLocal
    struct LoadedLog
    {
        QList<DrawingRow> rows;
        QList<DrawingSet> sets;
        OfflineMap offline;
    };
    static OfflineMap readOffline(CacheDatabase &cache, const QList<qint64> &revisionIds);
    void setLog(LoadedLog log);
    void setOffline(const OfflineMap &offline);
    void onCacheChanged(const QStringList &tables);
    void onThumbnailReady(qint64 revisionId);
    QVariant thumbnail(const DrawingRow &row) const;
    QVariant display(const DrawingRow &row, int column) const;

    QPointer<CacheDatabase> m_cache;
    qint64 m_projectId = 0;
    QList<DrawingRow> m_rows;
    QList<DrawingSet> m_sets;
    OfflineMap m_offline;
    QHash<qint64, qint64> m_viewed;   // drawing id → revision opened in this session
    bool m_allRevisions = false;
    int m_generation = 0;          // of the latest reload()
    int m_loadedGeneration = 0;    // of the rows in place
    int m_offlineGeneration = 0;   // of the latest reloadOffline()
    QPointer<ThumbnailSource> m_thumbnails;
    mutable QIcon m_placeholder;
};

} // namespace sitedesk
