#pragma once

#include <QDateTime>

namespace sitedesk {

// Paces requests from Procore's X-Rate-Limit-* headers so that 429 stays rare: requests go out
// freely while more than half of the window's budget is left, then are spread evenly over the
// time until the window resets; after a 429 (or a 503 with Retry-After) nothing goes out until
// the server's Retry-After has passed.
class RateLimitPacer
{
public:
    void observe(int limit, int remaining, qint64 resetEpochSeconds, const QDateTime &now);
    void blockFor(int seconds, const QDateTime &now);
    void noteStarted(const QDateTime &now);

    // Milliseconds to wait before the next request may start; 0 = now.
    qint64 delayMs(const QDateTime &now, int inFlight) const;

    int limit() const { return m_limit; }
    int remaining() const { return m_remaining; }
    QDateTime resetsAt() const { return m_resetsAt; }

private:
    int m_limit = -1;
    int m_remaining = -1;
    QDateTime m_resetsAt;
    QDateTime m_blockedUntil;
    QDateTime m_lastStart;
};

} // namespace sitedesk
