#pragma once

#include <QBuffer>
#include <QByteArray>
#include <QColor>
#include <QDateTime>
#include <QFile>
#include <QImage>
#include <QSize>
#include <QtEndian>

#include <cmath>

#include <optional>

// A camera-like JPEG for upload tests: a plain picture with an EXIF block (big-endian TIFF, as
// many cameras write it) holding DateTimeOriginal in the time's own offset with
// OffsetTimeOriginal, and the GPS position when given. Header-only: any test can include it.
struct ExifJpeg
{
    QSize size{640, 480};
    QColor color{Qt::darkCyan};
    QDateTime takenAt;                 // invalid: no date
    std::optional<double> latitude;    // with longitude, or neither
    std::optional<double> longitude;

    QByteArray bytes() const;
    bool write(const QString &path) const;
};

namespace exifjpegdetail {

class TiffWriter
{
public:
    QByteArray bytes{"MM\0*\0\0\0\x08", 8};

    void u16(quint16 value) { char b[2]; qToBigEndian(value, b); bytes.append(b, 2); }
    void u32(quint32 value) { char b[4]; qToBigEndian(value, b); bytes.append(b, 4); }
    void entry(quint16 tag, quint16 type, quint32 count, quint32 value)
    {
        u16(tag);
        u16(type);
        u32(count);
        if (type == 3 && count == 1) {   // a SHORT sits left-justified in the value field
            u16(quint16(value));
            u16(0);
        } else {
            u32(value);
        }
    }
    void inlineAscii(quint16 tag, char letter)   // "N\0": two bytes, inline
    {
        u16(tag);
        u16(2);
        u32(2);
        bytes.append(letter);
        bytes.append('\0');
        bytes.append(2, '\0');
    }
    void dms(double degrees)
    {
        degrees = std::abs(degrees);
        const quint32 whole = quint32(degrees);
        const double minutes = (degrees - whole) * 60.0;
        const quint32 wholeMinutes = quint32(minutes);
        const quint32 hundredthSeconds = quint32(std::lround((minutes - wholeMinutes) * 60.0 * 100.0));
        u32(whole); u32(1); u32(wholeMinutes); u32(1); u32(hundredthSeconds); u32(100);
    }
};

inline QByteArray exifSegment(const ExifJpeg &photo)
{
    const bool hasGps = photo.latitude && photo.longitude;
    const bool hasDate = photo.takenAt.isValid();
    TiffWriter t;
    const quint16 ifd0Entries = quint16(int(hasDate) + int(hasGps));
    const quint32 exifIfd = 8 + 2 + ifd0Entries * 12 + 4;
    const quint32 exifSize = hasDate ? 2 + 2 * 12 + 4 + 20 + 8 : 0;
    const quint32 gpsIfd = exifIfd + exifSize;
    t.u16(ifd0Entries);
    if (hasDate)
        t.entry(0x8769, 4, 1, exifIfd);
    if (hasGps)
        t.entry(0x8825, 4, 1, gpsIfd);
    t.u32(0);
    if (hasDate) {
        const quint32 dateAt = exifIfd + 2 + 2 * 12 + 4;
        t.u16(2);
        t.entry(0x9003, 2, 20, dateAt);
        t.entry(0x9011, 2, 7, dateAt + 20);
        t.u32(0);
        t.bytes.append(photo.takenAt.toString(QStringLiteral("yyyy:MM:dd HH:mm:ss")).toLatin1()).append('\0');
        const int offset = photo.takenAt.offsetFromUtc();
        const QString sign = offset < 0 ? QStringLiteral("-") : QStringLiteral("+");
        t.bytes.append(QStringLiteral("%1%2:%3").arg(sign).arg(std::abs(offset) / 3600, 2, 10, QLatin1Char('0'))
                           .arg(std::abs(offset) % 3600 / 60, 2, 10, QLatin1Char('0')).toLatin1()).append(2, '\0');
    }
    if (hasGps) {
        const quint32 valuesAt = gpsIfd + 2 + 4 * 12 + 4;
        t.u16(4);
        t.inlineAscii(1, *photo.latitude < 0 ? 'S' : 'N');
        t.entry(2, 5, 3, valuesAt);
        t.inlineAscii(3, *photo.longitude < 0 ? 'W' : 'E');
        t.entry(4, 5, 3, valuesAt + 24);
        t.u32(0);
        t.dms(*photo.latitude);
        t.dms(*photo.longitude);
    }
    const QByteArray payload = QByteArray("Exif\0\0", 6) + t.bytes;
    char length[2];
    qToBigEndian(quint16(payload.size() + 2), length);
    return QByteArray("\xFF\xE1", 2) + QByteArray(length, 2) + payload;
}

} // namespace exifjpegdetail

inline QByteArray ExifJpeg::bytes() const
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(color);
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 85);
    // APP1 right after SOI and the JFIF APP0, where readers look for it.
    qsizetype at = 2;
    if (jpeg.size() > 6 && uchar(jpeg[2]) == 0xFF && uchar(jpeg[3]) == 0xE0)
        at = 4 + qFromBigEndian<quint16>(jpeg.constData() + 4);
    return jpeg.insert(at, exifjpegdetail::exifSegment(*this));
}

inline bool ExifJpeg::write(const QString &path) const
{
    QFile file(path);
    const QByteArray data = bytes();
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}
