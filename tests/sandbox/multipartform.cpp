#include "multipartform.h"

#include <QRegularExpression>
#include <QUrl>

namespace sandbox {

namespace {

QString headerParameter(const QString &head, const QString &parameter)
{
    const QRegularExpression expression(QStringLiteral("[;\\s]%1=\"([^\"]*)\"").arg(parameter));
    return expression.match(head).captured(1);
}

} // namespace

bool isMultipart(const HttpRequest &request)
{
    return request.header("content-type").startsWith("multipart/form-data");
}

QList<FormPart> multipartParts(const HttpRequest &request)
{
    const QByteArray type = request.header("content-type");
    const int at = type.indexOf("boundary=");
    if (!isMultipart(request) || at < 0)
        return {};
    QByteArray boundary = type.mid(at + 9);
    if (boundary.startsWith('"'))
        boundary = boundary.mid(1, boundary.size() - 2);
    const QByteArray delimiter = "--" + boundary;
    QList<FormPart> parts;
    qsizetype from = request.body.indexOf(delimiter);
    while (from >= 0) {
        from += delimiter.size();
        if (request.body.mid(from, 2) == "--")
            break;
        const qsizetype next = request.body.indexOf("\r\n" + delimiter, from);
        if (next < 0)
            return {};
        const QByteArray part = request.body.mid(from + 2, next - from - 2);   // after the CRLF
        const qsizetype headEnd = part.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return {};
        const QString head = QString::fromUtf8(part.left(headEnd));
        FormPart parsed;
        parsed.name = headerParameter(head, QStringLiteral("name")).toUtf8();
        // Browsers send the name in UTF-8 with a quote percent-encoded; so does Sitedesk.
        parsed.fileName = QUrl::fromPercentEncoding(headerParameter(head, QStringLiteral("filename")).toUtf8());
        static const QRegularExpression contentType(QStringLiteral("(?i)content-type:\\s*([^\\r\\n]+)"));
        parsed.contentType = contentType.match(head).captured(1).trimmed().toUtf8();
        parsed.data = part.mid(headEnd + 4);
        parts.append(parsed);
        from = next + 2;
    }
    return parts;
}

} // namespace sandbox
