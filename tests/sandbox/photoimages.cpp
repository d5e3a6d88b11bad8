#include "photoimages.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QImage>
#include <QLinearGradient>
#include <QMessageAuthenticationCode>
#include <QPainter>
#include <QTransform>
#include <QtEndian>

namespace sandbox {

namespace {

const QString pathPrefix = QStringLiteral("/__files/images/");
constexpr int thumbnailWidth = 200;

quint64 mix(quint64 x)
{
    x += 0x9e3779b97f4a7c15ull;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ull;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebull;
    return x ^ (x >> 31);
}

// A small deterministic stream for the drawing (QRandomGenerator would do, but this one needs
// no state beyond the seed and is the same on every platform).
struct Stream
{
    quint64 state;
    int bounded(int n) { state = mix(state); return int(state % quint64(n)); }
};

QImage draw(const QSize &size, quint64 seed)
{
    QImage image(size, QImage::Format_RGB32);
    QPainter painter(&image);
    Stream s{seed};
    const int horizon = size.height() * (45 + s.bounded(25)) / 100;
    QLinearGradient sky(0, 0, 0, horizon);
    sky.setColorAt(0, QColor::fromHsv(200 + s.bounded(25), 90 + s.bounded(80), 230));
    sky.setColorAt(1, QColor::fromHsv(205, 30, 250));
    painter.fillRect(0, 0, size.width(), horizon, sky);
    painter.fillRect(0, horizon, size.width(), size.height() - horizon, QColor::fromHsv(25 + s.bounded(20), 60 + s.bounded(80), 110 + s.bounded(60)));
    const int buildings = 2 + s.bounded(5);
    for (int b = 0; b < buildings; ++b) {
        const int w = size.width() / (3 + s.bounded(4));
        const int h = horizon * (30 + s.bounded(60)) / 100;
        const int x = s.bounded(std::max(1, size.width() - w / 2)) - w / 4;
        const QRect body(x, horizon - h + size.height() / 20, w, h);
        painter.fillRect(body, QColor::fromHsv(s.bounded(360), 20 + s.bounded(60), 120 + s.bounded(110)));
        const int step = std::max(6, w / 6);
        for (int wy = body.top() + step / 2; wy < body.bottom() - step; wy += step)
            for (int wx = body.left() + step / 3; wx < body.right() - step / 2; wx += step)
                painter.fillRect(wx, wy, step / 2, step / 2, QColor::fromHsv(210, 40, 70 + s.bounded(60)));
    }
    // A crane: the sign of a building site.
    painter.setPen(QPen(QColor(230, 170, 20), std::max(2, size.width() / 150)));
    const int cx = size.width() * (20 + s.bounded(60)) / 100;
    painter.drawLine(cx, horizon + size.height() / 20, cx, horizon / 5);
    painter.drawLine(cx - size.width() / 10, horizon / 5, cx + size.width() / 4, horizon / 5);
    return image;
}

QByteArray encodeJpeg(const QImage &image, int quality)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", quality);
    return bytes;
}

void put16(QByteArray &out, quint16 v) { char b[2]; qToLittleEndian(v, b); out.append(b, 2); }
void put32(QByteArray &out, quint32 v) { char b[4]; qToLittleEndian(v, b); out.append(b, 4); }

void putEntry(QByteArray &out, quint16 tag, quint16 type, quint32 count, quint32 value)
{
    put16(out, tag);
    put16(out, type);
    put32(out, count);
    if (type == 3 && count == 1) {   // a SHORT sits left-aligned in the value field
        put16(out, quint16(value));
        put16(out, 0);
    } else {
        put32(out, value);
    }
}

QString signedQuery(const PhotoImages::Spec &spec, qint64 expires)
{
    return QStringLiteral("w=%1&h=%2&o=%3&seed=%4&taken=%5&expires=%6")
        .arg(spec.size.width()).arg(spec.size.height()).arg(spec.orientation).arg(spec.seed)
        .arg(spec.takenAt.isValid() ? spec.takenAt.toSecsSinceEpoch() : 0).arg(expires);
}

HttpResponse s3Error(const char *code, const char *message)
{
    HttpResponse response;
    response.status = 403;
    response.setHeader("Content-Type", "application/xml");
    response.body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>" + QByteArray(code) + "</Code><Message>"
                    + QByteArray(message) + "</Message></Error>";
    return response;
}

} // namespace

QByteArray PhotoImages::signature(const QByteArray &canonical)
{
    return QMessageAuthenticationCode::hash(canonical, "sitedesk-sandbox-photos", QCryptographicHash::Sha256).toHex().left(32);
}

