#include "startupprobe.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QEvent>
#include <QFile>
#include <QTimer>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

namespace sitedesk {

namespace {

// Peak resident memory of this process. On Linux VmHWM: getrusage's ru_maxrss survives exec and
// reports the launching process's peak when that was larger.
double peakMemoryMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n'))
            if (line.startsWith("VmHWM:"))
                return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
#ifdef Q_OS_UNIX
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
#else
    return 0;
#endif
}

qint64 area(const QWidget *widget) { return qint64(widget->width()) * widget->height(); }

// The view is the largest one the window shows: the tab's log, not a side list.
bool isMainView(const QAbstractItemView *view)
{
    const auto views = view->window()->findChildren<QAbstractItemView *>();
    for (const QAbstractItemView *other : views)
        if (other != view && other->isVisible() && area(other) > area(view))
            return false;
    return true;
}

} // namespace

void StartupProbe::installIfAsked(QObject *application)
{
    if (qEnvironmentVariableIsSet("SITEDESK_STARTUP_PROBE"))
        application->installEventFilter(new StartupProbe(application));
}

StartupProbe::StartupProbe(QObject *parent) : QObject(parent) { m_clock.start(); }

bool StartupProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (m_done || event->type() != QEvent::Paint)
        return false;
    auto *viewport = qobject_cast<QWidget *>(watched);
    auto *view = viewport ? qobject_cast<QAbstractItemView *>(viewport->parentWidget()) : nullptr;
    if (!view || view->viewport() != viewport || !view->isVisible() || !view->model() || view->model()->rowCount() == 0
        || !isMainView(view))
        return false;
    m_done = true;
    // Report after this paint has finished.
    QTimer::singleShot(0, this, [this, view] {
        std::printf("first rows painted: %lld ms after the window began, %d rows in %s, peak memory %.1f MB\n",
                    static_cast<long long>(m_clock.elapsed()), view->model()->rowCount(), view->metaObject()->className(),
                    peakMemoryMb());
        std::fflush(stdout);
        QCoreApplication::quit();
    });
    return false;
}

} // namespace sitedesk
