#pragma once

#include "api/apirequest.h"
#include "uploads/uploadentry.h"

#include <QJsonDocument>
#include <QString>

namespace sitedesk {

class CacheDatabase;

// Files dropped on a daily log entry go through the upload queue with the log type in the
// target tool ("daily_log:notes_logs") and the entry's Procore id as the target id.
//
// Procore's daily log endpoints take files only as multipart/form-data on the entry's update
// (PATCH /rest/v1.0/projects/{project_id}/{type}/{id}, each file an `attachments[]` part);
// their bodies have no upload uuid field, so the attach carries the file itself and the queue
// skips the storage upload (uploadattachers::addSendingFile). Procore answers with the entry,
// its `attachments[]{id,name,url}` included, which goes straight into the cache: the day view
// shows the file before the next sync.
namespace dailylogattachments {

QString toolFor(const QString &type);      // "notes_logs" → "daily_log:notes_logs"
QString typeOfTool(const QString &tool);   // the reverse; "" for another tool

// The multipart PATCH that attaches the entry's file (read from disk here).
ApiRequest attachRequest(const UploadEntry &entry);
// Keeps Procore's answer (the entry with its attachments) in the cache; false if it could not.
bool keepAnswer(CacheDatabase &cache, const UploadEntry &entry, const QJsonDocument &response);
// Registers an attacher and a landing hook per type that takes attachments (once per process).
void registerAttachers();

} // namespace dailylogattachments
} // namespace sitedesk
