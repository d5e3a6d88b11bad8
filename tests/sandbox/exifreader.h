#pragma once

#include <QByteArray>
#include <QDateTime>

#include <optional>

namespace sandbox {

// What Procore reads from an uploaded photo's EXIF when it creates the image (its `taken_at`,
// `gps_lat`, `gps_long` come "from EXIF metadata"): DateTimeOriginal (with OffsetTimeOriginal
// when the camera wrote one, else taken as UTC), the GPS position and the orientation.
// Tolerant: a truncated, malformed or missing EXIF block gives what could be read, never more.
struct ExifInfo
{
    QDateTime takenAt;              // invalid when the file has none
    std::optional<double> latitude; // decimal degrees, south negative
    std::optional<double> longitude;// decimal degrees, west negative
    int orientation = 1;

    // The first bytes of a JPEG are enough: EXIF sits in APP1, before the image data.
    static ExifInfo fromJpeg(const QByteArray &head);
};

} // namespace sandbox
