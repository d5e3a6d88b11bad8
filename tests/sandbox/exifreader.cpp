#include "exifreader.h"

#include <QRegularExpression>
#include <QtEndian>

#include <algorithm>

namespace sandbox {

namespace {

// A TIFF structure inside the APP1 payload; every read is bounds-checked.
class Tiff
{
public:
    explicit Tiff(const QByteArray &bytes) : m_bytes(bytes), m_little(bytes.startsWith("II")) {}

    bool valid() const { return m_bytes.size() >= 8 && (m_little || m_bytes.startsWith("MM")) && u16(2) == 42; }
    quint32 firstIfd() const { return u32(4); }

    quint16 u16(qint64 at) const
    {
        if (at < 0 || at + 2 > m_bytes.size())
            return 0;
        const uchar *p = reinterpret_cast<const uchar *>(m_bytes.constData() + at);
        return m_little ? qFromLittleEndian<quint16>(p) : qFromBigEndian<quint16>(p);
    }
    quint32 u32(qint64 at) const
    {
        if (at < 0 || at + 4 > m_bytes.size())
            return 0;
        const uchar *p = reinterpret_cast<const uchar *>(m_bytes.constData() + at);
        return m_little ? qFromLittleEndian<quint32>(p) : qFromBigEndian<quint32>(p);
    }

    struct Entry { quint16 type = 0; quint32 count = 0; qint64 valueAt = -1; };

    // The entry for `tag` in the IFD at `ifd`; valueAt points at the value (inline or not).
    Entry find(quint32 ifd, quint16 tag) const
    {
        const int entries = u16(ifd);
        for (int i = 0; i < entries && i < 512; ++i) {
            const qint64 at = qint64(ifd) + 2 + i * 12;
            if (at + 12 > m_bytes.size())
                break;
            if (u16(at) != tag)
                continue;
            Entry entry{u16(at + 2), u32(at + 4), at + 8};
            const int unit = entry.type == 3 ? 2 : (entry.type == 4 ? 4 : (entry.type == 5 ? 8 : 1));
            if (qint64(unit) * entry.count > 4)
                entry.valueAt = u32(at + 8);
            return entry;
        }
        return {};
    }

    QByteArray ascii(const Entry &entry) const
    {
        if (entry.type != 2 || entry.valueAt < 0 || entry.valueAt + entry.count > m_bytes.size())
            return {};
        QByteArray text = m_bytes.mid(entry.valueAt, entry.count);
        const qsizetype nul = text.indexOf('\0');
        return nul >= 0 ? text.left(nul) : text;
    }

    // Degrees, minutes, seconds as three RATIONALs.
    std::optional<double> degrees(const Entry &entry) const
    {
        if (entry.type != 5 || entry.count != 3 || entry.valueAt < 0 || entry.valueAt + 24 > m_bytes.size())
            return std::nullopt;
        double parts[3];
        for (int i = 0; i < 3; ++i) {
            const quint32 denominator = u32(entry.valueAt + i * 8 + 4);
            if (denominator == 0)
                return std::nullopt;
            parts[i] = double(u32(entry.valueAt + i * 8)) / denominator;
        }
        return parts[0] + parts[1] / 60.0 + parts[2] / 3600.0;
    }

private:
    QByteArray m_bytes;
    bool m_little;
};

QByteArray exifPayload(const QByteArray &jpeg)
{
    if (!jpeg.startsWith("\xFF\xD8"))
        return {};
    qsizetype at = 2;
    while (at + 4 <= jpeg.size() && uchar(jpeg[at]) == 0xFF) {
        const uchar marker = uchar(jpeg[at + 1]);
        if (marker == 0xDA || marker == 0xD9)   // image data: no EXIF after it
            break;
        const int length = qFromBigEndian<quint16>(jpeg.constData() + at + 2);
        if (length < 2)
            break;
        const QByteArray payload = jpeg.mid(at + 4, length - 2);
        if (marker == 0xE1 && payload.startsWith(QByteArray("Exif\0\0", 6)))
            return payload.mid(6);
        at += 2 + length;
    }
    return {};
}

QDateTime dateTimeOriginal(const Tiff &tiff, quint32 exifIfd)
{
    const QByteArray text = tiff.ascii(tiff.find(exifIfd, 0x9003));
    QDateTime local = QDateTime::fromString(QString::fromLatin1(text), QStringLiteral("yyyy:MM:dd HH:mm:ss"));
    if (!local.isValid())
        return {};
    const QByteArray offset = tiff.ascii(tiff.find(exifIfd, 0x9011));   // "+02:00"
    static const QRegularExpression offsetPattern(QStringLiteral("^([+-])(\\d\\d):(\\d\\d)$"));
    const QRegularExpressionMatch match = offsetPattern.match(QString::fromLatin1(offset));
    int seconds = 0;
    if (match.hasMatch())
        seconds = (match.captured(1) == QLatin1String("-") ? -1 : 1) * (match.captured(2).toInt() * 3600 + match.captured(3).toInt() * 60);
    local.setOffsetFromUtc(seconds);
    return local.toUTC();
}

std::optional<double> coordinate(const Tiff &tiff, quint32 gpsIfd, quint16 refTag, quint16 valueTag, char negative)
{
    const std::optional<double> value = tiff.degrees(tiff.find(gpsIfd, valueTag));
    if (!value)
        return std::nullopt;
    return tiff.ascii(tiff.find(gpsIfd, refTag)).startsWith(negative) ? -*value : *value;
}

} // namespace

ExifInfo ExifInfo::fromJpeg(const QByteArray &head)
{
    ExifInfo info;
    const Tiff tiff(exifPayload(head));
    if (!tiff.valid())
        return info;
    const quint32 ifd0 = tiff.firstIfd();
    const Tiff::Entry orientation = tiff.find(ifd0, 0x0112);
    if (orientation.type == 3 && orientation.valueAt >= 0)
        info.orientation = std::clamp<int>(tiff.u16(orientation.valueAt), 1, 8);
    const Tiff::Entry exif = tiff.find(ifd0, 0x8769);
    if (exif.valueAt >= 0)
        info.takenAt = dateTimeOriginal(tiff, tiff.u32(exif.valueAt));
    const Tiff::Entry gps = tiff.find(ifd0, 0x8825);
    if (gps.valueAt >= 0) {
        const quint32 gpsIfd = tiff.u32(gps.valueAt);
        info.latitude = coordinate(tiff, gpsIfd, 1, 2, 'S');
        info.longitude = coordinate(tiff, gpsIfd, 3, 4, 'W');
        if (!info.latitude || !info.longitude)
            info.latitude = info.longitude = std::nullopt;
    }
    return info;
}

} // namespace sandbox
