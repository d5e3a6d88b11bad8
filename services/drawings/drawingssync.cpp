#include "drawings/drawingssync.h"

#include "api/apiclient.h"
#include "api/pagedreply.h"
#include "cache/cachedatabase.h"
#include "cache/syncstatestore.h"
#include "sync/cachewriter.h"
#include "sync/fullread.h"

#include <QJsonObject>

#include <memory>
#include <utility>

namespace sitedesk {

namespace {

constexpr int maxPerPage = 1000;

// The sync_state row of the areas' drawings lists' last full read (fullread.h).
QString listsRead()
{
    return QStringLiteral("drawing_lists");
}

QUrlQuery projectQuery(qint64 projectId)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("project_id"), QString::number(projectId));
    return query;
}

} // namespace

// Drawings and revisions as records, filled page by page on the cache writer's thread.
struct DrawingsSync::Intake
{
    QList<Drawing> drawings;
    QList<DrawingRevision> revisions;
    QString watermark;
};

PagedReply *DrawingsSync::fetch(const QString &path, const QUrlQuery &query, int perPage)
{
    ApiRequest request = ApiRequest::get(path, query, m_context.companyId);
    request.maxPerPage = perPage;
    m_paged = m_context.api->fetchAll(request);
    return m_paged;
}

void DrawingsSync::start(const SyncContext &context)
{
    m_context = context;
    m_snapshot = {};
    m_intake = std::make_shared<Intake>();
    m_records = 0;
    m_stepsDone = 0;
    m_areaIndex = -1;
    m_stepsTotal = 3;
    m_cancelled = false;
    m_done = false;
    const auto state = SyncStateStore(*context.cache).state(context.projectId, name());
    m_watermark = state && state->lastSuccess.isValid() ? state->watermark : QString();
    connect(fetch(QStringLiteral("/rest/v1.1/projects/%1/drawing_areas").arg(context.projectId), {}, maxPerPage),
            &PagedReply::finished, this, &DrawingsSync::onAreas);
}

void DrawingsSync::cancel()
{
    m_cancelled = true;
    if (m_paged)
        m_paged->abort();
}

void DrawingsSync::step()
{
    // Areas, sets, revisions, and one step per area whose drawings are read.
    emit progress(++m_stepsDone, m_stepsTotal);
}

void DrawingsSync::onAreas()
{
    PagedReply *reply = m_paged;
    reply->deleteLater();
    if (reply->error())
        return stop(reply->error());
    for (const QJsonValue &item : reply->items())
        if (auto area = DrawingArea::fromJson(item.toObject(), m_context.projectId))
            m_snapshot.areas.append(*area);
    m_stepsTotal = 3 + int(m_snapshot.areas.size());   // lists included until known to be skipped
    step();
    connect(fetch(QStringLiteral("/rest/v1.0/projects/%1/drawing_sets").arg(m_context.projectId), {}, maxPerPage),
            &PagedReply::finished, this, &DrawingsSync::onSets);
}

void DrawingsSync::onSets()
{
    PagedReply *reply = m_paged;
    reply->deleteLater();
    if (reply->error())
        return stop(reply->error());
    for (const QJsonValue &item : reply->items())
        if (auto set = DrawingSet::fromJson(item.toObject(), m_context.projectId))
            m_snapshot.sets.append(*set);
    step();
    fetchRevisions();
}

void DrawingsSync::nextArea()
{
    if (m_cancelled)
        return stop(ApiError::make(ApiError::Kind::Cancelled));
    if (!m_snapshot.drawingsComplete || ++m_areaIndex >= m_snapshot.areas.size())
        return write();
    const qint64 areaId = m_snapshot.areas.at(m_areaIndex).id;
    PagedReply *reply = fetch(QStringLiteral("/rest/v1.1/drawing_areas/%1/drawings").arg(areaId), projectQuery(m_context.projectId), maxPerPage);
    cachewriter::streamPages(this, reply, [intake = m_intake, projectId = m_context.projectId, areaId](const ListItems &page) {
        addDrawings(*intake, page, projectId, areaId);
    });
    connect(reply, &PagedReply::finished, this, &DrawingsSync::onDrawings);
}

void DrawingsSync::onDrawings()
{
    PagedReply *reply = m_paged;
    reply->deleteLater();
    if (reply->error())
        return stop(reply->error());   // a partial log would drop this area's sheets: keep the old one
    step();
    nextArea();
}

