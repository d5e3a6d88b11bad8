#pragma once

#include "api/listitems.h"
#include "drawings/drawingstore.h"
#include "sync/toolsync.h"

#include <QList>
#include <QPointer>

#include <memory>

namespace sitedesk {

class PagedReply;

// The Drawings tool's sync for one project (tool "drawings"), in steps:
//   1. drawing areas (GET /rest/v1.1/projects/{id}/drawing_areas) and drawing sets
//      (GET /rest/v1.0/projects/{id}/drawing_sets): no updated_at filter, read in full;
//   2. revisions (GET /rest/v1.0/projects/{id}/drawing_revisions): everything on the first
//      run; afterwards only filters[updated_at] from the watermark, with filters[deleted]=with
//      so deleted revisions come back as tombstones and leave the cache;
//   3. per area, its current drawings (GET /rest/v1.1/drawing_areas/{id}/drawings), each with
//      its current_revision: read in full, so a withdrawn drawing leaves — on a first sync,
//      when step 1 or 2 brought news (DrawingStore::anyNews), and otherwise
//      when the last full read is due (fullread.h, "drawing_lists"). Skipped, the cached
//      drawings stay; an expired file URL is asked for again when opened (drawingfileurls.h).
// Everything is written in one transaction at the end: a failed step keeps the previous log.
// Drawings and revisions become records page by page as they arrive, and are written, on the
// cache writer's thread (cachewriter.h): tens of thousands of them would otherwise hold the
// window for seconds, and their parsed pages, kept to the end, most of a sync's memory.
class DrawingsSync final : public ToolSync
{
    Q_OBJECT

public:
    using ToolSync::ToolSync;
    static QString name() { return QStringLiteral("drawings"); }

    void start(const SyncContext &context) override;
    void cancel() override;
    int recordCount() const override { return m_records; }

private:
    PagedReply *fetch(const QString &path, const QUrlQuery &query, int maxPerPage);
    void onAreas();
    void onSets();
    void listDrawings(bool needed);
    void nextArea();
    void onDrawings();
    struct Intake;
    static void addDrawings(Intake &intake, const ListItems &page, qint64 projectId, qint64 areaId);
    static void addRevisions(Intake &intake, const ListItems &page, qint64 projectId);
    void fetchRevisions();
    void onRevisions();
    void write();
    void onWritten(bool ok, bool listed, int records, const QString &watermark, const QString &error);
    void stop(const ApiError &error);
    void step();

    SyncContext m_context;
    QPointer<PagedReply> m_paged;
    DrawingSnapshot m_snapshot;
    std::shared_ptr<Intake> m_intake;   // used on the cache writer's thread only
    QString m_watermark;
    int m_areaIndex = -1;
    int m_stepsTotal = 3;
    int m_records = 0;
    int m_stepsDone = 0;
    bool m_cancelled = false;
    bool m_done = false;
};

} // namespace sitedesk
