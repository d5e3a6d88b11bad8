#include "api/ratelimitpacer.h"

#include <algorithm>

namespace sitedesk {

void RateLimitPacer::observe(int limit, int remaining, qint64 resetEpochSeconds,
                             const QDateTime &now)
{
    if (limit <= 0 || remaining < 0)
        return;
    const QDateTime resetsAt = resetEpochSeconds > 0
        ? QDateTime::fromSecsSinceEpoch(resetEpochSeconds, Qt::UTC)
        : now.addSecs(60);
    // Responses arrive out of order; within one window keep the lowest remaining seen.
    if (m_resetsAt.isValid() && resetsAt == m_resetsAt && limit == m_limit)
        m_remaining = std::min(m_remaining, remaining);
    else
        m_remaining = remaining;
    m_limit = limit;
    m_resetsAt = resetsAt;
}

void RateLimitPacer::blockFor(int seconds, const QDateTime &now)
{
    const QDateTime until = now.addMSecs(qint64(std::max(seconds, 1)) * 1000);
    if (!m_blockedUntil.isValid() || until > m_blockedUntil)
        m_blockedUntil = until;
}

void RateLimitPacer::noteStarted(const QDateTime &now)
{
    m_lastStart = now;
}

qint64 RateLimitPacer::delayMs(const QDateTime &now, int inFlight) const
{
    if (m_blockedUntil.isValid() && m_blockedUntil > now)
        return now.msecsTo(m_blockedUntil);
    if (m_limit <= 0 || !m_resetsAt.isValid() || m_resetsAt <= now)
        return 0;
    // Requests in flight will spend budget the last header did not show yet.
    const int available = m_remaining - inFlight;
    const qint64 untilReset = now.msecsTo(m_resetsAt) + 250; // the server's clock may lag ours
    if (available <= 0)
        return untilReset;
    if (available * 2 > m_limit)
        return 0;
    const qint64 spacing = untilReset / available;
    if (!m_lastStart.isValid())
        return 0;
    return std::max<qint64>(0, spacing - m_lastStart.msecsTo(now));
}

} // namespace sitedesk
