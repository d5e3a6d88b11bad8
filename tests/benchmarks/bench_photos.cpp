// Photos at 50,000 (or --count N): writes that many photos to a fresh cache, then opens the
// Photos tab as a user would with thumbnails already on disk and prints how long the grid takes
// to get its rows and to show the first screen of real thumbnails, and the memory it costs.
// No sandbox, no network. Prints, never asserts.
#include "cache/cachedatabase.h"
#include "photos/photo.h"
#include "photos/photodownloads.h"
#include "photos/photofiltermodel.h"
#include "photos/photosmodel.h"
#include "photos/photostab.h"
#include "photos/photostore.h"
#include "photos/thumbnailcache.h"

#include <QApplication>
#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QListView>
#include <QNetworkAccessManager>
#include <QPainter>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>
#include <time.h>

#include <algorithm>

using namespace sitedesk;

namespace {

double rssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    return 0;
}

QList<Photo> makePhotos(qint64 project, int count)
{
    QList<Photo> photos;
    photos.reserve(count);
    const QDateTime start(QDate(2024, 5, 1), QTime(7, 0), Qt::UTC);
    for (int i = 0; i < count; ++i) {
        const QDateTime taken = start.addSecs(qint64(i) * 1000);
        QJsonObject raw{{QStringLiteral("id"), qint64(562949956200000) + i}, {QStringLiteral("image_category_id"), 100 + i % 8},
                        {QStringLiteral("filename"), QStringLiteral("IMG_%1.jpg").arg(i)},
                        {QStringLiteral("description"), i % 3 ? QStringLiteral("Slab pour grid C, looking north") : QString()},
                        {QStringLiteral("taken_at"), taken.toString(Qt::ISODate)},
                        {QStringLiteral("created_at"), taken.addSecs(3600).toString(Qt::ISODate)},
                        {QStringLiteral("updated_at"), taken.addSecs(3600).toString(Qt::ISODate)},
                        {QStringLiteral("uploader"), QJsonObject{{QStringLiteral("id"), 1 + i % 6}, {QStringLiteral("name"), QStringLiteral("User %1").arg(i % 6)}}},
                        {QStringLiteral("location"), QJsonObject{{QStringLiteral("name"), QStringLiteral("Building A>Level %1").arg(i % 9)}}},
                        {QStringLiteral("width"), 4032}, {QStringLiteral("height"), 3024}, {QStringLiteral("size"), 2400000},
                        {QStringLiteral("gps_lat"), QStringLiteral("47.606200")}, {QStringLiteral("gps_long"), QStringLiteral("-122.332100")},
                        {QStringLiteral("url"), QStringLiteral("http://127.0.0.1:9/none.jpg")}};
        photos.append(*Photo::fromJson(raw, project));
    }
    return photos;
}

QByteArray sampleThumbnail()
{
    QImage image(320, 240, QImage::Format_RGB32);
    image.fill(QColor(120, 160, 200));
    QPainter(&image).fillRect(40, 120, 240, 120, QColor(150, 110, 70));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 85);
    return bytes;
}

// CPU time of the calling thread: on a busy machine it tells the UI thread's own work from the
// time it waited for a core.
qint64 threadCpuMicroseconds()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1000000 + now.tv_nsec / 1000;
}

void printPercentiles(const char *what, QList<qint64> frames)
{
    std::sort(frames.begin(), frames.end());
    std::printf("photos: scrolling half a screen at a time, %lld frames, %s: median %.1f ms, 95th percentile %.1f ms, worst %.1f ms\n",
                static_cast<long long>(frames.size()), what, double(frames.at(frames.size() / 2)) / 1000.0,
                double(frames.at(frames.size() * 95 / 100)) / 1000.0, double(frames.constLast()) / 1000.0);
}

