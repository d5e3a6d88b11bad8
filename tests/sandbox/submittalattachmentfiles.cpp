#include "submittalattachmentfiles.h"

#include "procoreerror.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>

namespace sandbox {

namespace {

bool isListed(SandboxData &data, qint64 attachmentId)
{
    for (const QJsonObject &submittal : data.collection(QStringLiteral("submittals"))) {
        if (SandboxData::isDeleted(submittal))
            continue;
        for (const QJsonValue &a : submittal.value(QLatin1String("associated_attachments")).toArray())
            if (a.toObject().value(QLatin1String("id")).toInteger() == attachmentId)
                return true;
    }
    return false;
}

} // namespace

QByteArray SubmittalAttachmentFiles::renderPdf(const QString &text)
{
    // PDF text strings: keep printable ASCII, escape the delimiters.
    QByteArray line;
    for (const QChar c : text)
        line += c.unicode() >= 32 && c.unicode() < 127 && c != QLatin1Char('(') && c != QLatin1Char(')') && c != QLatin1Char('\\')
                    ? char(c.unicode()) : '?';
    const QByteArray stream = "BT /F1 18 Tf 72 720 Td (Submittal attachment) Tj 0 -28 Td /F1 12 Tf (" + line + ") Tj ET";
    const QList<QByteArray> objects{
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        "<< /Length " + QByteArray::number(stream.size()) + " >>\nstream\n" + stream + "\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"};
    QByteArray pdf = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets.append(pdf.size());
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (const qsizetype offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

bool SubmittalAttachmentFiles::handle(const HttpRequest &request, SandboxData &data, HttpResponse *response)
{
    static const QRegularExpression path(QStringLiteral("^/__files/submittal_attachments/(\\d+)/([^/]+)$"));
    const QRegularExpressionMatch match = path.match(request.path);
    if (!match.hasMatch())
        return false;
    if (request.method != "GET") {
        *response = ProcoreError::methodNotAllowed("GET");
        return true;
    }
    if (!isListed(data, match.captured(1).toLongLong())) {
        *response = ProcoreError::notFound();
        return true;
    }
    response->status = 200;
    response->body = renderPdf(QUrl::fromPercentEncoding(match.captured(2).toUtf8()));
    response->setHeader("Content-Type", "application/pdf");
    return true;
}

} // namespace sandbox
