#include "photos/photouploads.h"

#include "photos/photo.h"
#include "photos/photostore.h"
#include "uploads/uploadattachers.h"

#include <QJsonObject>
#include <QUrlQuery>

namespace sitedesk::photouploads {

ApiRequest createImage(const UploadEntry &entry)
{
    ApiRequest request;
    request.method = QByteArrayLiteral("POST");
    request.path = QStringLiteral("/rest/v1.0/images");
    request.query.addQueryItem(QStringLiteral("project_id"), QString::number(entry.projectId));
    request.companyId = entry.companyId;
    request.contentType = QByteArrayLiteral("application/json");
    // Procore wants at least one attribute in `image`, even with an upload_uuid; with no album
    // chosen, "not starred" (its default) is that attribute.
    const QJsonObject image = entry.targetId != 0 ? QJsonObject{{QStringLiteral("image_category_id"), entry.targetId}}
                                                  : QJsonObject{{QStringLiteral("starred"), false}};
    const QJsonObject body{{QStringLiteral("upload_uuid"), entry.uuid},
                           {QStringLiteral("image_name"), entry.fileName()},
                           {QStringLiteral("image"), image}};
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return request;
}

bool keepCreated(CacheDatabase &cache, const UploadEntry &entry, const QJsonDocument &response)
{
    const std::optional<Photo> photo = Photo::fromJson(response.object(), entry.projectId);
    return photo && PhotoStore(cache).mergePhotos(entry.projectId, {*photo});
}

void registerAttacher()
{
    if (uploadattachers::find(tool()))
        return;
    uploadattachers::add(tool(), &createImage);
    // A record that cannot be kept now (an odd answer, a busy cache) is not lost: the image is
    // on Procore, and the next photos sync brings it.
    uploadattachers::setLanding(tool(), [](CacheDatabase &cache, const UploadEntry &entry, const QJsonDocument &response) {
        keepCreated(cache, entry, response);
    });
}

} // namespace sitedesk::photouploads
