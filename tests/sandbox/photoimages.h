#pragma once

#include "httprequest.h"
#include "httpresponse.h"

#include <QByteArray>
#include <QDateTime>
#include <QSize>
#include <QUrl>

namespace sandbox {

// The bytes behind the sandbox's photo URLs, made on request and never kept: a drawn "site
// photo" (sky, ground, buildings in colours picked from `seed`) saved as JPEG with a small EXIF
// block (Orientation, DateTimeOriginal), or a ~200 px upright thumbnail. Everything the picture
// depends on travels in the URL, signed, so 50,000 photos cost no memory until fetched.
//
// URLs are time-limited like Procore's pre-signed ones: `expires` (Unix seconds) is the end of
// the next full hour, so responses stay byte-identical within a run; after it, or with a
// changed parameter, the file server answers 403 in S3's XML shape.
class PhotoImages
{
public:
    struct Spec
    {
        qint64 id = 0;
        quint64 seed = 0;
        QSize size;              // as displayed (after the EXIF orientation)
        int orientation = 1;     // EXIF: 1 upright, 6 stored rotated (viewer turns 90° clockwise)
        QDateTime takenAt;       // invalid: no DateTimeOriginal
    };

    static QString url(const QUrl &base, const Spec &spec, bool thumbnail);
    // Handles GET /__files/images/…; false for every other path.
    static bool handle(const HttpRequest &request, HttpResponse *response);

    static QByteArray jpeg(const Spec &spec);
    static QByteArray thumbnailJpeg(const Spec &spec);
    static QByteArray exifBlock(int orientation, const QDateTime &takenAt);

private:
    static QByteArray signature(const QByteArray &canonical);
};

} // namespace sandbox
