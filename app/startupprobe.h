#pragma once

#include <QElapsedTimer>
#include <QObject>

namespace sitedesk {

// A measuring hook for tests/benchmarks/bench_startup, on only when SITEDESK_STARTUP_PROBE is set:
// when the biggest list, table or grid of the window first paints rows (the log of the tab the
// user had open), prints to stdout the milliseconds since the window was being built and the
// peak memory, then quits. Changes nothing a user sees.
class StartupProbe final : public QObject
{
public:
    static void installIfAsked(QObject *application);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit StartupProbe(QObject *parent);

    QElapsedTimer m_clock;
    bool m_done = false;
};

} // namespace sitedesk
