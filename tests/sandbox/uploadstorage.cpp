#include "uploadstorage.h"

#include "multipartform.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>

namespace sandbox {

namespace {

const QString collectionName = QStringLiteral("uploads");

HttpResponse s3Error(int status, const char *code, const QString &message)
{
    HttpResponse response;
    response.status = status;
    response.body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>" + QByteArray(code) + "</Code><Message>"
                    + message.toHtmlEscaped().toUtf8() + "</Message></Error>";
    response.setHeader("Content-Type", "application/xml");
    return response;
}

QJsonObject *findUpload(SandboxData &data, const QString &uuid)
{
    for (QJsonObject &upload : data.collection(collectionName))
        if (upload.value(QLatin1String("uuid")).toString() == uuid)
            return &upload;
    return nullptr;
}

// The file's first bytes, for what Procore reads from a file when it is attached (a photo's
// EXIF and dimensions); the rest is not kept, so a 1 GiB upload costs no memory.
void keepHead(QJsonObject *upload, const QByteArray &file)
{
    constexpr qsizetype headBytes = 256 * 1024;
    upload->insert(QStringLiteral("_head"), QString::fromLatin1(file.left(headBytes).toBase64()));
}

} // namespace

QString UploadStorage::urlPath(const QString &uuid, int segment)
{
    return segment < 0 ? QStringLiteral("/__storage/uploads/%1").arg(uuid)
                       : QStringLiteral("/__storage/uploads/%1/segments/%2").arg(uuid).arg(segment);
}

bool UploadStorage::handle(const HttpRequest &request, HttpResponse *response)
{
    static const QRegularExpression path(QStringLiteral("^/__storage/uploads/([^/]+)(?:/segments/(\\d+))?$"));
    const QRegularExpressionMatch match = path.match(request.path);
    if (!request.path.startsWith(QLatin1String("/__storage/")))
        return false;
    const QString fault = m_faults.take(request.path);
    QJsonObject *upload = match.hasMatch() ? findUpload(m_data, match.captured(1)) : nullptr;
    if (!upload) {
        *response = s3Error(404, "NoSuchUpload", QStringLiteral("The specified upload does not exist."));
    } else if (request.method == "GET") {
        QJsonObject shown = *upload;
        shown.remove(QStringLiteral("_head"));
        *response = HttpResponse::json(200, shown);
    } else if (fault == QLatin1String("drop")) {
        // The storage dies mid-transfer: nothing is stored, the connection closes unanswered.
        response->fault = HttpResponse::Fault::Drop;
    } else if (!request.header("authorization").isEmpty()) {
        *response = s3Error(400, "InvalidArgument", QStringLiteral("Only one auth mechanism allowed; a bearer token is not accepted here."));
    } else if (QDateTime::currentMSecsSinceEpoch() > upload->value(QLatin1String("_expires_ms")).toInteger()) {
        *response = s3Error(403, "AccessDenied", QStringLiteral("Request has expired"));
    } else if (match.captured(2).isEmpty() && request.method == "POST") {
        *response = postFile(request, upload);
    } else if (!match.captured(2).isEmpty() && request.method == "PUT") {
        *response = putSegment(request, upload, match.captured(2).toInt());
    } else {
        *response = s3Error(405, "MethodNotAllowed", QStringLiteral("The specified method is not allowed against this resource."));
    }
    if (!fault.isEmpty() && fault != QLatin1String("drop") && upload)
        FaultInjector::apply(fault, response);
    return true;
}

HttpResponse UploadStorage::postFile(const HttpRequest &request, QJsonObject *upload)
{
    if (upload->contains(QLatin1String("segments")))
        return s3Error(400, "InvalidRequest", QStringLiteral("This upload is segmented: PUT its segments."));
    const QList<FormPart> parts = multipartParts(request);
    if (parts.isEmpty() || parts.last().name != "file")
        return s3Error(400, "InvalidArgument", QStringLiteral("POST requires exactly one file upload per request, as the last field."));
    const QJsonObject fields = upload->value(QLatin1String("fields")).toObject();
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        const auto found = std::find_if(parts.begin(), parts.end(), [&](const FormPart &p) { return p.name == it.key().toUtf8(); });
        if (found == parts.end() || found->data != it.value().toString().toUtf8())
            return s3Error(403, "AccessDenied", QStringLiteral("Invalid according to Policy: field %1").arg(it.key()));
    }
    const QByteArray &file = parts.last().data;
    upload->insert(QStringLiteral("size"), qint64(file.size()));
    keepHead(upload, file);
    upload->insert(QStringLiteral("sha256"), QString::fromLatin1(QCryptographicHash::hash(file, QCryptographicHash::Sha256).toHex()));
    upload->insert(QStringLiteral("puts"), upload->value(QLatin1String("puts")).toInt() + 1);
    upload->insert(QStringLiteral("status"), QStringLiteral("complete"));
    HttpResponse response;
    response.status = 204;
    return response;
}

HttpResponse UploadStorage::putSegment(const HttpRequest &request, QJsonObject *upload, int index)
{
    QJsonArray segments = upload->value(QLatin1String("segments")).toArray();
    if (index < 0 || index >= segments.size())
        return s3Error(404, "NoSuchKey", QStringLiteral("The specified segment does not exist."));
    QJsonObject segment = segments.at(index).toObject();
    segment.insert(QStringLiteral("puts"), segment.value(QLatin1String("puts")).toInt() + 1);
    segments.replace(index, segment);
    upload->insert(QStringLiteral("segments"), segments);
    if (request.body.size() != segment.value(QLatin1String("size")).toInteger())
        return s3Error(400, "IncompleteBody", QStringLiteral("You did not provide the number of bytes specified by the Content-Length HTTP header."));
    const QByteArray sha256 = QCryptographicHash::hash(request.body, QCryptographicHash::Sha256);
    if (QString::fromLatin1(sha256.toHex()) != segment.value(QLatin1String("sha256")).toString()
        || request.header("x-amz-content-sha256") != sha256.toHex())
        return s3Error(400, "XAmzContentSHA256Mismatch", QStringLiteral("The provided 'x-amz-content-sha256' header does not match what was computed."));
    const QByteArray md5 = QCryptographicHash::hash(request.body, QCryptographicHash::Md5);
    const QByteArray contentMd5 = request.header("content-md5");
    if (!contentMd5.isEmpty() && contentMd5 != md5.toBase64())
        return s3Error(400, "BadDigest", QStringLiteral("The Content-MD5 you specified did not match what we received."));
    const QString etag = QStringLiteral("\"%1\"").arg(QString::fromLatin1(md5.toHex()));
    segment.insert(QStringLiteral("etag"), etag);
    segments.replace(index, segment);
    if (index == 0)
        keepHead(upload, request.body);
    upload->insert(QStringLiteral("segments"), segments);
    HttpResponse response;
    response.status = 200;
    response.setHeader("ETag", etag.toLatin1());
    return response;
}

} // namespace sandbox
