#include "dailylog/dailylogreport.h"

#include "cache/cachedatabase.h"
#include "dailylog/dailylogreportlayout.h"
#include "projects/projectstore.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace sitedesk {

namespace {

void setUp(QPdfWriter &writer, const QString &title)
{
    writer.setResolution(300);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 12, 15, 12), QPageLayout::Millimeter));
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Sitedesk"));
}

} // namespace

DailyLogReport::DailyLogReport(Header header, QList<DailyLogItem> items)
    : m_header(std::move(header)),
      m_items(std::move(items))
{
}

DailyLogReport::Header DailyLogReport::headerFor(CacheDatabase &cache, qint64 projectId, const QDate &from, const QDate &to)
{
    Header header{{}, {}, from, to};
    if (const auto project = ProjectStore(cache).find(projectId)) {
        header.projectName = project->name;
        header.projectNumber = project->projectNumber;
    }
    return header;
}

QString DailyLogReport::title() const
{
    const QLocale locale;
    const QString days = m_header.from == m_header.to ? locale.toString(m_header.from, QLocale::LongFormat)
                                                      : QCoreApplication::translate("DailyLogReport", "%1 to %2")
                                                            .arg(locale.toString(m_header.from, QLocale::ShortFormat),
                                                                 locale.toString(m_header.to, QLocale::ShortFormat));
    return QCoreApplication::translate("DailyLogReport", "Daily Report – %1 – %2").arg(m_header.projectName, days);
}

bool DailyLogReport::write(QIODevice *device, QString *error) const
{
    // First pass: count the pages (for "Page n of N") on a writer nobody paints on.
    QBuffer scratch;
    scratch.open(QIODevice::WriteOnly);
    QPdfWriter counter(&scratch);
    setUp(counter, title());
    DailyLogReportLayout counting(&counter, nullptr, m_header, 0);
    counting.run(m_items);

    QPdfWriter writer(device);
    setUp(writer, title());
    QPainter painter;
    if (!painter.begin(&writer)) {
        if (error)
            *error = QCoreApplication::translate("DailyLogReport", "Could not start the PDF.");
        return false;
    }
    DailyLogReportLayout layout(&writer, &painter, m_header, counting.pages());
    layout.run(m_items);
    m_pages = layout.pages();
    return painter.end();
}

bool DailyLogReport::writeFile(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    if (!write(&file, error))
        return false;
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace sitedesk
