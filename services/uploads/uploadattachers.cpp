#include "uploads/uploadattachers.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace sitedesk::uploadattachers {

namespace {

// PATCH the submittal with the uuid in upload_ids: Procore adds the file to its attachments
// (procore-api.md, Files: "some tools take upload_ids"; the multipart attachments[] form
// would send the file through the API again).
ApiRequest attachToSubmittal(const UploadEntry &entry)
{
    ApiRequest request;
    request.method = QByteArrayLiteral("PATCH");
    request.path = QStringLiteral("/rest/v1.1/projects/%1/submittals/%2").arg(entry.projectId).arg(entry.targetId);
    request.companyId = entry.companyId;
    request.contentType = QByteArrayLiteral("application/json");
    const QJsonObject submittal{{QStringLiteral("upload_ids"), QJsonArray{entry.uuid}}};
    request.body = QJsonDocument(QJsonObject{{QStringLiteral("submittal"), submittal}}).toJson(QJsonDocument::Compact);
    return request;
}

QHash<QString, Attacher> &registry()
{
    static QHash<QString, Attacher> attachers{{QStringLiteral("submittals"), &attachToSubmittal}};
    return attachers;
}

QSet<QString> &fileSenders()
{
    static QSet<QString> tools;
    return tools;
}

QHash<QString, Landing> &landings()
{
    static QHash<QString, Landing> hooks;
    return hooks;
}

} // namespace

void add(const QString &tool, Attacher attacher)
{
    registry().insert(tool, std::move(attacher));
}

void addSendingFile(const QString &tool, Attacher attacher)
{
    add(tool, std::move(attacher));
    fileSenders().insert(tool);
}

bool sendsFile(const QString &tool)
{
    return fileSenders().contains(tool);
}

const Attacher *find(const QString &tool)
{
    const auto it = registry().constFind(tool);
    return it == registry().constEnd() ? nullptr : &it.value();
}

QStringList tools()
{
    return registry().keys();
}

void setLanding(const QString &tool, Landing landing)
{
    landings().insert(tool, std::move(landing));
}

const Landing *findLanding(const QString &tool)
{
    const auto it = landings().constFind(tool);
    return it == landings().constEnd() ? nullptr : &it.value();
}

} // namespace sitedesk::uploadattachers
