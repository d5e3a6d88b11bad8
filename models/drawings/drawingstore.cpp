#include "drawings/drawingstore.h"

#include "cache/bulkstatement.h"
#include "cache/cachedatabase.h"
#include "cache/sqlerror.h"
#include "cache/transaction.h"
#include "core/naturalorder.h"
#include "core/searchtext.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace sitedesk {

namespace {

QString rawText(const QJsonObject &raw)
{
    return QString::fromUtf8(QJsonDocument(raw).toJson(QJsonDocument::Compact));
}

QJsonObject rawObject(const QVariant &value)
{
    return QJsonDocument::fromJson(value.toString().toUtf8()).object();
}

bool exec(QSqlQuery &query, const QString &sql, const QVariantList &values, QString *error, const QString &what)
{
    if (!query.prepare(sql))
        return sql::fail(error, what, query);
    for (const QVariant &value : values)
        query.addBindValue(value);
    return query.exec() || sql::fail(error, what, query);
}

// A sync writes tens of thousands of rows through one statement instead of compiling the
// same SQL again for every row.
bool isPrepared(const BulkStatement &statement, QString *error)
{
    return statement.isPrepared() || sql::fail(error, QStringLiteral("preparing to save drawings"), statement.errorText());
}

const QString revisionColumns = QStringLiteral(
    "id, project_id, drawing_id, area_id, number, title, discipline, revision_number, is_current, set_id, set_name,"
    " drawing_date, received_date, pdf_url, pdf_size, updated_at, raw");

QVariantList revisionValues(const DrawingRevision &r)
{
    return {r.id, r.projectId, r.drawingId, r.areaId, sql::text(r.number), sql::text(r.title), sql::text(r.discipline),
            sql::text(r.revisionNumber), r.current ? 1 : 0, r.setId, sql::text(r.setName), sql::text(r.drawingDate),
            sql::text(r.receivedDate), sql::text(r.pdfUrl), r.pdfSize, sql::text(r.updatedAt), sql::rawJson(r.raw, r.rawJson)};
}

const QString revisionPlaceholders = QStringLiteral("?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS TEXT)");

DrawingRevision revisionFrom(const QSqlQuery &q)
{
    DrawingRevision r;
    r.id = q.value(0).toLongLong();
    r.projectId = q.value(1).toLongLong();
    r.drawingId = q.value(2).toLongLong();
    r.areaId = q.value(3).toLongLong();
    r.number = q.value(4).toString();
    r.title = q.value(5).toString();
    r.discipline = q.value(6).toString();
    r.revisionNumber = q.value(7).toString();
    r.current = q.value(8).toBool();
    r.setId = q.value(9).toLongLong();
    r.setName = q.value(10).toString();
    r.drawingDate = q.value(11).toString();
    r.receivedDate = q.value(12).toString();
    r.pdfUrl = q.value(13).toString();
    r.pdfSize = q.value(14).toLongLong();
    r.updatedAt = q.value(15).toString();
    r.raw = rawObject(q.value(16));
    return r;
}

} // namespace

DrawingStore::DrawingStore(CacheDatabase &database)
    : m_database(database)
{
}

bool DrawingStore::write(qint64 projectId, const DrawingSnapshot &snapshot, QString *error)
{
    Transaction transaction(m_database.connection());
    if (!transaction.isActive())
        return sql::fail(error, QStringLiteral("starting to save drawings"), transaction.errorText());
    QSqlQuery count(m_database.connection());
    const bool firstSync = exec(count, QStringLiteral("SELECT COUNT(*) FROM drawings WHERE project_id = ?"), {projectId}, nullptr, {})
                           && count.next() && count.value(0).toLongLong() == 0;
    count.finish();
    if (!replaceSimple(projectId, snapshot, error) || !writeRevisions(projectId, snapshot, error) || !updateViews(projectId, firstSync, error))
        return false;
    if (!transaction.commit())
        return sql::fail(error, QStringLiteral("saving drawings"), transaction.errorText());
    m_database.notifyChanged({QStringLiteral("drawing_areas"), QStringLiteral("drawing_sets"), QStringLiteral("drawings"),
                              QStringLiteral("drawing_revisions")});
    return true;
}

