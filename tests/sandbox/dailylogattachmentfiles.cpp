#include "dailylogattachmentfiles.h"

#include "procoreerror.h"

#include <QRegularExpression>

namespace sandbox {

namespace {

const QString kFiles = QStringLiteral("daily_log_attachment_files");

// "notes_log[comment]" → "comment"; "notes_log[mt_location][]" → "mt_location" (an array).
QString fieldName(const QByteArray &partName, const QString &bodyKey, bool *isArray)
{
    const QString name = QString::fromUtf8(partName);
    const QString prefix = bodyKey + QLatin1Char('[');
    if (!name.startsWith(prefix))
        return {};
    QString rest = name.mid(prefix.size());
    *isArray = rest.endsWith(QLatin1String("][]"));
    rest.chop(*isArray ? 3 : 1);
    return rest.contains(QLatin1Char('[')) ? QString() : rest;
}

} // namespace

DailyLogAttachmentFiles::Form DailyLogAttachmentFiles::readForm(const HttpRequest &request, const QString &bodyKey)
{
    Form form;
    const QList<FormPart> parts = multipartParts(request);
    form.ok = !parts.isEmpty();
    for (const FormPart &part : parts) {
        if (part.name == "attachments[]" && !part.fileName.isEmpty()) {
            form.files.append(part);
            continue;
        }
        bool isArray = false;
        const QString field = fieldName(part.name, bodyKey, &isArray);
        if (field.isEmpty())
            continue;   // a parameter Procore does not know is ignored, as Rails does
        const QString value = QString::fromUtf8(part.data);
        if (isArray) {
            QJsonArray values = form.fields.value(field).toArray();
            values.append(value);
            form.fields.insert(field, values);
        } else {
            form.fields.insert(field, value);
        }
    }
    return form;
}

QJsonArray DailyLogAttachmentFiles::attach(SandboxData &data, const QUrl &baseUrl, const QJsonArray &existing, const QList<FormPart> &files)
{
    QJsonArray attachments = existing;
    for (const FormPart &file : files) {
        const QString contentType = file.contentType.isEmpty() ? QStringLiteral("application/octet-stream") : QString::fromUtf8(file.contentType);
        const QJsonObject kept = data.insert(kFiles, QJsonObject{{QStringLiteral("name"), file.fileName},
                                                                 {QStringLiteral("content_type"), contentType},
                                                                 {QStringLiteral("_bytes"), QString::fromLatin1(file.data.toBase64())}});
        const qint64 id = kept.value(QLatin1String("id")).toInteger();
        const QString path = QStringLiteral("/__files/daily_log_attachments/%1/%2")
                                 .arg(id).arg(QString::fromUtf8(QUrl::toPercentEncoding(file.fileName)));
        attachments.append(QJsonObject{
            {QStringLiteral("id"), id},
            {QStringLiteral("name"), file.fileName},
            {QStringLiteral("filename"), file.fileName},   // Procore: ":filename to be deprecated, use :name"
            {QStringLiteral("content_type"), contentType},
            {QStringLiteral("url"), baseUrl.resolved(QUrl(path)).toString()},
            {QStringLiteral("viewable_type"), contentType.startsWith(QLatin1String("image/")) ? QStringLiteral("image") : QStringLiteral("document")},
        });
    }
    return attachments;
}

bool DailyLogAttachmentFiles::handle(const HttpRequest &request, SandboxData &data, HttpResponse *response)
{
    static const QRegularExpression path(QStringLiteral("^/__files/daily_log_attachments/(\\d+)/([^/]+)$"));
    const QRegularExpressionMatch match = path.match(request.path);
    if (!match.hasMatch())
        return false;
    if (request.method != "GET") {
        *response = ProcoreError::methodNotAllowed("GET");
        return true;
    }
    const QJsonObject *kept = data.find(kFiles, match.captured(1).toLongLong());
    if (!kept) {
        *response = ProcoreError::notFound();
        return true;
    }
    response->status = 200;
    response->body = QByteArray::fromBase64(kept->value(QLatin1String("_bytes")).toString().toLatin1());
    response->setHeader("Content-Type", kept->value(QLatin1String("content_type")).toString().toUtf8());
    return true;
}

} // namespace sandbox
