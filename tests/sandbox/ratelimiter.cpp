#include "ratelimiter.h"

#include <QList>

namespace sandbox {

RateLimiter::RateLimiter(int spikeLimit, int spikeWindowSeconds, int hourlyLimit)
    : m_spikeLimit(spikeLimit), m_spikeWindowSeconds(std::max(1, spikeWindowSeconds)), m_hourlyLimit(hourlyLimit)
{
}

RateLimiter::Verdict RateLimiter::take(const QString &token, qint64 nowMs)
{
    QList<Check> checks;
    if (m_spikeLimit > 0)
        checks.append({m_spikeLimit, m_spikeWindowSeconds, &m_spike[token]});
    if (m_hourlyLimit > 0)
        checks.append({m_hourlyLimit, 3600, &m_hourly[token]});

    Verdict verdict;
    if (checks.isEmpty())
        return verdict;
    verdict.reported = true;
    int tightest = -1;
    for (const Check &check : checks) {
        Window &window = *check.window;
        const qint64 length = qint64(check.windowSeconds) * 1000;
        if (window.startMs == 0 || nowMs >= window.startMs + length)
            window = {nowMs, 0};
        const bool full = window.used >= check.limit;
        ++window.used;   // a rejected request counts too
        const int remaining = std::max(0, check.limit - window.used);
        const qint64 resetMs = window.startMs + length;
        if (full) {
            verdict.allowed = false;
            verdict.retryAfterSeconds = std::max(verdict.retryAfterSeconds, int((resetMs - nowMs + 999) / 1000));
        }
        if (tightest < 0 || remaining < verdict.remaining) {
            tightest = remaining;
            verdict.limit = check.limit;
            verdict.remaining = remaining;
            verdict.resetEpoch = (resetMs + 999) / 1000;
        }
    }
    return verdict;
}

} // namespace sandbox
