#pragma once

#include "faultinjector.h"
#include "httprequest.h"
#include "httpresponse.h"
#include "sandboxdata.h"

namespace sandbox {

// The storage service behind direct uploads, at /__storage/uploads/{uuid}[/segments/{n}]:
//   POST (small file) multipart/form-data with every field the upload named, the file last as
//        "file" → 204; PUT (segment) the raw bytes with the segment's headers → 200 and an ETag.
// Like S3 it refuses a bearer token (400), a wrong size or SHA-256 or Content-MD5 (400), and
// an upload older than an hour (403, "_expires_ms" can be moved with the admin records
// endpoint). Faults queued with path_prefix "/__storage/" apply here (drop: the connection
// closes after the body, nothing stored). GET (no token) → the upload with per-segment counts
// of PUTs received ("puts"), for tests. Only the file's first 256 KB are kept ("_head"), for
// what Procore reads when a file is attached: a photo's EXIF and dimensions.
class UploadStorage
{
public:
    UploadStorage(SandboxData &data, FaultInjector &faults) : m_data(data), m_faults(faults) {}
    Q_DISABLE_COPY_MOVE(UploadStorage)

    bool handle(const HttpRequest &request, HttpResponse *response);

    static QString urlPath(const QString &uuid, int segment = -1);

private:
    HttpResponse postFile(const HttpRequest &request, QJsonObject *upload);
    HttpResponse putSegment(const HttpRequest &request, QJsonObject *upload, int index);

    SandboxData &m_data;
    FaultInjector &m_faults;
};

} // namespace sandbox
