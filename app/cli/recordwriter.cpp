#include "recordwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

namespace sitedesk::recordwriter {

namespace {

QString cellText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const qint64 integer = value.toInteger();
        if (double(integer) == value.toDouble())
            return QString::number(integer);
        return QString::number(value.toDouble(), 'g', 17);
    }
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

QString quoted(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"'))
        && !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r')))
        return text;
    QString escaped = text;
    escaped.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

} // namespace

QByteArray toJson(const QList<QJsonObject> &records)
{
    QJsonArray array;
    for (const QJsonObject &record : records)
        array.append(record);
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

QByteArray toCsv(const QList<QJsonObject> &records)
{
    QStringList columns;
    for (const QJsonObject &record : records)
        for (const QString &key : record.keys())
            if (!columns.contains(key))
                columns << key;
    // "id" first when present: what people sort and join on.
    if (columns.removeOne(QStringLiteral("id")))
        columns.prepend(QStringLiteral("id"));

    QStringList lines;
    QStringList header;
    for (const QString &column : std::as_const(columns))
        header << quoted(column);
    lines << header.join(QLatin1Char(','));
    for (const QJsonObject &record : records) {
        QStringList cells;
        for (const QString &column : std::as_const(columns))
            cells << quoted(cellText(record.value(column)));
        lines << cells.join(QLatin1Char(','));
    }
    return (lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n")).toUtf8();
}

} // namespace sitedesk::recordwriter
