#pragma once

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
// it. A sheet whose current revision arrived since it was last opened is bold (NewRole) until
// markViewed(). Number carries whether the row's PDF is on this computer (OfflineRole: NotLocal, Local,
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
    const QList<DrawingRow> &rows() const { return m_rows; }
    // The row of a drawing's current revision (its first row when that is not listed); -1 if none.
    int rowOf(qint64 drawingId) const;
    int rowOfRevision(qint64 revisionId) const;
    // The user opened this drawing: its rows are no longer "new since last view" (kept in the cache).
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
    void reloadOffline();

private:
    void onCacheChanged(const QStringList &tables);
    void onThumbnailReady(qint64 revisionId);
    QVariant thumbnail(const DrawingRow &row) const;
    QVariant display(const DrawingRow &row, int column) const;

    QPointer<CacheDatabase> m_cache;
    qint64 m_projectId = 0;
    QList<DrawingRow> m_rows;
    QHash<qint64, Offline> m_offline;   // by revision id
    bool m_allRevisions = false;
    QPointer<ThumbnailSource> m_thumbnails;
    mutable QIcon m_placeholder;
};

} // namespace sitedesk
