#include "photosendpoints.h"

#include "exifreader.h"
#include "photoimages.h"
#include "procoreerror.h"

#include <QBuffer>
#include <QImageReader>

#include <QJsonArray>
#include <QJsonDocument>

namespace sandbox {

namespace {

const QString albumsName = QStringLiteral("image_categories");
const QString imagesName = QStringLiteral("images");
const QString projectKey = QStringLiteral("_project_id");

const char *const albumNames[] = {"Progress", "Site Conditions", "Safety", "Concrete Pours", "Framing",
                                  "MEP Rough-In", "Punch Walk", "Deliveries", "Drone Flyover", "Owner Visit"};
const char *const uploaderNames[][2] = {{"Maria Lopez", "maria.lopez@northwind.example"}, {"Dave Chen", "dave.chen@northwind.example"},
                                        {"Sam Okafor", "sam.okafor@northwind.example"}, {"Priya Nair", "priya.nair@northwind.example"},
                                        {"Tom Becker", "tom.becker@northwind.example"}, {"Ana Sousa", "ana.sousa@northwind.example"}};
const char *const locations[] = {"Building A>Level 1", "Building A>Level 2", "Building A>Roof", "Building B>Level 1",
                                 "Building B>Basement", "Parking Structure", "Site>North Gate", "Site>Laydown Yard"};
const char *const subjects[] = {"Rebar inspection", "Formwork", "Slab pour", "Curtain wall install", "Duct run",
                                "Conduit rough-in", "Fire stopping", "Drywall", "Roof membrane", "Excavation",
                                "Crane lift", "Delivered materials", "Housekeeping", "Water damage", "Survey marks"};
const char *const remarks[] = {"looking north", "before cover-up", "after cleanup", "grid line C", "per RFI response",
                               "for the owner report", "issue flagged to sub", "", "", ""};

template <typename T, std::size_t N>
int countOf(const T (&)[N]) { return int(N); }

quint64 mix(quint64 x)
{
    x += 0x9e3779b97f4a7c15ull;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ull;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebull;
    return x ^ (x >> 31);
}

// The n-th photo's k-th random draw: random access, so a record can be derived on its own.
int draw(const QJsonObject &skeleton, int k, int bound)
{
    const quint64 seed = quint64(skeleton.value(QLatin1String("_salt")).toInteger()) ^ (quint64(skeleton.value(QLatin1String("_n")).toInteger()) << 8);
    return int(mix(seed + quint64(k) * 0x632be59bd9b4e019ull) % quint64(bound));
}

int albumCount(Scale scale) { return scale == Scale::Tiny ? 3 : scale == Scale::Demo ? 6 : 10; }

QJsonObject withoutHidden(const QJsonObject &record)
{
    QJsonObject out = record;
    for (const QString &name : record.keys())
        if (name.startsWith(QLatin1Char('_')))
            out.remove(name);
    return out;
}

QString ascii(const char *text) { return QString::fromLatin1(text); }

// Everything a generated photo has beyond its skeleton.
QJsonObject derived(const QJsonObject &s)
{
    const int shape = draw(s, 1, 10);
    const QSize sizes[] = {{1600, 1200}, {2048, 1536}, {1280, 960}, {1200, 1600}, {1024, 768}, {4032, 3024}};
    const QSize size = sizes[draw(s, 2, countOf(sizes))];
    const int uploader = draw(s, 3, countOf(uploaderNames));
    const int location = draw(s, 4, countOf(locations) + 2);
    const int n = int(s.value(QLatin1String("_n")).toInteger());
    QJsonObject out{
        {QStringLiteral("filename"), shape < 6 ? QStringLiteral("IMG_%1.jpg").arg(1000 + n, 4, 10, QLatin1Char('0'))
                                               : QStringLiteral("DSC%1.JPG").arg(n + 1, 5, 10, QLatin1Char('0'))},
        {QStringLiteral("size"), qint64(size.width()) * size.height() / 9 + draw(s, 5, 40000)},
        {QStringLiteral("width"), size.width()},
        {QStringLiteral("height"), size.height()},
        {QStringLiteral("description"), draw(s, 6, 5) == 0 ? QString()
                                            : QStringLiteral("%1 %2").arg(ascii(subjects[draw(s, 7, countOf(subjects))]),
                                                                          ascii(remarks[draw(s, 8, countOf(remarks))])).trimmed()},
        {QStringLiteral("private"), draw(s, 9, 20) == 0},
        {QStringLiteral("starred"), draw(s, 10, 12) == 0},
        {QStringLiteral("projection"), QStringLiteral("regular")},
        {QStringLiteral("uploader"), QJsonObject{{QStringLiteral("id"), PhotosEndpoints::firstUploaderId + uploader},
                                                 {QStringLiteral("login"), ascii(uploaderNames[uploader][1])},
                                                 {QStringLiteral("name"), ascii(uploaderNames[uploader][0])}}},
        {QStringLiteral("location"), location >= countOf(locations) ? QJsonValue(QJsonValue::Null) : QJsonValue(QJsonObject{
             {QStringLiteral("id"), PhotosEndpoints::firstLocationId + location},
             {QStringLiteral("name"), ascii(locations[location])},
             {QStringLiteral("node_name"), ascii(locations[location]).section(QLatin1Char('>'), -1)}})},
        {QStringLiteral("comments_count"), draw(s, 11, 4) == 0 ? 1 + draw(s, 12, 3) : 0},
    };
    if (draw(s, 13, 10) < 7) {   // most phones record where they were
        out.insert(QStringLiteral("gps_lat"), QString::number(47.6062 + (draw(s, 14, 2001) - 1000) / 1e5, 'f', 6));
        out.insert(QStringLiteral("gps_long"), QString::number(-122.3321 + (draw(s, 15, 2001) - 1000) / 1e5, 'f', 6));
    } else {
        out.insert(QStringLiteral("gps_lat"), QJsonValue::Null);
        out.insert(QStringLiteral("gps_long"), QJsonValue::Null);
    }
    out.insert(QStringLiteral("_orientation"), draw(s, 16, 8) == 0 ? 6 : 1);
    return out;
}

struct Scope
{
    qint64 projectId = 0;
    QHash<qint64, QJsonObject> albums;   // id → album, for names and privacy
};

bool checkProject(const HttpRequest &request, RestContext &context, Scope *scope, HttpResponse *error)
{
    const QString idText = request.queryValue(QStringLiteral("project_id"));
    if (idText.isEmpty()) {
        *error = ProcoreError::badRequest(QStringLiteral("project_id is required"));
        return false;
    }
    const QJsonObject *project = context.data.find(QStringLiteral("projects"), idText.toLongLong());
    if (!project) {
        *error = ProcoreError::notFound();
        return false;
    }
    if (!context.checkCompany(project->value(QLatin1String("company")).toObject().value(QLatin1String("id")).toInteger(), error))
        return false;
    scope->projectId = idText.toLongLong();
    for (const QJsonObject &album : context.data.collection(albumsName))
        if (album.value(projectKey).toInteger() == scope->projectId && !SandboxData::isDeleted(album))
            scope->albums.insert(album.value(QLatin1String("id")).toInteger(), album);
    return true;
}

// The record as Procore serves it: derived fields, then stored ones, album name, signed URLs.
QJsonObject served(const QJsonObject &stored, const Scope &scope, const QUrl &base)
{
    QJsonObject out = stored.contains(QLatin1String("_n")) ? derived(stored) : QJsonObject();
    for (auto it = stored.begin(); it != stored.end(); ++it)
        out.insert(it.key(), it.value());
    const QJsonObject album = scope.albums.value(out.value(QLatin1String("image_category_id")).toInteger());
    out.insert(QStringLiteral("image_category_name"), album.value(QLatin1String("name")));
    out.insert(QStringLiteral("image_category_private"), album.value(QLatin1String("private")).toBool());
    PhotoImages::Spec spec;
    spec.id = out.value(QLatin1String("id")).toInteger();
    spec.seed = quint64(spec.id) * 31 + quint64(stored.value(QLatin1String("_salt")).toInteger());
    spec.size = QSize(out.value(QLatin1String("width")).toInt(), out.value(QLatin1String("height")).toInt());
    spec.orientation = out.value(QLatin1String("_orientation")).toInt(1);
    spec.takenAt = QDateTime::fromString(out.value(QLatin1String("taken_at")).toString(), Qt::ISODate);
    out.insert(QStringLiteral("url"), PhotoImages::url(base, spec, false));
    out.insert(QStringLiteral("thumbnail_url"), PhotoImages::url(base, spec, true));
    const QString self = QStringLiteral("/rest/v1.0/images/%1?project_id=%2").arg(spec.id).arg(scope.projectId);
    out.insert(QStringLiteral("links"), QJsonObject{{QStringLiteral("self"), self}, {QStringLiteral("update"), self}, {QStringLiteral("delete"), self}});
    return withoutHidden(out);
}

QJsonObject *findImage(RestContext &context, const QRegularExpressionMatch &match, qint64 projectId)
{
    QJsonObject *image = context.data.find(imagesName, match.captured(QStringLiteral("id")).toLongLong());
    return image && image->value(projectKey).toInteger() == projectId ? image : nullptr;
}

HttpResponse unprocessable(const QString &field, const QString &message)
{
    return HttpResponse::json(422, QJsonObject{{QStringLiteral("errors"), QJsonObject{{field, QJsonArray{message}}}}});
}

// The editable fields of an `image` body, checked against the project's albums.
bool editableFields(const QJsonObject &image, const Scope &scope, QJsonObject *fields, HttpResponse *error)
{
    for (const char *key : {"description", "private", "starred"})
        if (image.contains(QLatin1String(key)))
            fields->insert(QLatin1String(key), image.value(QLatin1String(key)));
    if (image.contains(QLatin1String("image_category_id"))) {
        const qint64 album = image.value(QLatin1String("image_category_id")).toVariant().toLongLong();
        if (!scope.albums.contains(album)) {
            *error = unprocessable(QStringLiteral("image_category_id"), QStringLiteral("is not an album of this project"));
            return false;
        }
        fields->insert(QStringLiteral("image_category_id"), album);
    }
    return true;
}

// What Procore reads from the uploaded file itself (its create body has no such fields):
// taken_at and GPS from EXIF, null when absent, and the dimensions as displayed.
void readUploadedFile(const QJsonObject &upload, QJsonObject *fields)
{
    QByteArray head = QByteArray::fromBase64(upload.value(QLatin1String("_head")).toString().toLatin1());
    const ExifInfo exif = ExifInfo::fromJpeg(head);
    if (exif.takenAt.isValid())
        fields->insert(QStringLiteral("taken_at"), SandboxData::timestamp(exif.takenAt));
    if (exif.latitude && exif.longitude) {
        fields->insert(QStringLiteral("gps_lat"), QString::number(*exif.latitude, 'f', 6));
        fields->insert(QStringLiteral("gps_long"), QString::number(*exif.longitude, 'f', 6));
    }
    QBuffer buffer(&head);
    QImageReader reader(&buffer);
    QSize size = reader.size();
    if (size.isValid()) {
        if (exif.orientation >= 5)   // stored turned a quarter: shown the other way round
            size.transpose();
        fields->insert(QStringLiteral("width"), size.width());
        fields->insert(QStringLiteral("height"), size.height());
    }
    fields->insert(QStringLiteral("_orientation"), exif.orientation);
}

} // namespace

int PhotosEndpoints::photoCount(Scale scale, int projectIndex)
{
    static const int counts[][3] = {{24, 0, 0}, {240, 120, 60}, {20000, 2000, 0}, {50000, 5000, 0}};
    return projectIndex < 3 ? counts[int(scale)][projectIndex] : 0;
}

void PhotosEndpoints::generate(SandboxData &data, QRandomGenerator &random, Scale scale) const
{
    const QList<QJsonObject> projects = data.collection(QStringLiteral("projects"));
    qint64 albumId = firstAlbumId;
    qint64 imageId = firstImageId;
    QList<QJsonObject> &images = data.collection(imagesName);
    for (int p = 0; p < std::min<int>(int(projects.size()), 3); ++p) {
        const int count = photoCount(scale, p);
        if (count == 0)
            continue;
        const qint64 projectId = projects.at(p).value(QLatin1String("id")).toInteger();
        const QDateTime start = SandboxData::epoch().addDays(-600);
        QList<qint64> albumIds;
        for (int a = 0; a < albumCount(scale); ++a) {
            albumIds.append(albumId);
            const QDateTime created = start.addDays(a * 20);
            data.collection(albumsName).append(QJsonObject{
                {QStringLiteral("id"), albumId++}, {QStringLiteral("name"), ascii(albumNames[a])},
                {QStringLiteral("private"), a == 6}, {QStringLiteral("position"), a + 1},
                {QStringLiteral("created_at"), SandboxData::timestamp(created)},
                {QStringLiteral("updated_at"), SandboxData::timestamp(created)}, {projectKey, projectId}});
        }
        const qint64 salt = qint64(random.generate() & 0x7fffffff);
        const qint64 span = 598LL * 86400;
        images.reserve(images.size() + count);
        for (int n = 0; n < count; ++n) {
            QJsonObject skeleton{{QStringLiteral("id"), imageId++}, {projectKey, projectId}, {QStringLiteral("_n"), n}, {QStringLiteral("_salt"), salt}};
            // Photos come in bursts on working hours; ids follow the time they were taken.
            const QDateTime taken = start.addSecs(span * n / count + 6 * 3600 + draw(skeleton, 20, 9 * 3600));
            const QDateTime created = taken.addSecs(600 + draw(skeleton, 21, 20 * 3600));
            const QDateTime updated = draw(skeleton, 22, 10) == 0 ? created.addDays(1 + draw(skeleton, 23, 30)) : created;
            skeleton.insert(QStringLiteral("image_category_id"), albumIds.at(draw(skeleton, 24, 100) < 40 ? 0 : draw(skeleton, 25, int(albumIds.size()))));
            skeleton.insert(QStringLiteral("taken_at"), draw(skeleton, 26, 12) == 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(SandboxData::timestamp(taken)));
            skeleton.insert(QStringLiteral("created_at"), SandboxData::timestamp(created));
            skeleton.insert(QStringLiteral("updated_at"), SandboxData::timestamp(std::min(updated, SandboxData::epoch().addSecs(-60))));
            images.append(skeleton);
        }
    }
}

void PhotosEndpoints::addRoutes(Router &router) const
{
    router.add("GET", QStringLiteral("/rest/v1.0/image_categories"), &PhotosEndpoints::albums);
    router.add("GET", QStringLiteral("/rest/v1.0/images"), &PhotosEndpoints::list);
    router.add("POST", QStringLiteral("/rest/v1.0/images"), &PhotosEndpoints::create);
    router.add("GET", QStringLiteral("/rest/v1.0/images/{id}"), &PhotosEndpoints::show);
    router.add("PATCH", QStringLiteral("/rest/v1.0/images/{id}"), &PhotosEndpoints::update);
    router.add("DELETE", QStringLiteral("/rest/v1.0/images/{id}"), &PhotosEndpoints::destroy);
}

HttpResponse PhotosEndpoints::albums(const HttpRequest &request, const QRegularExpressionMatch &, RestContext &context)
{
    Scope scope;
    HttpResponse error;
    if (!checkProject(request, context, &scope, &error))
        return error;
    QHash<qint64, int> counts;
    QHash<qint64, qint64> covers;
    for (const QJsonObject &image : context.data.collection(imagesName)) {
        if (image.value(projectKey).toInteger() != scope.projectId || SandboxData::isDeleted(image))
            continue;
        const qint64 album = image.value(QLatin1String("image_category_id")).toInteger();
        ++counts[album];
        covers.insert(album, image.value(QLatin1String("id")).toInteger());   // the newest
    }
    QList<QJsonObject> list;
    for (const QJsonObject &album : context.data.collection(albumsName))
        if (album.value(projectKey).toInteger() == scope.projectId)
            list.append(album);
    ListEndpoint::Options options;
    options.filterUpdatedAt = false;
    return ListEndpoint(options).respond(request, context, list, [&counts, &covers](const QJsonObject &album) {
        QJsonObject out = withoutHidden(album);
        const qint64 id = album.value(QLatin1String("id")).toInteger();
        out.insert(QStringLiteral("count"), counts.value(id));
        out.insert(QStringLiteral("cover_photo"), covers.contains(id) ? QJsonValue(QJsonObject{{QStringLiteral("id"), covers.value(id)}})
                                                                      : QJsonValue(QJsonValue::Null));
        return out;
    });
}

HttpResponse PhotosEndpoints::list(const HttpRequest &request, const QRegularExpressionMatch &, RestContext &context)
{
    Scope scope;
    HttpResponse error;
    if (!checkProject(request, context, &scope, &error))
        return error;
    const qint64 album = request.queryValue(QStringLiteral("image_category_id")).toLongLong();
    QSet<qint64> ids;
    for (const QString &id : request.queryValue(QStringLiteral("filters[id]")).split(QLatin1Char(','), Qt::SkipEmptyParts))
        ids.insert(id.toLongLong());
    QList<QJsonObject> records;
    for (const QJsonObject &image : context.data.collection(imagesName)) {
        if (image.value(projectKey).toInteger() != scope.projectId
            || (album != 0 && image.value(QLatin1String("image_category_id")).toInteger() != album)
            || (!ids.isEmpty() && !ids.contains(image.value(QLatin1String("id")).toInteger())))
            continue;
        records.append(image);
    }
    const QString query = request.queryValue(QStringLiteral("filters[query]"));
    if (!query.isEmpty())
        records.removeIf([&query, &scope, &context](const QJsonObject &image) {
            const QJsonObject full = served(image, scope, context.baseUrl);
            return !full.value(QLatin1String("description")).toString().contains(query, Qt::CaseInsensitive)
                && !full.value(QLatin1String("filename")).toString().contains(query, Qt::CaseInsensitive);
        });
    ListEndpoint::Options options;
    options.maxPerPage = 1000;
    return ListEndpoint(options).respond(request, context, records, [&scope, &context](const QJsonObject &image) {
        return served(image, scope, context.baseUrl);
    });
}

HttpResponse PhotosEndpoints::show(const HttpRequest &request, const QRegularExpressionMatch &match, RestContext &context)
{
    Scope scope;
    HttpResponse error;
    if (!checkProject(request, context, &scope, &error))
        return error;
    const QJsonObject *image = findImage(context, match, scope.projectId);
    return image ? HttpResponse::json(200, served(*image, scope, context.baseUrl)) : ProcoreError::notFound();
}

HttpResponse PhotosEndpoints::create(const HttpRequest &request, const QRegularExpressionMatch &, RestContext &context)
{
    Scope scope;
    HttpResponse error;
    if (!checkProject(request, context, &scope, &error))
        return error;
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const QJsonObject upload = body.value(QLatin1String("upload")).toObject();
    const QString uuid = body.value(QLatin1String("upload_uuid")).toString(upload.value(QLatin1String("uuid")).toString());
    const QString name = body.value(QLatin1String("image_name")).toString(upload.value(QLatin1String("image_name")).toString());
    const QJsonObject image = body.value(QLatin1String("image")).toObject();
    if (image.isEmpty())
        return unprocessable(QStringLiteral("image"), QStringLiteral("is missing"));
    if (name.isEmpty())
        return unprocessable(QStringLiteral("image_name"), QStringLiteral("is required with an upload_uuid"));
    const QJsonObject *stored = nullptr;
    for (const QJsonObject &candidate : context.data.collection(QStringLiteral("uploads")))
        if (candidate.value(QLatin1String("uuid")).toString() == uuid && candidate.value(projectKey).toInteger() == scope.projectId)
            stored = &candidate;
    if (!stored || stored->value(QLatin1String("status")).toString() != QLatin1String("complete"))
        return unprocessable(QStringLiteral("upload_uuid"), QStringLiteral("upload %1 is unknown or not complete").arg(uuid));
    QJsonObject fields{{projectKey, scope.projectId}, {QStringLiteral("filename"), name},
                       {QStringLiteral("size"), stored->value(QLatin1String("size")).toInteger()},
                       {QStringLiteral("width"), 1600}, {QStringLiteral("height"), 1200},
                       {QStringLiteral("description"), QString()}, {QStringLiteral("private"), false}, {QStringLiteral("starred"), false},
                       {QStringLiteral("taken_at"), QJsonValue::Null}, {QStringLiteral("location"), QJsonValue::Null},
                       {QStringLiteral("gps_lat"), QJsonValue::Null}, {QStringLiteral("gps_long"), QJsonValue::Null},
                       {QStringLiteral("image_category_id"), scope.albums.isEmpty() ? 0 : scope.albums.keys().first()},
                       {QStringLiteral("uploader"), QJsonObject{{QStringLiteral("id"), context.data.me().value(QLatin1String("id"))},
                                                                {QStringLiteral("login"), context.data.me().value(QLatin1String("login"))},
                                                                {QStringLiteral("name"), context.data.me().value(QLatin1String("name"))}}}};
    readUploadedFile(*stored, &fields);
    if (!editableFields(image, scope, &fields, &error))
        return error;
    return HttpResponse::json(201, served(context.data.insert(imagesName, fields), scope, context.baseUrl));
}

HttpResponse PhotosEndpoints::update(const HttpRequest &request, const QRegularExpressionMatch &match, RestContext &context)
{
    Scope scope;
    HttpResponse error;
    if (!checkProject(request, context, &scope, &error))
        return error;
    const QJsonObject *image = findImage(context, match, scope.projectId);
    if (!image)
        return ProcoreError::notFound();
    QJsonObject fields;
    if (!editableFields(QJsonDocument::fromJson(request.body).object().value(QLatin1String("image")).toObject(), scope, &fields, &error))
        return error;
    const QJsonObject *patched = context.data.patch(imagesName, image->value(QLatin1String("id")).toInteger(), fields);
    return HttpResponse::json(200, served(*patched, scope, context.baseUrl));
}

HttpResponse PhotosEndpoints::destroy(const HttpRequest &request, const QRegularExpressionMatch &match, RestContext &context)
{
    Scope scope;
    HttpResponse error;
    if (!checkProject(request, context, &scope, &error))
        return error;
    const QJsonObject *image = findImage(context, match, scope.projectId);
    if (!image)
        return ProcoreError::notFound();
    context.data.remove(imagesName, image->value(QLatin1String("id")).toInteger());
    HttpResponse response;
    response.status = 204;
    return response;
}

} // namespace sandbox
