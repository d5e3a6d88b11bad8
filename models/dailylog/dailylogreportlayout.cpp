#include "dailylog/dailylogreportlayout.h"

#include "dailylog/dailylogdaymodel.h"
#include "dailylog/dailylogtype.h"
#include "dailylog/manpowertotalsmodel.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPagedPaintDevice>

namespace sitedesk {

namespace {

// The context is the one lupdate files this file's tr() calls under, so the .ts entries are found.
QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("sitedesk::DailyLogReportLayout", text, nullptr, n);
}

constexpr double kPadding = 1.2;   // mm inside each cell

bool hasNumbers(const QString &type)
{
    return type == QLatin1String("manpower_logs") || type == QLatin1String("work_logs") || type == QLatin1String("equipment_logs")
        || type == QLatin1String("daily_construction_report_logs") || type == QLatin1String("timecard_entries");
}

} // namespace

DailyLogReportLayout::DailyLogReportLayout(QPagedPaintDevice *device, QPainter *painter, const DailyLogReport::Header &header,
                                           int totalPages)
    : m_device(device),
      m_painter(painter),
      m_header(header),
      m_totalPages(totalPages)
{
    m_text = QFont(QStringLiteral("Sans Serif"), 9);
    m_bold = m_text;
    m_bold.setBold(true);
    m_heading = QFont(QStringLiteral("Sans Serif"), 12, QFont::Bold);
    m_title = QFont(QStringLiteral("Sans Serif"), 15, QFont::Bold);
    const double width = m_device->width();
    const double height = m_device->height();
    m_body = QRectF(0, mm(22), width, height - mm(22) - mm(12));
}

double DailyLogReportLayout::mm(double millimetres) const
{
    return millimetres * m_device->logicalDpiY() / 25.4;
}

void DailyLogReportLayout::run(const QList<DailyLogItem> &items)
{
    startPage();
    QFontMetricsF title(m_title, m_device);
    if (m_painter) {
        m_painter->setFont(m_title);
        m_painter->drawText(QPointF(m_body.left(), m_y + title.ascent()), tr("Daily Report"));
    }
    m_y += title.height() + mm(3);
    if (items.isEmpty()) {
        heading(tr("No daily log entries for these days."), m_text, 0);
    }
    QList<DailyLogItem> day;
    for (const DailyLogItem &item : items) {
        if (!day.isEmpty() && day.first().entry.date != item.entry.date) {
            daySection(day.first().entry.date, day);
            day.clear();
        }
        day.append(item);
    }
    if (!day.isEmpty())
        daySection(day.first().entry.date, day);
    totalsSection(items);
    finishPage();
}

void DailyLogReportLayout::startPage()
{
    if (m_page > 0 && m_painter)
        m_device->newPage();
    ++m_page;
    m_y = m_body.top();
    if (!m_painter)
        return;
    // Running header: project left, days right, a rule under both.
    const QLocale locale;
    QString project = m_header.projectName;
    if (!m_header.projectNumber.isEmpty())
        project = tr("%1 (No. %2)").arg(project, m_header.projectNumber);
    const QString days = m_header.from == m_header.to
        ? locale.toString(m_header.from, QLocale::LongFormat)
        : tr("%1 to %2").arg(locale.toString(m_header.from, QLocale::ShortFormat), locale.toString(m_header.to, QLocale::ShortFormat));
    const QRectF band(0, 0, m_device->width(), mm(14));
    m_painter->setFont(m_heading);
    m_painter->drawText(band, Qt::AlignLeft | Qt::AlignBottom, project);
    m_painter->setFont(m_text);
    m_painter->drawText(band, Qt::AlignRight | Qt::AlignBottom, days);
    m_painter->setPen(QPen(Qt::black, mm(0.3)));
    m_painter->drawLine(QPointF(0, mm(16)), QPointF(m_device->width(), mm(16)));
}

void DailyLogReportLayout::finishPage()
{
    if (!m_painter)
        return;
    m_painter->setFont(m_text);
    m_painter->setPen(Qt::black);
    const QRectF foot(0, m_device->height() - mm(8), m_device->width(), mm(8));
    m_painter->drawText(foot, Qt::AlignCenter, tr("Page %1 of %2").arg(m_page).arg(m_totalPages));
}

void DailyLogReportLayout::ensureSpace(double height)
{
    if (m_y + height <= m_body.bottom() || m_y <= m_body.top())
        return;
    finishPage();
    startPage();
}

void DailyLogReportLayout::heading(const QString &text, const QFont &font, double keepWithNext)
{
    const QFontMetricsF metrics(font, m_device);
    const double height = metrics.boundingRect(QRectF(0, 0, m_body.width(), 1e6), Qt::TextWordWrap, text).height();
    ensureSpace(height + keepWithNext);
    if (m_painter) {
        m_painter->setFont(font);
        m_painter->setPen(Qt::black);
        m_painter->drawText(QRectF(m_body.left(), m_y, m_body.width(), height), Qt::TextWordWrap, text);
    }
    m_y += height + mm(1.5);
}

