#pragma once

#include "api/apirequest.h"
#include "uploads/uploadentry.h"

#include <QJsonDocument>

namespace sitedesk {

class CacheDatabase;

// Photos dropped on an album go through the upload queue with target tool "images" and the
// album (image category) id as the target id (0: no album chosen, Procore's default). When
// the file is on Procore, the image is created from the upload:
//   POST /rest/v1.0/images?project_id=… {upload_uuid, image_name, image{image_category_id}}
// Procore's create body has no taken_at or GPS fields: Procore reads both from the file's EXIF
// (its image record says so), as the sandbox does. The created image goes straight into the
// cache, so the album shows it before the next sync.
namespace photouploads {

inline QString tool() { return QStringLiteral("images"); }

ApiRequest createImage(const UploadEntry &entry);
// Keeps Procore's answer (the created image) in the photos table; false if it could not.
bool keepCreated(CacheDatabase &cache, const UploadEntry &entry, const QJsonDocument &response);
// Registers both with uploadattachers (once per process; later calls do nothing).
void registerAttacher();

} // namespace photouploads
} // namespace sitedesk
