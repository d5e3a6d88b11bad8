#pragma once

#include "drawings/drawingrecords.h"
#include "drawings/drawingrow.h"

#include <QList>

namespace sitedesk {

class CacheDatabase;

// What one Drawings sync read for a project. Areas and sets are always complete (Procore has
// no updated_at filter on them); drawings are complete when the areas' lists were read and
// absent (the cached ones stay) when they were not; revisions are complete on a first sync and
// only the changes (tombstones included) on an incremental one.
struct DrawingSnapshot
{
    QList<DrawingArea> areas;
    QList<DrawingSet> sets;
    QList<Drawing> drawings;
    QList<DrawingRevision> revisions;
    bool drawingsComplete = true;
    bool revisionsComplete = true;
};

// Reads and writes a project's drawing areas, sets, drawings and revisions (schema v4).
// write() is one transaction: on any failure the cached log stays exactly as it was.
class DrawingStore
{
public:
    explicit DrawingStore(CacheDatabase &database);

    // Areas, sets and drawings become the snapshot's; revisions are replaced or merged;
    // revisions of a drawing that is gone, and tombstones, leave the cache.
    bool write(qint64 projectId, const DrawingSnapshot &snapshot, QString *error = nullptr);

    QList<DrawingArea> areas(qint64 projectId) const;   // by name
    QList<DrawingSet> sets(qint64 projectId) const;     // by position
    QList<Drawing> drawings(qint64 projectId) const;    // as stored, for export
    QList<DrawingRow> log(qint64 projectId) const;      // by number
    // Every revision of every drawing as a line of the log: by number, newest revision first.
    QList<DrawingRow> revisionLog(qint64 projectId) const;
    // A drawing's revisions, newest first.
    QList<DrawingRevision> revisions(qint64 projectId, qint64 drawingId) const;
    QList<DrawingRevision> allRevisions(qint64 projectId) const;
    std::optional<DrawingRevision> revision(qint64 revisionId) const;
    // The user opened a drawing at this revision: it is no longer "new since last view".
    bool markViewed(qint64 projectId, qint64 drawingId, qint64 revisionId);
    // A fresh file URL for a revision (after its link expired). Not announced: no view shows URLs.
    bool setPdfUrl(qint64 revisionId, const QString &pdfUrl);
    // Whether an incremental sync's answer is news to the cache: areas other than the cached ones
    // (id or updated_at), or a revision it lacks or holds with another updated_at, or a
    // tombstone of one it holds. The watermark's own second comes back every time: no news.
    bool anyNews(qint64 projectId, const QList<DrawingArea> &areas, const QList<DrawingRevision> &revisions) const;

private:
    bool replaceSimple(qint64 projectId, const DrawingSnapshot &snapshot, QString *error);
    bool writeRevisions(qint64 projectId, const DrawingSnapshot &snapshot, QString *error);
    bool updateViews(qint64 projectId, bool firstSync, QString *error);
    QList<DrawingRevision> selectRevisions(const QString &where, const QVariantList &values) const;
    QList<DrawingRow> selectRows(const QString &sql, qint64 projectId) const;

    CacheDatabase &m_database;
};

} // namespace sitedesk