double DailyLogReportLayout::rowHeight(const QList<Column> &columns, const QStringList &cells, const QFont &font) const
{
    const QFontMetricsF metrics(font, m_device);
    double height = metrics.height();
    for (int i = 0; i < columns.size(); ++i) {
        const double width = columns.at(i).width * m_body.width() - 2 * mm(kPadding);
        height = std::max(height, metrics.boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, cells.value(i)).height());
    }
    return height + 2 * mm(kPadding);
}

void DailyLogReportLayout::drawRow(const QList<Column> &columns, const QStringList &cells, const QFont &font, bool shaded)
{
    const double height = rowHeight(columns, cells, font);
    if (m_painter) {
        m_painter->setFont(font);
        if (shaded)
            m_painter->fillRect(QRectF(m_body.left(), m_y, m_body.width(), height), QColor(0xe8, 0xe8, 0xe8));
        double x = m_body.left();
        for (int i = 0; i < columns.size(); ++i) {
            const double width = columns.at(i).width * m_body.width();
            const QRectF cell(x + mm(kPadding), m_y + mm(kPadding), width - 2 * mm(kPadding), height - 2 * mm(kPadding));
            const Qt::Alignment align = columns.at(i).number ? Qt::AlignRight : Qt::AlignLeft;
            m_painter->setPen(Qt::black);
            m_painter->drawText(cell, int(align | Qt::AlignTop | Qt::TextWordWrap), cells.value(i));
            x += width;
        }
        m_painter->setPen(QPen(QColor(0xb0, 0xb0, 0xb0), mm(0.15)));
        m_painter->drawLine(QPointF(m_body.left(), m_y + height), QPointF(m_body.right(), m_y + height));
    }
    m_y += height;
}

void DailyLogReportLayout::table(const QList<Column> &columns, const QList<QStringList> &rows, int boldLastRows)
{
    QStringList titles;
    for (const Column &column : columns)
        titles << column.title;
    for (int i = 0; i < rows.size(); ++i) {
        const bool bold = i >= rows.size() - boldLastRows;
        const double height = rowHeight(columns, rows.at(i), bold ? m_bold : m_text);
        const int pageBefore = m_page;
        if (i == 0)
            ensureSpace(rowHeight(columns, titles, m_bold) + height);
        else
            ensureSpace(height);
        if (i == 0 || m_page != pageBefore)   // the header starts the table and every page it runs on
            drawRow(columns, titles, m_bold, true);
        drawRow(columns, rows.at(i), bold ? m_bold : m_text, false);
    }
    m_y += mm(4);
}

void DailyLogReportLayout::daySection(const QDate &day, const QList<DailyLogItem> &items)
{
    heading(QLocale().toString(day, QLocale::LongFormat), m_heading, mm(20));
    for (const QString &type : DailyLogType::names()) {
        QList<DailyLogItem> ofType;
        for (const DailyLogItem &item : items)
            if (item.entry.type == type)
                ofType.append(item);
        if (!ofType.isEmpty())
            typeSection(type, ofType);
    }
}

void DailyLogReportLayout::typeSection(const QString &type, const QList<DailyLogItem> &items)
{
    const bool numbers = hasNumbers(type);
    QList<Column> columns{{tr("Entry"), numbers ? 0.33 : 0.46}, {tr("Company"), numbers ? 0.18 : 0.2}, {tr("Location"), numbers ? 0.18 : 0.2}};
    if (numbers)
        columns += {{tr("Workers"), 0.10, true}, {tr("Hours"), 0.07, true}};
    columns.append({tr("Status"), 0.14});
    QList<QStringList> rows;
    for (const DailyLogItem &item : items) {
        QStringList cells;
        for (int column : {DailyLogDayModel::Entry, DailyLogDayModel::Company, DailyLogDayModel::Location})
            cells << DailyLogDayModel::columnText(item, column);
        if (numbers)
            cells << DailyLogDayModel::columnText(item, DailyLogDayModel::Workers) << DailyLogDayModel::columnText(item, DailyLogDayModel::Hours);
        cells << DailyLogDayModel::columnText(item, DailyLogDayModel::Status);
        rows.append(cells);
    }
    heading(tr("%1 (%n)", int(items.size())).arg(DailyLogType::displayName(type)), m_bold, mm(12));
    table(columns, rows);
}

void DailyLogReportLayout::totalsSection(const QList<DailyLogItem> &items)
{
    const QList<DailyLogStore::ManpowerTotal> totals = ManpowerTotalsModel::totalsOf(items);
    if (totals.isEmpty())
        return;
    QList<QStringList> rows;
    DailyLogStore::ManpowerTotal sum;
    const QLocale locale;
    for (const DailyLogStore::ManpowerTotal &total : totals) {
        rows.append({total.vendor.isEmpty() ? tr("No company") : total.vendor, locale.toString(total.entries),
                     locale.toString(total.workers), ManpowerTotalsModel::hoursText(total.hours, locale)});
        sum.entries += total.entries;
        sum.workers += total.workers;
        sum.hours += total.hours;
    }
    rows.append({tr("Total"), locale.toString(sum.entries), locale.toString(sum.workers), ManpowerTotalsModel::hoursText(sum.hours, locale)});
    heading(tr("Manpower by company"), m_heading, mm(15));
    table({{tr("Company"), 0.55}, {tr("Entries"), 0.15, true}, {tr("Workers"), 0.15, true}, {tr("Man-hours"), 0.15, true}}, rows, 1);
}

} // namespace sitedesk
