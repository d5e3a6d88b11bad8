#pragma once

#include "httprequest.h"
#include "httpresponse.h"
#include "multipartform.h"
#include "sandboxdata.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>

namespace sandbox {

// Files on daily log entries, taken the way Procore documents it for every type but visitors,
// productivity and timecard entries: multipart/form-data on the entry's update (the sandbox
// takes the form on PATCH only; Procore documents it for the create too), each
// file an `attachments[]` part, the entry's own fields (if any) as `notes_log[comment]` …
// A file becomes {id, name, filename, content_type, url, viewable_type} in the entry's
// `attachments`; its bytes are kept and served at GET /__files/daily_log_attachments/{id}/{name}
// (no token, like Procore's storage links). There is no upload-uuid field on these endpoints.
class DailyLogAttachmentFiles
{
public:
    struct Form
    {
        bool ok = false;           // false: not multipart, or a malformed body
        QJsonObject fields;        // the `bodyKey[...]` parts, as the JSON body would carry them
        QList<FormPart> files;     // the `attachments[]` parts
    };
    static Form readForm(const HttpRequest &request, const QString &bodyKey);
    // `existing` with one attachment per file added; the bytes are kept in `data`.
    static QJsonArray attach(SandboxData &data, const QUrl &baseUrl, const QJsonArray &existing, const QList<FormPart> &files);
    static bool handle(const HttpRequest &request, SandboxData &data, HttpResponse *response);
};

} // namespace sandbox
