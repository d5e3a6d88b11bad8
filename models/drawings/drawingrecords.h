#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace sitedesk {

namespace json {
class Record;
}

// The Drawings tool's records, parsed from Procore JSON in one place. Every fromJson() returns
// nullopt only when the object has no usable id; ids may be numbers or strings, any field may
// be null or missing, and `raw` keeps the object verbatim for export.

// GET /rest/v1.1/projects/{project_id}/drawing_areas
struct DrawingArea
{
    qint64 id = 0;
    qint64 projectId = 0;
    QString name;
    QString updatedAt;
    QJsonObject raw;

    static std::optional<DrawingArea> fromJson(const QJsonObject &object, qint64 projectId);
};

// GET /rest/v1.0/projects/{project_id}/drawing_sets
struct DrawingSet
{
    qint64 id = 0;
    qint64 projectId = 0;
    QString name;
    QString date;          // "date", ISO day
    bool isDefault = false;
    int position = 0;
    QJsonObject raw;

    static std::optional<DrawingSet> fromJson(const QJsonObject &object, qint64 projectId);
};

// GET /rest/v1.0/projects/{project_id}/drawing_revisions, and a drawing's "current_revision".
// "discipline" is a plain string here and {id, name} on drawings; "drawing_sets" a list of
// {id, name} (or a single "drawing_set"); the first set is kept.
struct DrawingRevision
{
    qint64 id = 0;
    qint64 projectId = 0;
    qint64 drawingId = 0;
    qint64 areaId = 0;
    QString number;
    QString title;
    QString discipline;
    QString revisionNumber;
    bool current = false;
    qint64 setId = 0;
    QString setName;
    QString drawingDate;
    QString receivedDate;
    QString pdfUrl;
    qint64 pdfSize = 0;
    QString updatedAt;
    bool deleted = false;   // a tombstone (deleted_at set): it leaves the cache
    QJsonObject raw;
    QByteArray rawJson;    // `raw` as the bytes Procore sent, when a sync has them: what the cache stores

    // The FileStore key of this revision's PDF.
    QString fileKey() const { return fileKeyFor(id); }
    static QString fileKeyFor(qint64 revisionId) { return QStringLiteral("drawing_revision:%1").arg(revisionId); }

    static std::optional<DrawingRevision> fromJson(const QJsonObject &object, qint64 projectId);
    static std::optional<DrawingRevision> fromJson(const json::Record &record, qint64 projectId);
};

// GET /rest/v1.1/drawing_areas/{drawing_area_id}/drawings
struct Drawing
{
    qint64 id = 0;
    qint64 projectId = 0;
    qint64 areaId = 0;
    QString number;
    QString title;
    QString discipline;
    qint64 currentRevisionId = 0;
    QString updatedAt;
    QJsonObject raw;
    QByteArray rawJson;    // `raw` as the bytes Procore sent, when a sync has them: what the cache stores
    std::optional<DrawingRevision> currentRevision;   // filled from "current_revision" when present

    static std::optional<Drawing> fromJson(const QJsonObject &object, qint64 projectId, qint64 areaId = 0);
    static std::optional<Drawing> fromJson(const json::Record &record, qint64 projectId, qint64 areaId = 0);
};

} // namespace sitedesk