// Scrolls the grid half a screen at a time through its first rows and times each frame's work:
// the scroll plus a synchronous repaint of the viewport (thumbnails not yet on disk paint their
// placeholder and load in the background, as they would for a user).
void printScrollFrames(QListView *grid)
{
    QList<qint64> wall;
    QList<qint64> cpu;
    QElapsedTimer frame;
    QScrollBar *bar = grid->verticalScrollBar();
    for (int step = 0; step < 120 && bar->value() < bar->maximum(); ++step) {
        const qint64 cpuBefore = threadCpuMicroseconds();
        frame.start();
        bar->setValue(bar->value() + bar->pageStep() / 2);
        grid->viewport()->repaint();
        wall.append(frame.nsecsElapsed() / 1000);
        cpu.append(threadCpuMicroseconds() - cpuBefore);
        QApplication::processEvents();
    }
    if (wall.isEmpty())
        return;
    printPercentiles("wall time", wall);
    printPercentiles("UI thread CPU", cpu);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const int count = app.arguments().contains(QStringLiteral("--count"))
        ? app.arguments().value(app.arguments().indexOf(QStringLiteral("--count")) + 1).toInt() : 50000;
    const qint64 project = 562949953600000;
    QTemporaryDir dir;
    CacheDatabase cache(dir.filePath(QStringLiteral("sitedesk.sqlite")));
    cache.open();
    QElapsedTimer timer;
    timer.start();
    PhotoStore(cache).replacePhotos(project, makePhotos(project, count));
    std::printf("photos: %d written to the cache in %lld ms\n", count, timer.elapsed());

    // The thumbnails a previous session left on disk, for the newest photos (the first screen).
    const QString folder = ThumbnailCache::defaultFolder(cache);
    QDir().mkpath(folder);
    const QByteArray jpeg = sampleThumbnail();
    const PhotoRows rows = PhotoStore(cache).rows(project);
    for (int i = 0; i < std::min<int>(400, int(rows.rows.size())); ++i) {
        QFile file(folder + QStringLiteral("/%1-320.jpg").arg(rows.rows.at(i).id));
        file.open(QIODevice::WriteOnly);
        file.write(jpeg);
    }
    const double before = rssMb();

    QNetworkAccessManager network;
    ThumbnailCache thumbnails(&network);
    thumbnails.setCache(&cache);
    PhotoDownloads downloads(&network);
    downloads.setCache(&cache);
    PhotosTab tab(&thumbnails, &downloads);
    tab.resize(1400, 900);
    tab.show();
    QSignalSpy loaded(tab.photosModel(), &PhotosModel::loaded);
    qint64 firstRowsMs = -1;   // an empty grid gets the newest photos before all of them
    const auto noteFirstRows = [&] {
        if (firstRowsMs < 0 && tab.grid()->model()->rowCount() > 0)
            firstRowsMs = timer.elapsed();
    };
    QObject::connect(tab.grid()->model(), &QAbstractItemModel::rowsInserted, &tab, noteFirstRows);
    QObject::connect(tab.grid()->model(), &QAbstractItemModel::modelReset, &tab, noteFirstRows);
    timer.restart();
    tab.setSource(&cache, project);
    loaded.wait(60000);
    const qint64 rowsMs = timer.elapsed();
    QApplication::processEvents();
    QListView *grid = tab.grid();
    int visible = 0;
    for (int i = 0; i < grid->model()->rowCount(); ++i) {
        if (!grid->viewport()->rect().intersects(grid->visualRect(grid->model()->index(i, 0))))
            break;
        ++visible;
    }
    // Every visible row's decoration must be a real thumbnail (the icon cache holds it).
    const bool shown = QTest::qWaitFor([&] {
        QApplication::processEvents();
        return ThumbnailCache::decodesOffUiThread() >= visible;
    }, 60000);
    QApplication::processEvents();
    const qint64 firstScreenMs = timer.elapsed();
    std::printf("photos: first rows in the grid in %lld ms, all rows ready in %lld ms; first screen (%d thumbnails from the disk cache) in %lld ms%s\n",
                firstRowsMs, rowsMs, visible, firstScreenMs, shown ? "" : " (timed out)");
    std::printf("photos: decodes on the UI thread %d, on pool threads %d\n", ThumbnailCache::decodesOnUiThread(),
                ThumbnailCache::decodesOffUiThread());
    printScrollFrames(grid);
    timer.restart();
    tab.filterModel()->setText(QStringLiteral("slab north"));
    std::printf("photos: text filter over %d rows in %lld ms (%d match)\n", count, timer.elapsed(), tab.filterModel()->rowCount());
    timer.restart();
    tab.filterModel()->setText(QStringLiteral("slab north grid"));   // the next keystrokes: texts already folded
    std::printf("photos: the next word in %lld ms (%d match)\n", timer.elapsed(), tab.filterModel()->rowCount());
    struct rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("photos: RSS %.1f MB before the tab, %.1f MB with it; peak %.1f MB; cache on disk %.1f MB\n", before, rssMb(),
                double(usage.ru_maxrss) / 1024.0, double(cache.sizeOnDisk()) / 1e6);
    return 0;
}
