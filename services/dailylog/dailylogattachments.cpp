#include "dailylog/dailylogattachments.h"

#include "dailylog/dailylogentry.h"
#include "dailylog/dailylogstore.h"
#include "dailylog/dailylogtype.h"
#include "uploads/uploadattachers.h"

#include <QFile>
#include <QJsonObject>
#include <QUuid>

namespace sitedesk::dailylogattachments {

namespace {

const QString kPrefix = QStringLiteral("daily_log:");

// A file name as a quoted form-data parameter: UTF-8, as browsers send it, with the quote
// and line breaks (which would end the header) percent-encoded.
QByteArray quotedFileName(const QString &name)
{
    QByteArray bytes = name.toUtf8();
    bytes.replace('"', "%22").replace('\r', "%0D").replace('\n', "%0A");
    return '"' + bytes + '"';
}

} // namespace

QString toolFor(const QString &type)
{
    return kPrefix + type;
}

QString typeOfTool(const QString &tool)
{
    return tool.startsWith(kPrefix) ? tool.mid(kPrefix.size()) : QString();
}

ApiRequest attachRequest(const UploadEntry &entry)
{
    const QByteArray boundary = "sitedesk-" + QUuid::createUuid().toByteArray(QUuid::Id128);
    QFile file(entry.localPath);
    // The queue checked the file just before (size and date unchanged); an unreadable file
    // sends an empty part, which Procore refuses in words the Uploads panel shows.
    const QByteArray bytes = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    const QByteArray contentType = entry.contentType.isEmpty() ? QByteArrayLiteral("application/octet-stream")
                                                                : entry.contentType.toUtf8();
    QByteArray body;
    body.reserve(bytes.size() + 512);
    body += "--" + boundary + "\r\n";
    body += "Content-Disposition: form-data; name=\"attachments[]\"; filename=" + quotedFileName(entry.fileName()) + "\r\n";
    body += "Content-Type: " + contentType + "\r\n\r\n";
    body += bytes;
    body += "\r\n--" + boundary + "--\r\n";

    ApiRequest request;
    request.method = QByteArrayLiteral("PATCH");
    request.path = QStringLiteral("/rest/v1.0/projects/%1/%2/%3").arg(entry.projectId).arg(typeOfTool(entry.targetTool)).arg(entry.targetId);
    request.companyId = entry.companyId;
    request.contentType = "multipart/form-data; boundary=" + boundary;
    request.body = body;
    return request;
}

bool keepAnswer(CacheDatabase &cache, const UploadEntry &entry, const QJsonDocument &response)
{
    const auto answered = DailyLogEntry::fromJson(response.object(), typeOfTool(entry.targetTool), entry.projectId);
    return answered && DailyLogStore(cache).upsert(*answered);
}

void registerAttachers()
{
    for (const DailyLogType &type : DailyLogType::all()) {
        const QString tool = toolFor(type.name);
        if (!DailyLogType::takesAttachments(type.name) || uploadattachers::find(tool))
            continue;
        uploadattachers::addSendingFile(tool, &attachRequest);
        // An answer that cannot be kept now is not lost: the file is on Procore, and the next
        // daily log sync brings the entry with it.
        uploadattachers::setLanding(tool, [](CacheDatabase &cache, const UploadEntry &entry, const QJsonDocument &response) {
            keepAnswer(cache, entry, response);
        });
    }
}

} // namespace sitedesk::dailylogattachments