QString PhotoImages::url(const QUrl &base, const Spec &spec, bool thumbnail)
{
    const qint64 hour = 3600;
    const qint64 expires = (QDateTime::currentSecsSinceEpoch() / hour + 2) * hour;
    const QString path = pathPrefix + QStringLiteral("%1/%2.jpg").arg(spec.id).arg(thumbnail ? QLatin1String("thumb") : QLatin1String("full"));
    const QString query = signedQuery(spec, expires);
    return base.toString(QUrl::StripTrailingSlash) + path + QLatin1Char('?') + query + QStringLiteral("&signature=")
           + QString::fromLatin1(signature((path + QLatin1Char('?') + query).toUtf8()));
}

bool PhotoImages::handle(const HttpRequest &request, HttpResponse *response)
{
    if (!request.path.startsWith(pathPrefix))
        return false;
    const QStringList parts = request.path.mid(pathPrefix.size()).split(QLatin1Char('/'));
    Spec spec;
    spec.id = parts.value(0).toLongLong();
    spec.size = QSize(request.queryValue(QStringLiteral("w")).toInt(), request.queryValue(QStringLiteral("h")).toInt());
    spec.orientation = request.queryValue(QStringLiteral("o")).toInt();
    spec.seed = request.queryValue(QStringLiteral("seed")).toULongLong();
    const qint64 taken = request.queryValue(QStringLiteral("taken")).toLongLong();
    if (taken > 0)
        spec.takenAt = QDateTime::fromSecsSinceEpoch(taken, Qt::UTC);
    const qint64 expires = request.queryValue(QStringLiteral("expires")).toLongLong();
    const QString canonical = request.path + QLatin1Char('?') + signedQuery(spec, expires);
    const bool thumbnail = parts.value(1) == QLatin1String("thumb.jpg");
    if (request.method != "GET" || parts.size() != 2 || (!thumbnail && parts.value(1) != QLatin1String("full.jpg"))) {
        *response = s3Error("NoSuchKey", "The specified key does not exist.");
        response->status = 404;
    } else if (request.queryValue(QStringLiteral("signature")).toLatin1() != signature(canonical.toUtf8())
               || spec.size.isEmpty() || spec.size.width() > 8000 || spec.size.height() > 8000) {
        *response = s3Error("SignatureDoesNotMatch", "The request signature we calculated does not match the signature you provided.");
    } else if (QDateTime::currentSecsSinceEpoch() > expires) {
        *response = s3Error("AccessDenied", "Request has expired");
    } else {
        response->status = 200;
        response->setHeader("Content-Type", "image/jpeg");
        response->body = thumbnail ? thumbnailJpeg(spec) : jpeg(spec);
    }
    return true;
}

QByteArray PhotoImages::jpeg(const Spec &spec)
{
    QImage image = draw(spec.size, spec.seed);
    // Orientation 6 means the camera stored the pixels turned 90° anticlockwise.
    if (spec.orientation == 6)
        image = image.transformed(QTransform().rotate(-90));
    QByteArray bytes = encodeJpeg(image, 82);
    // After SOI and the JFIF APP0 segment, where readers expect APP1.
    int at = 2;
    if (bytes.size() > 6 && uchar(bytes[2]) == 0xFF && uchar(bytes[3]) == 0xE0)
        at = 4 + qFromBigEndian<quint16>(bytes.constData() + 4);
    return bytes.insert(at, exifBlock(spec.orientation, spec.takenAt));
}

QByteArray PhotoImages::thumbnailJpeg(const Spec &spec)
{
    const QImage image = draw(spec.size, spec.seed).scaledToWidth(thumbnailWidth, Qt::SmoothTransformation);
    return encodeJpeg(image, 80);
}

// An APP1 "Exif" segment: a little-endian TIFF with IFD0 {Orientation, ExifIFD pointer} and an
// Exif IFD {DateTimeOriginal} when the time is known.
QByteArray PhotoImages::exifBlock(int orientation, const QDateTime &takenAt)
{
    QByteArray tiff("II*\0", 4);
    put32(tiff, 8);
    const bool hasDate = takenAt.isValid();
    const quint16 entries = hasDate ? 2 : 1;
    const quint32 exifIfd = 8 + 2 + entries * 12 + 4;
    put16(tiff, entries);
    putEntry(tiff, 0x0112, 3, 1, quint32(orientation));
    if (hasDate)
        putEntry(tiff, 0x8769, 4, 1, exifIfd);
    put32(tiff, 0);
    if (hasDate) {
        const quint32 dateOffset = exifIfd + 2 + 12 + 4;
        put16(tiff, 1);
        putEntry(tiff, 0x9003, 2, 20, dateOffset);
        put32(tiff, 0);
        tiff.append(takenAt.toUTC().toString(QStringLiteral("yyyy:MM:dd HH:mm:ss")).toLatin1());
        tiff.append('\0');
    }
    QByteArray segment("\xFF\xE1", 2);
    const QByteArray payload = QByteArray("Exif\0\0", 6) + tiff;
    char length[2];
    qToBigEndian(quint16(payload.size() + 2), length);
    segment.append(length, 2);
    return segment + payload;
}

} // namespace sandbox
