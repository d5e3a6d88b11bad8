#include "drawings/drawinglogexport.h"

#include <QStringList>

namespace sitedesk::drawinglogexport {

namespace {

QString quoted(QString text)
{
    static const QString special = QStringLiteral(",\"\r\n");
    bool needsQuotes = false;
    for (const QChar c : text)
        needsQuotes = needsQuotes || special.contains(c);
    if (!needsQuotes)
        return text;
    text.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

QString line(const QStringList &cells)
{
    QStringList out;
    out.reserve(cells.size());
    for (const QString &cell : cells)
        out << quoted(cell);
    return out.join(QLatin1Char(',')) + QLatin1String("\r\n");
}

} // namespace

QByteArray csv(const QList<DrawingRow> &rows)
{
    QString text = QStringLiteral("\uFEFF");
    text += line({QStringLiteral("drawing_id"), QStringLiteral("number"), QStringLiteral("title"), QStringLiteral("discipline"),
                  QStringLiteral("revision_number"), QStringLiteral("current"), QStringLiteral("drawing_set"), QStringLiteral("drawing_area"),
                  QStringLiteral("drawing_date"), QStringLiteral("received_date"), QStringLiteral("updated_at"),
                  QStringLiteral("drawing_revision_id")});
    for (const DrawingRow &row : rows)
        text += line({QString::number(row.id), row.number, row.title, row.discipline, row.revisionNumber,
                      row.isCurrent() ? QStringLiteral("true") : QStringLiteral("false"), row.setName, row.areaName, row.drawingDate,
                      row.receivedDate, row.updatedAt, QString::number(row.revisionId)});
    return text.toUtf8();
}

} // namespace sitedesk::drawinglogexport
