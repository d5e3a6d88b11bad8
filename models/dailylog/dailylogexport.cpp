#include "dailylog/dailylogexport.h"

#include "dailylog/dailylogdaymodel.h"
#include "dailylog/dailylogtype.h"

#include <QCoreApplication>
#include <QStringList>

namespace sitedesk::dailylogexport {

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

QString number(double value)
{
    return value == 0 ? QString() : QString::number(value, 'f', value == double(qint64(value)) ? 0 : 2);
}

QString line(const QStringList &cells)
{
    QStringList out;
    for (const QString &cell : cells)
        out << quoted(cell);
    return out.join(QLatin1Char(',')) + QLatin1String("\r\n");
}

} // namespace

QByteArray csv(const QList<DailyLogItem> &items)
{
    // The context is the one lupdate files these tr() calls under, so the .ts entries are found.
    const auto tr = [](const char *text) { return QCoreApplication::translate("sitedesk::dailylogexport", text); };
    QString text = QStringLiteral("\uFEFF");
    text += line({tr("Date"), tr("Type"), tr("Entry"), tr("Company"), tr("Location"), tr("Workers"), tr("Hours"), tr("Status"),
                  tr("Procore ID")});
    for (const DailyLogItem &item : items) {
        const DailyLogEntry &e = item.entry;
        text += line({e.date.toString(Qt::ISODate), DailyLogType::displayName(e.type), e.summary, e.vendor, e.location,
                      e.workers == 0 ? QString() : QString::number(e.workers), number(e.hours), DailyLogDayModel::statusText(item),
                      item.isDraft() ? QString() : QString::number(e.id)});
    }
    return text.toUtf8();
}

} // namespace sitedesk::dailylogexport
