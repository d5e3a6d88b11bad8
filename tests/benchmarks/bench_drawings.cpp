// Prints how fast the Drawings tab answers, on a cache of 20,000 sheets (never asserts):
//   - loading the drawing log from the cache,
//   - search-as-you-type over number and title (per keystroke),
//   - "Current only" cleared: every revision (40,000 rows) loaded, and the log as CSV,
//   - time to first render of a cached sheet: the FileStore lookup, QPdfDocument::load and the
//     first page rendered at a 1400 px wide viewer's size.
#include "cache/cachedatabase.h"
#include "drawings/drawingfiltermodel.h"
#include "drawings/drawinglogexport.h"
#include "drawings/drawinglogmodel.h"
#include "drawings/drawingstore.h"
#include "files/cachedfilestore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QPdfDocument>
#include <QPdfWriter>
#include <QTemporaryDir>

#include <cstdio>

using namespace sitedesk;

namespace {

constexpr qint64 projectId = 1;

DrawingSnapshot bigLog(int count)
{
    DrawingSnapshot s;
    s.areas = {DrawingArea{1, projectId, QStringLiteral("Tower"), {}, {}}};
    const char *const disciplines[] = {"Architectural", "Structural", "Mechanical", "Electrical", "Plumbing"};
    for (int i = 0; i < count; ++i) {
        Drawing d;
        d.id = 1000 + i;
        d.projectId = projectId;
        d.areaId = 1;
        d.discipline = QLatin1String(disciplines[i % 5]);
        d.number = QStringLiteral("%1-%2").arg(d.discipline.left(1)).arg(100 + i);
        d.title = QStringLiteral("Floor Plan - Level %1 - Zone %2").arg(i % 60).arg(i % 7);
        d.currentRevisionId = 500000 + i;
        DrawingRevision r;
        r.id = d.currentRevisionId;
        r.projectId = projectId;
        r.drawingId = d.id;
        r.areaId = 1;
        r.number = d.number;
        r.title = d.title;
        r.revisionNumber = QStringLiteral("B");
        r.current = true;
        s.drawings << d;
        s.revisions << r;
        // Each sheet was issued once before: the every-revision log has twice the rows.
        r.id = 900000 + i;
        r.revisionNumber = QStringLiteral("A");
        r.current = false;
        s.revisions << r;
    }
    return s;
}

// An A1 sheet with a few thousand vector strokes and text, like a real floor plan.
void writeSheet(const QString &path)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A1));
    writer.setPageOrientation(QPageLayout::Landscape);
    writer.setResolution(300);
    QPainter painter(&writer);
    const QRect page(0, 0, painter.device()->width(), painter.device()->height());
    painter.setPen(QPen(Qt::black, 4));
    for (int i = 0; i < 4000; ++i) {
        const int x = (i * 7919) % page.width(), y = (i * 104729) % page.height();
        painter.drawRect(x, y, 200 + i % 300, 120 + i % 200);
        if (i % 20 == 0)
            painter.drawText(x + 10, y + 60, QStringLiteral("ROOM %1").arg(i));
    }
    painter.drawText(page.adjusted(0, 0, -200, -200), Qt::AlignRight | Qt::AlignBottom, QStringLiteral("A-101"));
}

// The log loads on a pool thread; its answer arrives through this thread's event loop.
void waitForRows(DrawingLogModel &log)
{
    QEventLoop loop;
    QObject::connect(&log, &DrawingLogModel::loaded, &loop, &QEventLoop::quit);
    loop.exec();
}

double ms(const QElapsedTimer &timer) { return double(timer.nsecsElapsed()) / 1e6; }

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    const int count = app.arguments().contains(QStringLiteral("--small")) ? 2000 : 20000;
    QTemporaryDir dir;
    CacheDatabase cache(dir.filePath(QStringLiteral("bench.sqlite")));
    cache.open();
    DrawingStore(cache).write(projectId, bigLog(count));

    QElapsedTimer timer;
    timer.start();
    DrawingLogModel log;
    log.setSource(&cache, projectId);
    const double uiThread = ms(timer);   // the rows are read on a pool thread
    waitForRows(log);
    std::printf("bench_drawings: %d sheets\n  log loaded from the cache in %.1f ms (UI thread busy %.1f ms of it)\n", log.rowCount(),
                ms(timer), uiThread);

    DrawingFilterModel filter;
    filter.setLog(&log);
    filter.sort(DrawingLogModel::Number);
    double worst = 0;
    double total = 0;
    const QStringList typed{QStringLiteral("f"), QStringLiteral("fl"), QStringLiteral("floor 1"), QStringLiteral("floor 12"),
                            QStringLiteral("floor 12 zone 3"), QStringLiteral("a-1"), QStringLiteral("a-10"), QStringLiteral("a-100")};
    for (const QString &text : typed) {
        timer.restart();
        filter.setSearchText(text);
        const double elapsed = ms(timer);
        worst = std::max(worst, elapsed);
        total += elapsed;
    }
    std::printf("  search-as-you-type: %.1f ms per keystroke on average, %.1f ms at worst (%d keystrokes)\n",
                total / double(typed.size()), worst, int(typed.size()));

    timer.restart();
    const QByteArray csv = drawinglogexport::csv(log.rows());
    std::printf("  CSV export of %d sheets: %.1f ms, %.1f MB\n", log.rowCount(), ms(timer), double(csv.size()) / 1e6);
    timer.restart();
    log.setAllRevisions(true);
    waitForRows(log);
    std::printf("  every revision (%d rows) loaded in %.1f ms\n", log.rowCount(), ms(timer));
    timer.restart();
    filter.setSearchText(QStringLiteral("floor 12"));
    std::printf("  search over every revision: %.1f ms\n", ms(timer));
    log.setAllRevisions(false);
    waitForRows(log);

    const QString sheet = dir.filePath(QStringLiteral("files/sheet.pdf"));
    QDir().mkpath(dir.filePath(QStringLiteral("files")));
    writeSheet(sheet);
    CachedFile file;
    file.key = DrawingRevision::fileKeyFor(500000);
    file.path = QStringLiteral("sheet.pdf");
    file.size = QFileInfo(sheet).size();
    CachedFileStore(cache).put(file);

    timer.restart();
    const auto found = CachedFileStore(cache).find(file.key);
    const double lookup = ms(timer);
    QPdfDocument document;
    document.load(dir.filePath(QStringLiteral("files/") + found->path));
    const double loaded = ms(timer);
    const QSizeF points = document.pagePointSize(0);
    const QImage image = document.render(0, QSize(1400, int(1400 * points.height() / points.width())));
    const double rendered = ms(timer);
    std::printf("  cached sheet (%.0f KB, %d pages): index lookup %.2f ms, opened %.1f ms, first page rendered at 1400 px %.1f ms%s\n",
                double(file.size) / 1e3, document.pageCount(), lookup, loaded, rendered, image.isNull() ? " (render FAILED)" : "");
    return image.isNull() ? 1 : 0;
}
