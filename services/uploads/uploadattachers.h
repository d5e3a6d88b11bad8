#pragma once

#include "api/apirequest.h"
#include "uploads/uploadentry.h"

#include <QJsonDocument>
#include <QString>
#include <QStringList>

#include <functional>

namespace sitedesk {

class CacheDatabase;

// How a finished upload joins its item, per tool: the Procore request that attaches the
// upload's uuid. Submittals are built in; Daily Log, Photos … register theirs the same way.
namespace uploadattachers {

using Attacher = std::function<ApiRequest(const UploadEntry &entry)>;

void add(const QString &tool, Attacher attacher);
// For a tool whose attach request carries the file's bytes itself (Procore's daily log types
// take only multipart `attachments[]`, no upload uuid): the queue skips the storage upload and
// goes straight to the attach, so the file crosses the network once.
void addSendingFile(const QString &tool, Attacher attacher);
bool sendsFile(const QString &tool);
// nullptr when no attacher is known for the tool.
const Attacher *find(const QString &tool);
QStringList tools();

// Optional, per tool: what Procore's answer to the attach means for the cache the upload queue
// lives in (a created photo shown at once, before the next sync).
using Landing = std::function<void(CacheDatabase &cache, const UploadEntry &entry, const QJsonDocument &response)>;
void setLanding(const QString &tool, Landing landing);
const Landing *findLanding(const QString &tool);

} // namespace uploadattachers
} // namespace sitedesk