bool DrawingStore::replaceSimple(qint64 projectId, const DrawingSnapshot &snapshot, QString *error)
{
    QSqlQuery q(m_database.connection());
    QList<const char *> tables{"drawing_areas", "drawing_sets"};
    if (snapshot.drawingsComplete)
        tables.append("drawings");
    for (const char *table : tables)
        if (!exec(q, QStringLiteral("DELETE FROM %1 WHERE project_id = ?").arg(QLatin1String(table)), {projectId}, error,
                  QStringLiteral("clearing %1").arg(QLatin1String(table))))
            return false;
    const QSqlDatabase db = m_database.connection();
    BulkStatement areas(db, QStringLiteral("INSERT OR REPLACE INTO drawing_areas (id, project_id, name, updated_at, raw) VALUES (?, ?, ?, ?, ?)"));
    if (!isPrepared(areas, error))
        return false;
    for (const DrawingArea &a : snapshot.areas)
        if (!areas.exec({a.id, projectId, sql::text(a.name), sql::text(a.updatedAt), rawText(a.raw)}))
            return sql::fail(error, QStringLiteral("saving drawing area %1").arg(a.id), areas.errorText());
    BulkStatement sets(db, QStringLiteral("INSERT OR REPLACE INTO drawing_sets (id, project_id, name, set_date, is_default, position, raw)"
                                          " VALUES (?, ?, ?, ?, ?, ?, ?)"));
    if (!isPrepared(sets, error))
        return false;
    for (const DrawingSet &s : snapshot.sets)
        if (!sets.exec({s.id, projectId, sql::text(s.name), sql::text(s.date), s.isDefault ? 1 : 0, s.position, rawText(s.raw)}))
            return sql::fail(error, QStringLiteral("saving drawing set %1").arg(s.id), sets.errorText());
    BulkStatement drawings(db, QStringLiteral("INSERT OR REPLACE INTO drawings (id, project_id, area_id, number, title, discipline,"
                                              " current_revision_id, updated_at, raw) VALUES (?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS TEXT))"));
    if (!isPrepared(drawings, error))
        return false;
    for (const Drawing &d : snapshot.drawings)
        if (!drawings.exec({d.id, projectId, d.areaId, sql::text(d.number), sql::text(d.title), sql::text(d.discipline), d.currentRevisionId,
                            sql::text(d.updatedAt), sql::rawJson(d.raw, d.rawJson)}))
            return sql::fail(error, QStringLiteral("saving drawing %1").arg(d.id), drawings.errorText());
    return true;
}

