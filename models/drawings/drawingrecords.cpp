#include "drawings/drawingrecords.h"

#include "core/jsonfields.h"
#include "core/jsonrecord.h"

#include <QJsonArray>

namespace sitedesk {

namespace {

// Object: a QJsonObject, or a json::Record read from the bytes Procore sent.
template<typename Object>
QJsonValue field(const Object &object, const char *key)
{
    return object.value(QLatin1String(key));
}

// The first non-empty text among several field names.
template<typename Object>
QString firstText(const Object &object, std::initializer_list<const char *> keys)
{
    for (const char *key : keys) {
        const QString text = json::nestedText(object, QLatin1String(key));
        if (!text.isEmpty())
            return text;
    }
    return {};
}

// The id in the first of several fields that has one, each a plain id or an {id, …} object.
template<typename Object>
qint64 firstId(const Object &object, std::initializer_list<const char *> keys)
{
    for (const char *key : keys)
        if (const qint64 id = json::nestedId(object, QLatin1String(key)))
            return id;
    return 0;
}

} // namespace

std::optional<DrawingArea> DrawingArea::fromJson(const QJsonObject &object, qint64 projectId)
{
    DrawingArea area;
    area.id = json::toId(field(object, "id"));
    if (area.id == 0)
        return std::nullopt;
    area.projectId = projectId;
    area.name = json::toText(field(object, "name"));
    area.updatedAt = json::toText(field(object, "updated_at"));
    area.raw = object;
    return area;
}

std::optional<DrawingSet> DrawingSet::fromJson(const QJsonObject &object, qint64 projectId)
{
    DrawingSet set;
    set.id = json::toId(field(object, "id"));
    if (set.id == 0)
        return std::nullopt;
    set.projectId = projectId;
    set.name = json::toText(field(object, "name"));
    set.date = json::toText(field(object, "date"));
    set.isDefault = json::toBool(field(object, "default"));
    set.position = int(json::toId(field(object, "position")));
    set.raw = object;
    return set;
}

namespace {

struct SetRef
{
    qint64 id = 0;
    QString name;
};

// The set a revision belongs to: the first of drawing_sets, else drawing_set; {id, name} or an id.
template<typename Object>
SetRef setOf(const Object &object)
{
    QJsonValue set = field(object, "drawing_sets");
    if (set.isArray())
        set = set.toArray().isEmpty() ? QJsonValue() : set.toArray().first();
    if (set.isUndefined() || set.isNull())
        set = field(object, "drawing_set");
    return {json::toNestedId(set), set.isObject() ? json::toText(set) : QString()};
}

// The usual shape, [{id, name}, …], read without decoding the array.
SetRef setOf(const json::Record &record)
{
    if (const auto first = record.firstObjectIn(QLatin1String("drawing_sets")))
        return {json::toId(first->value(QLatin1String("id"))), json::toText(*first)};
    return setOf<json::Record>(record);
}

template<typename Object>
std::optional<DrawingRevision> revisionFrom(const Object &object, qint64 projectId)
{
    DrawingRevision revision;
    revision.id = json::toId(field(object, "id"));
    if (revision.id == 0)
        return std::nullopt;
    revision.projectId = projectId;
    revision.drawingId = firstId(object, {"drawing_id", "drawing"});
    revision.areaId = firstId(object, {"drawing_area_id", "drawing_area"});
    revision.number = json::toText(field(object, "number"));
    revision.title = json::toText(field(object, "title"));
    revision.discipline = firstText(object, {"discipline", "drawing_discipline"});
    revision.revisionNumber = json::toText(field(object, "revision_number"));
    revision.current = json::toBool(field(object, "current"));
    const SetRef set = setOf(object);
    revision.setId = set.id;
    revision.setName = set.name;
    revision.drawingDate = json::toText(field(object, "drawing_date"));
    revision.receivedDate = json::toText(field(object, "received_date"));
    revision.pdfUrl = json::toText(field(object, "pdf_url"));
    revision.pdfSize = json::toId(field(object, "pdf_size"));
    revision.updatedAt = json::toText(field(object, "updated_at"));
    revision.deleted = !json::toText(field(object, "deleted_at")).isEmpty();
    revision.raw = json::parsedTree(object);
    return revision;
}

// A drawing's current_revision when it is an object, read as the revision list's records are.
std::optional<DrawingRevision> currentRevisionOf(const QJsonObject &object, qint64 projectId)
{
    const QJsonValue current = field(object, "current_revision");
    return current.isObject() ? revisionFrom(current.toObject(), projectId) : std::nullopt;
}

// From bytes, the revision keeps the bytes Procore sent for it, as the list's records do.
std::optional<DrawingRevision> currentRevisionOf(const json::Record &record, qint64 projectId)
{
    const auto current = record.object(QLatin1String("current_revision"));
    auto revision = current ? revisionFrom(*current, projectId) : std::nullopt;
    if (revision)
        revision->rawJson = current->bytes();
    return revision;
}

template<typename Object>
std::optional<Drawing> drawingFrom(const Object &object, qint64 projectId, qint64 areaId)
{
    Drawing drawing;
    drawing.id = json::toId(field(object, "id"));
    if (drawing.id == 0)
        return std::nullopt;
    drawing.projectId = projectId;
    drawing.areaId = firstId(object, {"drawing_area_id", "drawing_area"});
    if (drawing.areaId == 0)
        drawing.areaId = areaId;
    drawing.number = json::toText(field(object, "number"));
    drawing.title = json::toText(field(object, "title"));
    drawing.discipline = firstText(object, {"discipline", "drawing_discipline"});
    drawing.updatedAt = json::toText(field(object, "updated_at"));
    drawing.currentRevision = currentRevisionOf(object, projectId);
    if (drawing.currentRevision) {
        DrawingRevision &revision = *drawing.currentRevision;
        drawing.currentRevisionId = revision.id;
        if (revision.drawingId == 0)
            revision.drawingId = drawing.id;
        if (revision.areaId == 0)
            revision.areaId = drawing.areaId;
        if (revision.number.isEmpty())
            revision.number = drawing.number;
        if (revision.title.isEmpty())
            revision.title = drawing.title;
        if (revision.discipline.isEmpty())
            revision.discipline = drawing.discipline;
    } else {
        drawing.currentRevisionId = json::nestedId(object, QLatin1String("current_revision"));   // a plain id
    }
    drawing.raw = json::parsedTree(object);
    return drawing;
}

} // namespace

std::optional<DrawingRevision> DrawingRevision::fromJson(const QJsonObject &object, qint64 projectId)
{
    return revisionFrom(object, projectId);
}

std::optional<DrawingRevision> DrawingRevision::fromJson(const json::Record &record, qint64 projectId)
{
    return revisionFrom(record, projectId);
}

std::optional<Drawing> Drawing::fromJson(const QJsonObject &object, qint64 projectId, qint64 areaId)
{
    return drawingFrom(object, projectId, areaId);
}

std::optional<Drawing> Drawing::fromJson(const json::Record &record, qint64 projectId, qint64 areaId)
{
    return drawingFrom(record, projectId, areaId);
}

} // namespace sitedesk