void DrawingsSync::addDrawings(Intake &intake, const ListItems &page, qint64 projectId, qint64 areaId)
{
    page.forEachRecord([&](const json::Record &record) {
        if (!record.value(QLatin1String("deleted_at")).toString().isEmpty())
            return;
        if (auto drawing = Drawing::fromJson(record, projectId, areaId)) {
            keepBytesOnly(*drawing, record.bytes());
            intake.drawings.append(std::move(*drawing));
        }
    });
}

void DrawingsSync::addRevisions(Intake &intake, const ListItems &page, qint64 projectId)
{
    page.forEachRecord([&](const json::Record &record) {
        if (auto revision = DrawingRevision::fromJson(record, projectId)) {
            keepBytesOnly(*revision, record.bytes());
            intake.watermark = std::max(intake.watermark, revision->updatedAt);
            intake.revisions.append(std::move(*revision));
        }
    });
}

void DrawingsSync::fetchRevisions()
{
    QUrlQuery query;
    m_snapshot.revisionsComplete = m_watermark.isEmpty();
    if (!m_snapshot.revisionsComplete) {
        const QString until = QDateTime::currentDateTimeUtc().addDays(1).toString(Qt::ISODate);
        query.addQueryItem(QStringLiteral("filters[updated_at]"), m_watermark + QStringLiteral("...") + until);
        query.addQueryItem(QStringLiteral("filters[deleted]"), QStringLiteral("with"));
    }
    PagedReply *reply = fetch(QStringLiteral("/rest/v1.0/projects/%1/drawing_revisions").arg(m_context.projectId), query, maxPerPage);
    cachewriter::streamPages(this, reply, [intake = m_intake, projectId = m_context.projectId](const ListItems &page) {
        addRevisions(*intake, page, projectId);
    });
    connect(reply, &PagedReply::finished, this, &DrawingsSync::onRevisions);
}

void DrawingsSync::onRevisions()
{
    PagedReply *reply = m_paged;
    reply->deleteLater();
    if (reply->error())
        return stop(reply->error());
    if (m_snapshot.revisionsComplete)
        return listDrawings(true);
    // Decided on the writer's thread (its SQL stays off the window's), once the revisions'
    // pages, queued before, are read.
    cachewriter::run(this, [context = m_context, areas = m_snapshot.areas, intake = m_intake] {
        return fullread::isDue(context, listsRead()) || DrawingStore(*context.cache).anyNews(context.projectId, areas, intake->revisions);
    }, [this](bool needed) { listDrawings(needed); });
}

void DrawingsSync::listDrawings(bool needed)
{
    m_snapshot.drawingsComplete = needed;
    if (!needed)
        m_stepsTotal = m_stepsDone + 1;   // no lists to come: this step ends it
    step();
    nextArea();
}

void DrawingsSync::write()
{
    const bool listed = m_snapshot.drawingsComplete;
    auto records = std::make_shared<int>(0);
    auto error = std::make_shared<QString>();
    auto watermark = std::make_shared<QString>();
    // Queued behind every page's records on the one writer thread.
    cachewriter::run(this, [cache = m_context.cache, projectId = m_context.projectId, snapshot = std::exchange(m_snapshot, {}),
                            intake = std::exchange(m_intake, {}), previous = m_watermark, watermark, records, error]() mutable {
        snapshot.drawings = std::move(intake->drawings);
        snapshot.revisions = std::move(intake->revisions);
        *watermark = std::max(previous, intake->watermark);
        *records = int(snapshot.areas.size() + snapshot.sets.size() + snapshot.drawings.size() + snapshot.revisions.size());
        return DrawingStore(*cache).write(projectId, snapshot, error.get());
    }, [this, records, watermark, error, listed](bool ok) { onWritten(ok, listed, *records, *watermark, *error); });
}

void DrawingsSync::onWritten(bool ok, bool listed, int records, const QString &watermark, const QString &error)
{
    if (m_cancelled)
        return stop(ApiError::make(ApiError::Kind::Cancelled, QString()));
    if (!ok)
        return stop(ApiError::make(ApiError::Kind::Storage, error));
    m_records = records;
    SyncStateStore(*m_context.cache).markSuccess(m_context.projectId, name(), QDateTime::currentDateTimeUtc(), watermark);
    if (listed)
        fullread::markDone(m_context, listsRead());
    m_context.cache->notifyChanged({QStringLiteral("sync_state")});
    m_done = true;
    emit finished({});
}

void DrawingsSync::stop(const ApiError &error)
{
    if (m_done)
        return;
    m_done = true;
    if (error.kind != ApiError::Kind::Cancelled)
        SyncStateStore(*m_context.cache).markFailure(m_context.projectId, name(), error.userMessage());
    emit finished(error);
}

} // namespace sitedesk
