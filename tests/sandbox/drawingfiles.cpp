#include "drawingfiles.h"

#include "drawingthumbnail.h"
#include "oauthserver.h"
#include "procoreerror.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>

namespace sandbox {

namespace {

const QString apiPrefix = QStringLiteral("/sandbox/files/drawing_revisions/");
const QString storagePrefix = QStringLiteral("/__files/drawings/");
constexpr qint64 linkLifetimeSeconds = 600;

// Signs the file's name ("12.pdf", "12-thumb.png"), so a link to one file opens no other.
QByteArray signature(const QString &name, qint64 expires)
{
    return QMessageAuthenticationCode::hash(name.toUtf8() + ':' + QByteArray::number(expires), "sitedesk-sandbox-drawings",
                                            QCryptographicHash::Sha256).toHex().left(32);
}

HttpResponse s3Error(int status, const char *code, const char *message)
{
    HttpResponse response;
    response.status = status;
    response.setHeader("Content-Type", "application/xml");
    response.body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>" + QByteArray(code) + "</Code><Message>"
                    + QByteArray(message) + "</Message></Error>";
    return response;
}

// "{id}.pdf" (the sheet) or "{id}-thumb.png" (its thumbnail); 0 for any other name.
qint64 idFromPath(const QString &path, const QString &prefix, bool *thumbnail)
{
    static const QRegularExpression name(QStringLiteral("^(\\d+)(\\.pdf|-thumb\\.png)$"));
    const QRegularExpressionMatch match = name.match(path.mid(prefix.size()));
    *thumbnail = match.captured(2) == QLatin1String("-thumb.png");
    return match.hasMatch() ? match.captured(1).toLongLong() : 0;
}

// PDF text strings escape \, ( and ); sheet data is ASCII.
QByteArray pdfText(const QString &text)
{
    QByteArray out = text.toLatin1();
    out.replace('\\', "\\\\").replace('(', "\\(").replace(')', "\\)");
    return '(' + out + ')';
}

QByteArray num(double value) { return QByteArray::number(value, 'f', 1); }

// One page's content stream in PDF operators: frame, grid with bubbles, rooms drawn from the
// sheet number (so sheets differ), and a title block on the right naming the sheet.
QByteArray sheetContent(const QJsonObject &revision, const QString &projectName, int pageNumber, int pages)
{
    const double w = 1190.0, h = 842.0, m = 24.0;   // A3 landscape, points
    const QString number = revision.value(QLatin1String("number")).toString();
    const QString set = revision.value(QLatin1String("drawing_sets")).toArray().at(0).toObject().value(QLatin1String("name")).toString();
    QByteArray c;
    c += "1 w 0 0 0 RG " + num(m) + ' ' + num(m) + ' ' + num(w - 2 * m) + ' ' + num(h - 2 * m) + " re S\n";
    const double blockLeft = w - m - 220;
    c += num(blockLeft) + ' ' + num(m) + " 220 " + num(h - 2 * m) + " re S\n";
    const double left = m + 40, right = blockLeft - 30, bottom = m + 30, top = h - m - 50;
    c += "0.4 w 0.45 G [12 4 2 4] 0 d\n";
    for (int i = 0; i <= 8; ++i) {
        const double x = left + (right - left) * i / 8;
        c += num(x) + ' ' + num(bottom) + " m " + num(x) + ' ' + num(top) + " l S\n";
        c += "BT /F1 12 Tf " + num(x - 4) + ' ' + num(top + 8) + " Td " + pdfText(QString::number(i + 1)) + " Tj ET\n";
    }
    for (int j = 0; j <= 5; ++j) {
        const double y = top - (top - bottom) * j / 5;
        c += num(left) + ' ' + num(y) + " m " + num(right) + ' ' + num(y) + " l S\n";
        c += "BT /F1 12 Tf " + num(left - 20) + ' ' + num(y - 4) + " Td " + pdfText(QString(QChar(u'A' + j))) + " Tj ET\n";
    }
    c += "[] 0 d 2.5 w 0 G\n";
    const uint seed = qHash(number) ^ uint(pageNumber * 7919);
    for (int r = 0; r < 7; ++r) {
        const int gx = int((seed >> (r * 3)) % 7), gy = int((seed >> (r * 2 + 1)) % 4);
        c += num(left + (right - left) * gx / 8) + ' ' + num(bottom + (top - bottom) * gy / 5) + ' ' + num((right - left) * (1 + r % 2) / 8)
             + ' ' + num((top - bottom) / 5) + " re S\n";
    }
    auto line = [&](double y, int size, bool bold, const QString &text) {
        c += QByteArray("BT /") + (bold ? "F2 " : "F1 ") + QByteArray::number(size) + " Tf " + num(blockLeft + 12) + ' ' + num(y) + " Td "
             + pdfText(text) + " Tj ET\n";
    };
    line(h - m - 30, 13, true, projectName);
    line(h - m - 50, 11, false, revision.value(QLatin1String("discipline")).toString());
    c += "1 w " + num(blockLeft) + ' ' + num(m + 200) + " m " + num(w - m) + ' ' + num(m + 200) + " l S\n";
    line(m + 170, 14, true, revision.value(QLatin1String("title")).toString());
    line(m + 140, 11, false, QStringLiteral("Revision %1").arg(revision.value(QLatin1String("revision_number")).toString()));
    line(m + 124, 11, false, set);
    line(m + 108, 11, false, revision.value(QLatin1String("drawing_date")).toString());
    if (pages > 1)
        line(m + 92, 11, false, QStringLiteral("Page %1 of %2").arg(pageNumber).arg(pages));
    line(m + 30, 40, true, number);
    return c;
}

QString fileName(qint64 id, bool thumbnail)
{
    return QString::number(id) + (thumbnail ? QStringLiteral("-thumb.png") : QStringLiteral(".pdf"));
}

} // namespace

// Written by hand rather than with QPdfWriter: the sandbox has no QGuiApplication (no font
// database), and the bytes stay identical for every run. Standard-14 fonts need no embedding.
QByteArray DrawingFiles::renderPdf(const QJsonObject &revision, const QString &projectName)
{
    const int pages = revision.value(QLatin1String("discipline")).toString() == QLatin1String("General") ? 2 : 1;
    QList<QByteArray> objects;   // objects[i] is object i + 1
    QByteArray kids;
    for (int p = 0; p < pages; ++p)
        kids += QByteArray::number(5 + 2 * p) + " 0 R ";
    objects << "<< /Type /Catalog /Pages 2 0 R >>"
            << "<< /Type /Pages /Kids [" + kids + "] /Count " + QByteArray::number(pages) + " >>"
            << "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
            << "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>";
    for (int p = 1; p <= pages; ++p) {
        const QByteArray content = sheetContent(revision, projectName, p, pages);
        objects << "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 1190 842] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents "
                       + QByteArray::number(6 + 2 * (p - 1)) + " 0 R >>"
                << "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content + "endstream";
    }
    QByteArray pdf = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets << pdf.size();
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

QByteArray DrawingFiles::pdfFor(const QJsonObject &revision)
{
    const qint64 id = revision.value(QLatin1String("id")).toInteger();
    auto it = m_pdfs.constFind(id);
    if (it != m_pdfs.constEnd())
        return *it;
    QString projectName;
    if (const QJsonObject *project = m_data.find(QStringLiteral("projects"), revision.value(QLatin1String("_project_id")).toInteger()))
        projectName = project->value(QLatin1String("name")).toString();
    return *m_pdfs.insert(id, renderPdf(revision, projectName));
}

QByteArray DrawingFiles::thumbnailFor(const QJsonObject &revision)
{
    const qint64 id = revision.value(QLatin1String("id")).toInteger();
    auto it = m_thumbnails.constFind(id);
    return it != m_thumbnails.constEnd() ? *it : *m_thumbnails.insert(id, drawingthumbnail::renderPng(revision));
}

bool DrawingFiles::handle(const HttpRequest &request, const QUrl &base, HttpResponse *response)
{
    const bool isApi = request.path.startsWith(apiPrefix);
    if (!isApi && !request.path.startsWith(storagePrefix))
        return false;
    const QString fault = m_faults.take(request.path);
    bool thumbnail = false;
    const qint64 id = idFromPath(request.path, isApi ? apiPrefix : storagePrefix, &thumbnail);
    if (fault == QLatin1String("expire") && !isApi) {
        // As if the pre-signed link had outlived its ten minutes: the client must re-read the item.
        *response = s3Error(403, "AccessDenied", "Request has expired");
        return true;
    }
    *response = isApi ? api(request, base, id, thumbnail) : storage(request, id, thumbnail);
    if (!fault.isEmpty() && fault != QLatin1String("expire"))
        FaultInjector::apply(fault, response);
    return true;
}

HttpResponse DrawingFiles::api(const HttpRequest &request, const QUrl &base, qint64 id, bool thumbnail)
{
    if (!m_oauth.isValidAccessToken(request.bearerToken()))
        return ProcoreError::unauthorized();
    const QJsonObject *revision = m_data.find(QStringLiteral("drawing_revisions"), id);
    if (!revision || SandboxData::isDeleted(*revision))
        return ProcoreError::notFound();
    const qint64 expires = QDateTime::currentSecsSinceEpoch() + linkLifetimeSeconds;
    const QString name = fileName(id, thumbnail);
    return HttpResponse::redirect(base.toString(QUrl::StripTrailingSlash) + storagePrefix
                                  + QStringLiteral("%1?expires=%2&signature=%3").arg(name).arg(expires).arg(QString::fromLatin1(signature(name, expires))));
}

HttpResponse DrawingFiles::storage(const HttpRequest &request, qint64 id, bool thumbnail)
{
    const qint64 expires = request.queryValue(QStringLiteral("expires")).toLongLong();
    if (request.queryValue(QStringLiteral("signature")).toLatin1() != signature(fileName(id, thumbnail), expires))
        return s3Error(403, "SignatureDoesNotMatch", "The request signature we calculated does not match the signature you provided.");
    if (QDateTime::currentSecsSinceEpoch() > expires)
        return s3Error(403, "AccessDenied", "Request has expired");
    if (!request.header("authorization").isEmpty())
        return s3Error(400, "InvalidArgument", "Only one auth mechanism allowed; a bearer token is not accepted here.");
    const QJsonObject *revision = m_data.find(QStringLiteral("drawing_revisions"), id);
    if (!revision || SandboxData::isDeleted(*revision))
        return s3Error(404, "NoSuchKey", "The specified key does not exist.");
    const QByteArray pdf = thumbnail ? thumbnailFor(*revision) : pdfFor(*revision);
    HttpResponse response;
    response.setHeader("Content-Type", thumbnail ? "image/png" : "application/pdf");
    response.setHeader("Accept-Ranges", "bytes");
    response.setHeader("ETag", '"' + QCryptographicHash::hash(pdf, QCryptographicHash::Md5).toHex() + '"');
    static const QRegularExpression range(QStringLiteral("^bytes=(\\d+)-$"));
    const QRegularExpressionMatch match = range.match(QString::fromLatin1(request.header("range")));
    const qint64 from = match.hasMatch() ? match.captured(1).toLongLong() : 0;
    if (match.hasMatch() && from < pdf.size()) {
        response.status = 206;
        response.setHeader("Content-Range", "bytes " + QByteArray::number(from) + '-' + QByteArray::number(pdf.size() - 1) + '/'
                                                + QByteArray::number(pdf.size()));
        response.body = pdf.mid(from);
    } else {
        response.body = pdf;
    }
    return response;
}

} // namespace sandbox
