#pragma once

#include "api/apirequest.h"
#include "uploads/uploadentry.h"

#include <QString>
#include <QStringList>

#include <functional>

namespace sitedesk {

// How a finished upload joins its item, per tool: the Procore request that attaches the
// upload's uuid. Submittals are built in; Daily Log, Photos … register theirs the same way.
namespace uploadattachers {

using Attacher = std::function<ApiRequest(const UploadEntry &entry)>;

void add(const QString &tool, Attacher attacher);
// nullptr when no attacher is known for the tool.
const Attacher *find(const QString &tool);
QStringList tools();

} // namespace uploadattachers
} // namespace sitedesk
