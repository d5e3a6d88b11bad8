#pragma once

#include "dailylog/dailylogitem.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

class QIODevice;

namespace sitedesk {

class CacheDatabase;

// The printable daily report (PDF, A4): on every page the project's name and number and the
// day or span; a heading per day, a section per log type with a table of its entries, the
// manpower totals by company at the end, and "Page n of N" at the foot of each page. Tables
// break across pages with their header repeated. No widgets: the view only picks the file.
class DailyLogReport final
{
public:
    struct Header
    {
        QString projectName;
        QString projectNumber;
        QDate from;
        QDate to;
    };

    DailyLogReport(Header header, QList<DailyLogItem> items);

    // The project's name and number as the cache has them.
    static Header headerFor(CacheDatabase &cache, qint64 projectId, const QDate &from, const QDate &to);

    // Writes the PDF; false with *error when the device could not be written.
    bool write(QIODevice *device, QString *error = nullptr) const;
    bool writeFile(const QString &path, QString *error = nullptr) const;
    int pageCount() const { return m_pages; }   // after write()

    QString title() const;   // "Daily Report – Tower A (1042) – 3 March 2026"

private:
    Header m_header;
    QList<DailyLogItem> m_items;
    mutable int m_pages = 0;
};

} // namespace sitedesk
