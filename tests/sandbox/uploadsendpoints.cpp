#include "uploadsendpoints.h"

#include "procoreerror.h"
#include "submittalsendpoints.h"
#include "uploadstorage.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace sandbox {

namespace {

const QString collectionName = QStringLiteral("uploads");
const QString projectKey = QStringLiteral("_project_id");

HttpResponse unprocessable(const QString &field, const QString &message)
{
    return HttpResponse::json(422, QJsonObject{{QStringLiteral("errors"), QJsonObject{{field, QJsonArray{message}}}}});
}

const QJsonObject *projectOf(const QRegularExpressionMatch &match, RestContext &context, HttpResponse *error)
{
    const QJsonObject *project = context.data.find(QStringLiteral("projects"), match.captured(QStringLiteral("project_id")).toLongLong());
    if (!project) {
        *error = ProcoreError::notFound();
        return nullptr;
    }
    if (!context.checkCompany(project->value(QLatin1String("company")).toObject().value(QLatin1String("id")).toInteger(), error))
        return nullptr;
    return project;
}

QJsonObject *findUpload(SandboxData &data, const QString &uuid)
{
    for (QJsonObject &upload : data.collection(collectionName))
        if (upload.value(QLatin1String("uuid")).toString() == uuid && !SandboxData::isDeleted(upload))
            return &upload;
    return nullptr;
}

// What the client sees of an upload: no hidden keys, no storage bookkeeping.
QJsonObject served(const QJsonObject &upload, const QUrl &base)
{
    const QString uuid = upload.value(QLatin1String("uuid")).toString();
    QJsonObject out{{QStringLiteral("uuid"), uuid}, {QStringLiteral("status"), upload.value(QLatin1String("status"))}};
    if (!upload.contains(QLatin1String("segments"))) {
        out.insert(QStringLiteral("url"), base.resolved(QUrl(UploadStorage::urlPath(uuid))).toString());
        out.insert(QStringLiteral("fields"), upload.value(QLatin1String("fields")));
        return out;
    }
    QJsonArray segments;
    int index = 0;
    for (const QJsonValue &value : upload.value(QLatin1String("segments")).toArray()) {
        const QJsonObject s = value.toObject();
        QJsonObject headers{{QStringLiteral("Content-Length"), QString::number(s.value(QLatin1String("size")).toInteger())},
                            {QStringLiteral("x-amz-content-sha256"), s.value(QLatin1String("sha256"))}};
        if (!s.value(QLatin1String("md5")).toString().isEmpty())
            headers.insert(QStringLiteral("Content-MD5"), QString::fromLatin1(QByteArray::fromHex(s.value(QLatin1String("md5")).toString().toLatin1()).toBase64()));
        segments.append(QJsonObject{{QStringLiteral("url"), base.resolved(QUrl(UploadStorage::urlPath(uuid, index++))).toString()},
                                    {QStringLiteral("headers"), headers},
                                    {QStringLiteral("size"), s.value(QLatin1String("size"))},
                                    {QStringLiteral("sha256"), s.value(QLatin1String("sha256"))},
                                    {QStringLiteral("md5"), s.value(QLatin1String("md5"))}});
    }
    out.insert(QStringLiteral("segments"), segments);
    return out;
}

HttpResponse create(const HttpRequest &request, qint64 projectId, RestContext &context)
{
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const QString filename = body.value(QLatin1String("response_filename")).toString();
    QJsonObject upload{{projectKey, projectId},
                       {QStringLiteral("_expires_ms"), QDateTime::currentMSecsSinceEpoch() + UploadsEndpoints::lifetimeMs},
                       {QStringLiteral("filename"), filename},
                       {QStringLiteral("content_type"), body.value(QLatin1String("response_content_type"))},
                       {QStringLiteral("status"), QStringLiteral("ready")}};
    if (body.contains(QLatin1String("segments"))) {
        const QJsonArray requested = body.value(QLatin1String("segments")).toArray();
        if (requested.isEmpty())
            return unprocessable(QStringLiteral("segments"), QStringLiteral("must not be empty"));
        QJsonArray segments;
        for (qsizetype i = 0; i < requested.size(); ++i) {
            const QJsonObject s = requested.at(i).toObject();
            const qint64 size = s.value(QLatin1String("size")).toInteger();
            const QString sha256 = s.value(QLatin1String("sha256")).toString();
            if (size <= 0 || (i + 1 < requested.size() && size < UploadsEndpoints::minSegmentSize))
                return unprocessable(QStringLiteral("segments"), QStringLiteral("segment %1 is smaller than 5 MB").arg(i));
            if (sha256.size() != 64)
                return unprocessable(QStringLiteral("segments"), QStringLiteral("segment %1 needs a sha256").arg(i));
            segments.append(QJsonObject{{QStringLiteral("size"), size}, {QStringLiteral("sha256"), sha256.toLower()},
                                        {QStringLiteral("md5"), s.value(QLatin1String("md5")).toString().toLower()}});
        }
        upload.insert(QStringLiteral("segments"), segments);
    }
    const qint64 id = context.data.collection(collectionName).size() + 1;
    const QString uuid = QUuid::createUuidV5(QUuid(QStringLiteral("{6ba7b811-9dad-11d1-80b4-00c04fd430c8}")), QString::number(id))
                             .toString(QUuid::WithoutBraces);
    upload.insert(QStringLiteral("uuid"), uuid);
    if (!upload.contains(QLatin1String("segments"))) {
        upload.insert(QStringLiteral("fields"), QJsonObject{
            {QStringLiteral("key"), QStringLiteral("uploads/%1/${filename}").arg(uuid)},
            {QStringLiteral("Content-Type"), body.value(QLatin1String("response_content_type")).toString()},
            {QStringLiteral("Content-Disposition"), QStringLiteral("inline; filename=\"%1\"").arg(filename)},
            {QStringLiteral("policy"), QString::fromLatin1(QByteArray("sandbox-policy-" + uuid.toLatin1()).toBase64())},
            {QStringLiteral("success_action_status"), QStringLiteral("204")},
            {QStringLiteral("x-amz-algorithm"), QStringLiteral("AWS4-HMAC-SHA256")},
            {QStringLiteral("x-amz-credential"), QStringLiteral("SANDBOX/20260105/us-east-1/s3/aws4_request")},
            {QStringLiteral("x-amz-date"), QStringLiteral("20260105T080000Z")},
            {QStringLiteral("x-amz-signature"), QString::fromLatin1(QByteArray(uuid.toLatin1()).toHex().left(64))}});
    }
    upload.insert(QStringLiteral("id"), id);
    context.data.collection(collectionName).append(upload);
    return HttpResponse::json(201, served(upload, context.baseUrl));
}

HttpResponse complete(const HttpRequest &request, const QString &uuid, qint64 projectId, RestContext &context)
{
    QJsonObject *upload = findUpload(context.data, uuid);
    if (!upload || upload->value(projectKey).toInteger() != projectId)
        return ProcoreError::notFound();
    const QJsonArray given = QJsonDocument::fromJson(request.body).object().value(QLatin1String("segments")).toArray();
    const QJsonArray stored = upload->value(QLatin1String("segments")).toArray();
    if (stored.isEmpty())
        return unprocessable(QStringLiteral("segments"), QStringLiteral("this upload is not segmented"));
    if (given.size() != stored.size())
        return unprocessable(QStringLiteral("segments"), QStringLiteral("expected %1 segments, got %2").arg(stored.size()).arg(given.size()));
    for (qsizetype i = 0; i < stored.size(); ++i) {
        const QString etag = stored.at(i).toObject().value(QLatin1String("etag")).toString();
        if (etag.isEmpty() || given.at(i).toObject().value(QLatin1String("etag")).toString() != etag)
            return unprocessable(QStringLiteral("segments"), QStringLiteral("segment %1 is missing or its etag does not match").arg(i));
    }
    upload->insert(QStringLiteral("status"), QStringLiteral("complete"));
    return HttpResponse::json(200, served(*upload, context.baseUrl));
}

HttpResponse attachToSubmittal(const HttpRequest &request, const QRegularExpressionMatch &match, RestContext &context)
{
    HttpResponse error;
    const QJsonObject *project = projectOf(match, context, &error);
    if (!project)
        return error;
    const qint64 projectId = project->value(QLatin1String("id")).toInteger();
    const qint64 id = match.captured(QStringLiteral("id")).toLongLong();
    const QJsonObject *existing = context.data.find(QStringLiteral("submittals"), id);
    if (!existing || existing->value(projectKey).toInteger() != projectId)
        return ProcoreError::notFound();
    const QJsonObject fields = QJsonDocument::fromJson(request.body).object().value(QLatin1String("submittal")).toObject();
    QJsonArray attachments = existing->value(QLatin1String("associated_attachments")).toArray();
    for (const QJsonValue &value : fields.value(QLatin1String("upload_ids")).toArray()) {
        const QJsonObject *upload = findUpload(context.data, value.toString());
        const qint64 uploadProject = upload ? upload->value(projectKey).toInteger() : 0;
        if (!upload || (uploadProject != projectId && uploadProject != 0)
            || upload->value(QLatin1String("status")).toString() != QLatin1String("complete"))
            return unprocessable(QStringLiteral("upload_ids"), QStringLiteral("upload %1 is unknown or not complete").arg(value.toString()));
        const qint64 attachmentId = 562949956000000 + upload->value(QLatin1String("id")).toInteger() * 2;
        const QString filename = upload->value(QLatin1String("filename")).toString();
        attachments.append(QJsonObject{{QStringLiteral("id"), attachmentId},
                                       {QStringLiteral("attachment_id"), attachmentId + 1},
                                       {QStringLiteral("file_unavailable"), false},
                                       {QStringLiteral("attached_at"), context.data.now()},
                                       {QStringLiteral("content_type"), upload->value(QLatin1String("content_type"))},
                                       {QStringLiteral("filename"), filename},
                                       {QStringLiteral("state"), QStringLiteral("current")},
                                       {QStringLiteral("url"), QStringLiteral("/__files/submittal_attachments/%1/%2").arg(attachmentId).arg(filename)}});
    }
    QJsonObject changes;
    changes.insert(QStringLiteral("associated_attachments"), attachments);
    const qint64 companyId = project->value(QLatin1String("company")).toObject().value(QLatin1String("id")).toInteger();
    if (const auto refused = SubmittalsEndpoints::checkEdit(fields, companyId, context.data, &changes))
        return *refused;
    return HttpResponse::json(200, SubmittalsEndpoints::served(*context.data.patch(QStringLiteral("submittals"), id, changes), context.baseUrl));
}

} // namespace