bool DrawingStore::writeRevisions(qint64 projectId, const DrawingSnapshot &snapshot, QString *error)
{
    QSqlDatabase db = m_database.connection();
    QSqlQuery q(db);
    if (snapshot.revisionsComplete
        && !exec(q, QStringLiteral("DELETE FROM drawing_revisions WHERE project_id = ?"), {projectId}, error, QStringLiteral("clearing drawing revisions")))
        return false;
    // The drawings' current revisions first (fresh file URLs), then the revision list's fuller records.
    BulkStatement current(db, QStringLiteral("INSERT INTO drawing_revisions (%1) VALUES (%2)"
                                             " ON CONFLICT(id) DO UPDATE SET pdf_url = excluded.pdf_url, pdf_size = excluded.pdf_size")
                                  .arg(revisionColumns, revisionPlaceholders));
    if (!isPrepared(current, error))
        return false;
    // A current revision that the list brings too would only be replaced by it a moment later:
    // written twice, with its index entries, it was a quarter of a first sync's drawing rows.
    QSet<qint64> listed;
    listed.reserve(snapshot.revisions.size());
    for (const DrawingRevision &r : snapshot.revisions)
        if (!r.deleted)
            listed.insert(r.id);
    for (const Drawing &d : snapshot.drawings)
        if (d.currentRevision && !listed.contains(d.currentRevision->id)
            && !current.exec(revisionValues(*d.currentRevision)))
            return sql::fail(error, QStringLiteral("saving drawing revision %1").arg(d.currentRevision->id), current.errorText());
    BulkStatement upsert(db, QStringLiteral("INSERT OR REPLACE INTO drawing_revisions (%1) VALUES (%2)").arg(revisionColumns, revisionPlaceholders));
    BulkStatement remove(db, QStringLiteral("DELETE FROM drawing_revisions WHERE id = ?"));
    if (!isPrepared(upsert, error) || !isPrepared(remove, error))
        return false;
    for (const DrawingRevision &r : snapshot.revisions) {
        BulkStatement &statement = r.deleted ? remove : upsert;
        if (!statement.exec(r.deleted ? QVariantList{r.id} : revisionValues(r)))
            return sql::fail(error, QStringLiteral("saving drawing revision %1").arg(r.id), statement.errorText());
    }
    // A withdrawn drawing takes its revisions along; "current" follows the drawings' own word.
    return exec(q, QStringLiteral("DELETE FROM drawing_revisions WHERE project_id = ? AND drawing_id NOT IN"
                                  " (SELECT id FROM drawings WHERE project_id = ?)"), {projectId, projectId}, error,
                QStringLiteral("removing revisions of withdrawn drawings"))
           && exec(q, QStringLiteral("UPDATE drawing_revisions SET is_current = NOT is_current WHERE project_id = ?"
                                     " AND is_current != (id IN (SELECT current_revision_id FROM drawings WHERE project_id = ?))"),
                   {projectId, projectId}, error, QStringLiteral("marking current revisions"));
}

bool DrawingStore::updateViews(qint64 projectId, bool firstSync, QString *error)
{
    // The first log of a project is "seen" as it arrives; later, a drawing without a view or
    // with a newer current revision than the one last opened is new.
    QSqlQuery q(m_database.connection());
    return (!firstSync
            || exec(q, QStringLiteral("INSERT OR IGNORE INTO drawing_views (drawing_id, project_id, revision_id)"
                                      " SELECT id, project_id, current_revision_id FROM drawings WHERE project_id = ?"), {projectId}, error,
                    QStringLiteral("marking the first drawing log as seen")))
           && exec(q, QStringLiteral("DELETE FROM drawing_views WHERE project_id = ? AND drawing_id NOT IN (SELECT id FROM drawings WHERE project_id = ?)"),
                   {projectId, projectId}, error, QStringLiteral("forgetting views of withdrawn drawings"));
}

bool DrawingStore::markViewed(qint64 projectId, qint64 drawingId, qint64 revisionId)
{
    QSqlQuery q(m_database.connection());
    return exec(q, QStringLiteral("INSERT OR REPLACE INTO drawing_views (drawing_id, project_id, revision_id, viewed_at) VALUES (?, ?, ?, ?)"),
                {drawingId, projectId, revisionId, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}, nullptr, {});
}

QList<DrawingArea> DrawingStore::areas(qint64 projectId) const
{
    QList<DrawingArea> list;
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!exec(q, QStringLiteral("SELECT id, name, updated_at, raw FROM drawing_areas WHERE project_id = ? ORDER BY name"), {projectId}, nullptr, {}))
        return list;
    while (q.next()) {
        DrawingArea a;
        a.id = q.value(0).toLongLong();
        a.projectId = projectId;
        a.name = q.value(1).toString();
        a.updatedAt = q.value(2).toString();
        a.raw = rawObject(q.value(3));
        list.append(a);
    }
    return list;
}

