#pragma once

#include "dailylog/dailylogreport.h"

#include <QFont>
#include <QPainter>
#include <QRectF>
#include <QStringList>

class QPagedPaintDevice;

namespace sitedesk {

// Lays out and paints DailyLogReport on a paged device. Run once without a painter to count
// the pages, then with one to paint them knowing "of N".
class DailyLogReportLayout final
{
public:
    struct Column
    {
        QString title;
        double width;          // fraction of the text width
        bool number = false;   // right-aligned
    };

    DailyLogReportLayout(QPagedPaintDevice *device, QPainter *painter, const DailyLogReport::Header &header, int totalPages);

    void run(const QList<DailyLogItem> &items);
    int pages() const { return m_page; }

private:
    void startPage();
    void finishPage();
    void ensureSpace(double height);
    void heading(const QString &text, const QFont &font, double keepWithNext);
    void table(const QList<Column> &columns, const QList<QStringList> &rows, int boldLastRows = 0);
    double rowHeight(const QList<Column> &columns, const QStringList &cells, const QFont &font) const;
    void drawRow(const QList<Column> &columns, const QStringList &cells, const QFont &font, bool shaded);
    void daySection(const QDate &day, const QList<DailyLogItem> &items);
    void typeSection(const QString &type, const QList<DailyLogItem> &items);
    void totalsSection(const QList<DailyLogItem> &items);
    double mm(double millimetres) const;

    QPagedPaintDevice *m_device;
    QPainter *m_painter;   // null while counting pages
    DailyLogReport::Header m_header;
    int m_totalPages;
    int m_page = 0;
    double m_y = 0;
    QRectF m_body;
    QFont m_text;
    QFont m_bold;
    QFont m_heading;
    QFont m_title;
};

} // namespace sitedesk