void UploadsEndpoints::addRoutes(Router &router) const
{
    router.add("POST", QStringLiteral("/rest/v1.1/projects/{project_id}/uploads"),
               [](const HttpRequest &request, const QRegularExpressionMatch &match, RestContext &context) {
                   HttpResponse error;
                   const QJsonObject *project = projectOf(match, context, &error);
                   return project ? create(request, project->value(QLatin1String("id")).toInteger(), context) : error;
               });
    router.add("PATCH", QStringLiteral("/rest/v1.1/projects/{project_id}/uploads/{uuid}"),
               [](const HttpRequest &request, const QRegularExpressionMatch &match, RestContext &context) {
                   HttpResponse error;
                   const QJsonObject *project = projectOf(match, context, &error);
                   return project ? complete(request, match.captured(QStringLiteral("uuid")), project->value(QLatin1String("id")).toInteger(), context)
                                  : error;
               });
    // The company variant: an upload not tied to a project (stored with project 0), which any
    // project of the company may attach.
    router.add("POST", QStringLiteral("/rest/v1.1/companies/{company_id}/uploads"),
               [](const HttpRequest &request, const QRegularExpressionMatch &match, RestContext &context) {
                   HttpResponse error;
                   return context.checkCompany(match.captured(QStringLiteral("company_id")).toLongLong(), &error)
                              ? create(request, 0, context) : error;
               });
    router.add("PATCH", QStringLiteral("/rest/v1.1/companies/{company_id}/uploads/{uuid}"),
               [](const HttpRequest &request, const QRegularExpressionMatch &match, RestContext &context) {
                   HttpResponse error;
                   return context.checkCompany(match.captured(QStringLiteral("company_id")).toLongLong(), &error)
                              ? complete(request, match.captured(QStringLiteral("uuid")), 0, context) : error;
               });
    router.add("PATCH", QStringLiteral("/rest/v1.1/projects/{project_id}/submittals/{id}"), &attachToSubmittal);
}

} // namespace sandbox
