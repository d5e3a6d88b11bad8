#include "drawingsendpoints.h"

#include "procoreerror.h"

#include <QJsonArray>

namespace sandbox {

namespace {

struct Discipline
{
    const char *prefix;
    const char *name;
    std::initializer_list<const char *> titles;
};

const Discipline disciplines[] = {
    {"G", "General", {"Cover Sheet", "Sheet Index", "Code Analysis"}},
    {"C", "Civil", {"Site Plan", "Grading Plan", "Utility Plan"}},
    {"S", "Structural", {"Foundation Plan", "Framing Plan", "Details", "Sections"}},
    {"A", "Architectural", {"Floor Plan", "Reflected Ceiling Plan", "Elevations", "Wall Sections", "Door Schedule", "Enlarged Plans"}},
    {"M", "Mechanical", {"HVAC Plan", "Ductwork Plan", "Schedules"}},
    {"E", "Electrical", {"Lighting Plan", "Power Plan", "One-Line Diagram"}},
    {"P", "Plumbing", {"Plumbing Plan", "Riser Diagram"}},
};

const char *const areaNames[] = {"Building A", "Building B", "Parking Structure"};
const char *const setNames[] = {"Issued for Bid", "Issued for Permit", "Issued for Construction", "ASI 01", "ASI 02"};

template <typename T, std::size_t N>
int countOf(const T (&)[N]) { return int(N); }

QString key(const char *text) { return QLatin1String(text); }

QJsonObject withoutHidden(const QJsonObject &record)
{
    QJsonObject out = record;
    for (const QString &name : record.keys())
        if (name.startsWith(QLatin1Char('_')))
            out.remove(name);
    return out;
}

int projectLimit(Scale scale)
{
    switch (scale) {
    case Scale::Tiny: return 2;
    case Scale::Demo: return 3;
    case Scale::Large:
    case Scale::Huge: return 2;
    }
    return 0;
}

// Drawings per area: a demo log is browsable, a huge one is the 20,000-sheet benchmark.
int drawingsPerArea(Scale scale)
{
    switch (scale) {
    case Scale::Tiny: return 12;
    case Scale::Demo: return 60;
    case Scale::Large: return 1000;
    case Scale::Huge: return 7000;
    }
    return 0;
}

QJsonObject projectRecord(const SandboxData &data, qint64 projectId)
{
    for (const QJsonObject &project : data.collection(QStringLiteral("projects")))
        if (project.value(QLatin1String("id")).toInteger() == projectId && !SandboxData::isDeleted(project))
            return project;
    return {};
}

bool checkProject(const RestContext &context, const QString &idText, QJsonObject *project, HttpResponse *error)
{
    if (idText.isEmpty()) {
        *error = ProcoreError::badRequest(QStringLiteral("project_id is required"));
        return false;
    }
    *project = projectRecord(context.data, idText.toLongLong());
    if (project->isEmpty()) {
        *error = ProcoreError::notFound();
        return false;
    }
    return context.checkCompany(project->value(QLatin1String("company")).toObject().value(QLatin1String("id")).toInteger(), error);
}

QList<QJsonObject> where(const SandboxData &data, const QString &collection, const char *field, qint64 value)
{
    QList<QJsonObject> records = data.collection(collection);
    records.removeIf([field, value](const QJsonObject &record) { return record.value(QLatin1String(field)).toInteger() != value; });
    return records;
}

QString revisionLetter(int index) { return QString(QChar(u'A' + index)); }

} // namespace

void DrawingsEndpoints::generate(SandboxData &data, QRandomGenerator &random, Scale scale) const
{
    qint64 areaId = firstAreaId;
    qint64 setId = firstSetId;
    qint64 drawingId = firstDrawingId;
    qint64 revisionId = firstRevisionId;
    const QList<QJsonObject> projects = data.collection(QStringLiteral("projects"));
    const QString base = QStringLiteral("{base}");
    for (qsizetype p = 0; p < std::min<qsizetype>(projects.size(), projectLimit(scale)); ++p) {
        const qint64 projectId = projects.at(p).value(QLatin1String("id")).toInteger();
        const QDateTime start = SandboxData::epoch().addDays(-600);

        QList<QJsonObject> sets;
        for (int s = 0; s < countOf(setNames); ++s) {
            const QDateTime date = start.addDays(s * 90);
            QJsonObject set{{QStringLiteral("id"), setId++}, {QStringLiteral("name"), key(setNames[s])},
                            {QStringLiteral("date"), date.date().toString(Qt::ISODate)},
                            {QStringLiteral("default"), s == 2}, {QStringLiteral("position"), s + 1},
                            {QStringLiteral("created_at"), SandboxData::timestamp(date)},
                            {QStringLiteral("updated_at"), SandboxData::timestamp(date.addDays(1))},
                            {QStringLiteral("_project_id"), projectId}};
            sets.append(set);
            data.collection(QStringLiteral("drawing_sets")).append(set);
        }

        for (int a = 0; a < countOf(areaNames); ++a) {
            const qint64 area = areaId++;
            const QDateTime areaCreated = start.addSecs(a * 3600);
            data.collection(QStringLiteral("drawing_areas")).append(QJsonObject{
                {QStringLiteral("id"), area}, {QStringLiteral("name"), key(areaNames[a])},
                {QStringLiteral("created_at"), SandboxData::timestamp(areaCreated)},
                {QStringLiteral("updated_at"), SandboxData::timestamp(areaCreated)},
                {QStringLiteral("_project_id"), projectId}});

            const int count = drawingsPerArea(scale);
            for (int d = 0; d < count; ++d) {
                const int di = d % countOf(disciplines);
                const Discipline &discipline = disciplines[di];
                const int serial = d / countOf(disciplines);
                const auto titles = discipline.titles;
                const QString title = QStringLiteral("%1 - Level %2").arg(key(titles.begin()[serial % int(titles.size())])).arg(serial / int(titles.size()) + 1);
                const QString number = QStringLiteral("%1%2-%3").arg(key(discipline.prefix)).arg(a + 1).arg(101 + serial, 3, 10, QLatin1Char('0'));
                const qint64 id = drawingId++;
                const QJsonObject disciplineObject{{QStringLiteral("id"), firstDisciplineId + di}, {QStringLiteral("name"), key(discipline.name)}};

                const int revisionCount = 1 + random.bounded(3);
                QJsonObject current;
                for (int r = 0; r < revisionCount; ++r) {
                    const qint64 rid = revisionId++;
                    const QJsonObject &set = sets.at(std::min(countOf(setNames) - 1, r * 2 + random.bounded(2)));
                    const QDateTime drawn = QDateTime(QDate::fromString(set.value(QLatin1String("date")).toString(), Qt::ISODate), QTime(9, 0), Qt::UTC);
                    const QDateTime updated = drawn.addDays(2).addSecs(random.bounded(86400));
                    const qint64 pdfSize = 180000 + random.bounded(900000);
                    QJsonObject revision{
                        {QStringLiteral("id"), rid},
                        {QStringLiteral("revision_number"), revisionLetter(r)},
                        {QStringLiteral("number"), number},
                        {QStringLiteral("title"), title},
                        {QStringLiteral("current"), r == revisionCount - 1},
                        {QStringLiteral("drawing_id"), id},
                        {QStringLiteral("drawing_area_id"), area},
                        {QStringLiteral("discipline"), key(discipline.name)},
                        {QStringLiteral("drawing_sets"), QJsonArray{QJsonObject{{QStringLiteral("id"), set.value(QLatin1String("id"))},
                                                                                {QStringLiteral("name"), set.value(QLatin1String("name"))}}}},
                        {QStringLiteral("drawing_date"), drawn.date().toString(Qt::ISODate)},
                        {QStringLiteral("received_date"), drawn.date().addDays(1).toString(Qt::ISODate)},
                        {QStringLiteral("pdf_size"), pdfSize},
                        {QStringLiteral("png_size"), pdfSize / 3},
                        {QStringLiteral("pdf_url"), QStringLiteral("%1/sandbox/files/drawing_revisions/%2.pdf").arg(base).arg(rid)},
                        {QStringLiteral("png_url"), QStringLiteral("%1/sandbox/files/drawing_revisions/%2.png").arg(base).arg(rid)},
                        {QStringLiteral("thumbnail_url"), QStringLiteral("%1/sandbox/files/drawing_revisions/%2-thumb.png").arg(base).arg(rid)},
                        {QStringLiteral("created_at"), SandboxData::timestamp(drawn)},
                        {QStringLiteral("updated_at"), SandboxData::timestamp(updated)},
                        {QStringLiteral("_project_id"), projectId},
                    };
                    if (r == revisionCount - 1)
                        current = revision;
                    data.collection(QStringLiteral("drawing_revisions")).append(revision);
                }
                QJsonObject drawing{
                    {QStringLiteral("id"), id},
                    {QStringLiteral("number"), number},
                    {QStringLiteral("title"), title},
                    {QStringLiteral("discipline"), disciplineObject},
                    {QStringLiteral("drawing_area_id"), area},
                    {QStringLiteral("obsolete"), false},
                    {QStringLiteral("_project_id"), projectId},
                    {QStringLiteral("_current_revision_id"), current.value(QLatin1String("id"))},
                    {QStringLiteral("created_at"), current.value(QLatin1String("created_at"))},
                    {QStringLiteral("updated_at"), current.value(QLatin1String("updated_at"))},
                };
                // One drawing in forty was withdrawn: its record and revisions are tombstones.
                if (d % 40 == 39) {
                    drawing.insert(QStringLiteral("deleted_at"), current.value(QLatin1String("updated_at")));
                    for (QJsonObject &revision : data.collection(QStringLiteral("drawing_revisions")))
                        if (revision.value(QLatin1String("drawing_id")).toInteger() == id)
                            revision.insert(QStringLiteral("deleted_at"), revision.value(QLatin1String("updated_at")));
                }
                data.collection(QStringLiteral("drawings")).append(drawing);
            }
        }
    }
}

void DrawingsEndpoints::addRoutes(Router &router) const
{
    router.add("GET", QStringLiteral("/rest/v1.1/projects/{project_id}/drawing_areas"), &DrawingsEndpoints::areas);
    router.add("GET", QStringLiteral("/rest/v1.0/projects/{project_id}/drawing_sets"), &DrawingsEndpoints::sets);
    router.add("GET", QStringLiteral("/rest/v1.1/drawing_areas/{drawing_area_id}/drawings"), &DrawingsEndpoints::drawings);
    router.add("GET", QStringLiteral("/rest/v1.0/projects/{project_id}/drawing_revisions"), &DrawingsEndpoints::revisions);
    router.add("GET", QStringLiteral("/rest/v1.0/projects/{project_id}/drawing_revisions/{id}"), &DrawingsEndpoints::revision);
}

namespace {

// File URLs carry the server's base, known only when answering.
QJsonObject withBase(QJsonObject record, const QString &base)
{
    for (const char *field : {"pdf_url", "png_url", "thumbnail_url"}) {
        const QString name = QLatin1String(field);
        if (record.contains(name))
            record.insert(name, record.value(name).toString().replace(QLatin1String("{base}"), base));
    }
    return withoutHidden(record);
}

} // namespace

HttpResponse DrawingsEndpoints::areas(const HttpRequest &request, const QRegularExpressionMatch &match, RestContext &context)
{
    QJsonObject project;
    HttpResponse error;
    if (!checkProject(context, match.captured(QStringLiteral("project_id")), &project, &error))
        return error;
    ListEndpoint::Options options;
    options.filterUpdatedAt = false;
    return ListEndpoint(options).respond(request, context, where(context.data, QStringLiteral("drawing_areas"), "_project_id",
                                                                 project.value(QLatin1String("id")).toInteger()), &withoutHidden);
}

HttpResponse DrawingsEndpoints::sets(const HttpRequest &request, const QRegularExpressionMatch &match, RestContext &context)
{
    QJsonObject project;
    HttpResponse error;
    if (!checkProject(context, match.captured(QStringLiteral("project_id")), &project, &error))
        return error;
    ListEndpoint::Options options;
    options.filterUpdatedAt = false;
    return ListEndpoint(options).respond(request, context, where(context.data, QStringLiteral("drawing_sets"), "_project_id",
                                                                 project.value(QLatin1String("id")).toInteger()), &withoutHidden);
}

HttpResponse DrawingsEndpoints::drawings(const HttpRequest &request, const QRegularExpressionMatch &match, RestContext &context)
{
    QJsonObject project;
    HttpResponse error;
    if (!checkProject(context, request.queryValue(QStringLiteral("project_id")), &project, &error))
        return error;
    const qint64 areaId = match.captured(QStringLiteral("drawing_area_id")).toLongLong();
    const QJsonObject *area = context.data.find(QStringLiteral("drawing_areas"), areaId);
    if (!area || area->value(QLatin1String("_project_id")).toInteger() != project.value(QLatin1String("id")).toInteger())
        return ProcoreError::notFound();
    QHash<qint64, QJsonObject> revisionsById;
    for (const QJsonObject &revision : context.data.collection(QStringLiteral("drawing_revisions")))
        if (revision.value(QLatin1String("drawing_area_id")).toInteger() == areaId)
            revisionsById.insert(revision.value(QLatin1String("id")).toInteger(), revision);
    const QString base = context.baseUrl.toString(QUrl::StripTrailingSlash);
    ListEndpoint::Options options;
    options.filterUpdatedAt = false;
    return ListEndpoint(options).respond(request, context, where(context.data, QStringLiteral("drawings"), "drawing_area_id", areaId),
                                         [&revisionsById, base](const QJsonObject &drawing) {
        QJsonObject out = withoutHidden(drawing);
        const QJsonObject revision = revisionsById.value(drawing.value(QLatin1String("_current_revision_id")).toInteger());
        QJsonObject current = withBase(revision, base);
        current.remove(QStringLiteral("discipline"));
        current.remove(QStringLiteral("number"));
        current.remove(QStringLiteral("title"));
        out.insert(QStringLiteral("current_revision"), current);
        return out;
    });
}

HttpResponse DrawingsEndpoints::revisions(const HttpRequest &request, const QRegularExpressionMatch &match, RestContext &context)
{
    QJsonObject project;
    HttpResponse error;
    if (!checkProject(context, match.captured(QStringLiteral("project_id")), &project, &error))
        return error;
    QList<QJsonObject> list = where(context.data, QStringLiteral("drawing_revisions"), "_project_id", project.value(QLatin1String("id")).toInteger());
    const QString area = request.queryValue(QStringLiteral("filters[drawing_area_id]"));
    if (!area.isEmpty())
        list.removeIf([id = area.toLongLong()](const QJsonObject &r) { return r.value(QLatin1String("drawing_area_id")).toInteger() != id; });
    const QString base = context.baseUrl.toString(QUrl::StripTrailingSlash);
    ListEndpoint::Options options;
    options.deletedFilter = QStringLiteral("filters[deleted]");
    return ListEndpoint(options).respond(request, context, list, [base](const QJsonObject &revision) { return withBase(revision, base); });
}

HttpResponse DrawingsEndpoints::revision(const HttpRequest &, const QRegularExpressionMatch &match, RestContext &context)
{
    QJsonObject project;
    HttpResponse error;
    if (!checkProject(context, match.captured(QStringLiteral("project_id")), &project, &error))
        return error;
    const QJsonObject *revision = context.data.find(QStringLiteral("drawing_revisions"), match.captured(QStringLiteral("id")).toLongLong());
    if (!revision || SandboxData::isDeleted(*revision)
        || revision->value(QLatin1String("_project_id")).toInteger() != project.value(QLatin1String("id")).toInteger())
        return ProcoreError::notFound();
    return HttpResponse::json(200, withBase(*revision, context.baseUrl.toString(QUrl::StripTrailingSlash)));
}

} // namespace sandbox