QList<DrawingSet> DrawingStore::sets(qint64 projectId) const
{
    QList<DrawingSet> list;
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!exec(q, QStringLiteral("SELECT id, name, set_date, is_default, position, raw FROM drawing_sets WHERE project_id = ?"
                                " ORDER BY position, name"), {projectId}, nullptr, {}))
        return list;
    while (q.next()) {
        DrawingSet s;
        s.id = q.value(0).toLongLong();
        s.projectId = projectId;
        s.name = q.value(1).toString();
        s.date = q.value(2).toString();
        s.isDefault = q.value(3).toBool();
        s.position = q.value(4).toInt();
        s.raw = rawObject(q.value(5));
        list.append(s);
    }
    return list;
}

QList<Drawing> DrawingStore::drawings(qint64 projectId) const
{
    QList<Drawing> list;
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!exec(q, QStringLiteral("SELECT id, area_id, number, title, discipline, current_revision_id, updated_at, raw FROM drawings"
                                " WHERE project_id = ? ORDER BY id"), {projectId}, nullptr, {}))
        return list;
    while (q.next()) {
        Drawing d;
        d.id = q.value(0).toLongLong();
        d.projectId = projectId;
        d.areaId = q.value(1).toLongLong();
        d.number = q.value(2).toString();
        d.title = q.value(3).toString();
        d.discipline = q.value(4).toString();
        d.currentRevisionId = q.value(5).toLongLong();
        d.updatedAt = q.value(6).toString();
        d.raw = rawObject(q.value(7));
        list.append(d);
    }
    return list;
}

QList<DrawingRow> DrawingStore::log(qint64 projectId) const
{
    return selectRows(QStringLiteral(
        "SELECT d.id, d.area_id, COALESCE(a.name, ''), d.number, d.title, d.discipline, d.current_revision_id, d.current_revision_id,"
        " COALESCE(r.revision_number, ''), COALESCE(r.set_id, 0), COALESCE(r.set_name, ''),"
        " COALESCE(r.drawing_date, ''), COALESCE(r.received_date, ''), COALESCE(r.pdf_url, ''),"
        " COALESCE(r.pdf_size, 0), d.updated_at,"
        " (SELECT COUNT(*) FROM drawing_revisions x WHERE x.project_id = d.project_id AND x.drawing_id = d.id),"
        " (v.revision_id IS NULL OR v.revision_id <> d.current_revision_id),"
        " COALESCE(json_extract(r.raw, '$.thumbnail_url'), '')"
        " FROM drawings d LEFT JOIN drawing_revisions r ON r.id = d.current_revision_id"
        " LEFT JOIN drawing_areas a ON a.id = d.area_id LEFT JOIN drawing_views v ON v.drawing_id = d.id"
        " WHERE d.project_id = ?"), projectId);
}

QList<DrawingRow> DrawingStore::revisionLog(qint64 projectId) const
{
    // A revision carries its own number, title and discipline (they may change between revisions).
    return selectRows(QStringLiteral(
        "SELECT r.drawing_id, d.area_id, COALESCE(a.name, ''), r.number, r.title, r.discipline, d.current_revision_id, r.id,"
        " r.revision_number, r.set_id, r.set_name, r.drawing_date, r.received_date, r.pdf_url, r.pdf_size, r.updated_at,"
        " (SELECT COUNT(*) FROM drawing_revisions x WHERE x.project_id = r.project_id AND x.drawing_id = r.drawing_id),"
        " (r.id = d.current_revision_id AND (v.revision_id IS NULL OR v.revision_id <> d.current_revision_id)),"
        " COALESCE(json_extract(r.raw, '$.thumbnail_url'), '')"
        " FROM drawing_revisions r JOIN drawings d ON d.id = r.drawing_id"
        " LEFT JOIN drawing_areas a ON a.id = d.area_id LEFT JOIN drawing_views v ON v.drawing_id = r.drawing_id"
        " WHERE r.project_id = ?"
        " ORDER BY r.drawing_date DESC, r.id DESC"), projectId);
}

QList<DrawingRow> DrawingStore::selectRows(const QString &sql, qint64 projectId) const
{
    QList<DrawingRow> rows;
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!exec(q, sql, {projectId}, nullptr, {}))
        return rows;
    while (q.next()) {
        DrawingRow row;
        row.id = q.value(0).toLongLong();
        row.areaId = q.value(1).toLongLong();
        row.areaName = q.value(2).toString();
        row.number = q.value(3).toString();
        row.title = q.value(4).toString();
        row.discipline = q.value(5).toString();
        row.currentRevisionId = q.value(6).toLongLong();
        row.revisionId = q.value(7).toLongLong();
        row.revisionNumber = q.value(8).toString();
        row.setId = q.value(9).toLongLong();
        row.setName = q.value(10).toString();
        row.drawingDate = q.value(11).toString();
        row.receivedDate = q.value(12).toString();
        row.pdfUrl = q.value(13).toString();
        row.pdfSize = q.value(14).toLongLong();
        row.updatedAt = q.value(15).toString();
        row.revisionCount = q.value(16).toInt();
        row.isNew = q.value(17).toBool();
        row.thumbnailUrl = q.value(18).toString();
        row.searchText = search::fold(row.number + QLatin1Char(' ') + row.title);
        rows.append(row);
    }
    // By number; a stable sort keeps a drawing's revisions newest first.
    QCollator collator;
    std::stable_sort(rows.begin(), rows.end(), [&collator](const DrawingRow &a, const DrawingRow &b) {
        return naturalCompare(a.number, b.number, collator) < 0;
    });
    return rows;
}

QList<DrawingRevision> DrawingStore::selectRevisions(const QString &where, const QVariantList &values) const
{
    QList<DrawingRevision> list;
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!exec(q, QStringLiteral("SELECT %1 FROM drawing_revisions %2").arg(revisionColumns, where), values, nullptr, {}))
        return list;
    while (q.next())
        list.append(revisionFrom(q));
    return list;
}

QList<DrawingRevision> DrawingStore::revisions(qint64 projectId, qint64 drawingId) const
{
    return selectRevisions(QStringLiteral("WHERE project_id = ? AND drawing_id = ? ORDER BY drawing_date DESC, id DESC"), {projectId, drawingId});
}

QList<DrawingRevision> DrawingStore::allRevisions(qint64 projectId) const
{
    return selectRevisions(QStringLiteral("WHERE project_id = ? ORDER BY id"), {projectId});
}

std::optional<DrawingRevision> DrawingStore::revision(qint64 revisionId) const
{
    const QList<DrawingRevision> list = selectRevisions(QStringLiteral("WHERE id = ?"), {revisionId});
    if (list.isEmpty())
        return std::nullopt;
    return list.first();
}

bool DrawingStore::setPdfUrl(qint64 revisionId, const QString &pdfUrl)
{
    QSqlQuery q(m_database.connection());
    return exec(q, QStringLiteral("UPDATE drawing_revisions SET pdf_url = ? WHERE id = ?"), {pdfUrl, revisionId}, nullptr, {});
}

bool DrawingStore::anyNews(qint64 projectId, const QList<DrawingArea> &areas, const QList<DrawingRevision> &revisions) const
{
    const auto key = [](const DrawingArea &area) { return QString::number(area.id) + QLatin1Char(' ') + area.updatedAt; };
    QSet<QString> cached;
    for (const DrawingArea &area : this->areas(projectId))
        cached.insert(key(area));
    QSet<QString> incoming;
    for (const DrawingArea &area : areas)
        incoming.insert(key(area));
    if (cached != incoming)
        return true;
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT updated_at FROM drawing_revisions WHERE id = ?")))
        return true;
    for (const DrawingRevision &r : revisions) {
        q.bindValue(0, r.id);
        if (!q.exec())
            return true;
        const bool held = q.next();
        const bool news = r.deleted ? held : !held || q.value(0).toString() != r.updatedAt;
        q.finish();
        if (news)
            return true;
    }
    return false;
}

} // namespace sitedesk
