#pragma once

#include <QHash>
#include <QString>

namespace sandbox {

// Procore's two windows per access token: a spike window (N per W seconds) and an hourly one.
// Fixed windows (not sliding): a window opens with the token's first request after the previous
// one ended and closes W seconds later, when its count starts again from zero. Retry-After and
// X-Rate-Limit-Reset name that end. Every request counts, failed and rejected ones too, as at
// Procore; requests with a missing or invalid token count under that (invalid) token.
class RateLimiter
{
public:
    struct Verdict
    {
        bool allowed = true;
        int limit = 0;
        int remaining = 0;
        qint64 resetEpoch = 0;
        int retryAfterSeconds = 0;
        bool reported = false;   // false when no window is configured
    };

    RateLimiter(int spikeLimit, int spikeWindowSeconds, int hourlyLimit);
    Verdict take(const QString &token, qint64 nowMs);

private:
    struct Window { qint64 startMs = 0; int used = 0; };
    struct Check { int limit; int windowSeconds; Window *window; };

    int m_spikeLimit;
    int m_spikeWindowSeconds;
    int m_hourlyLimit;
    QHash<QString, Window> m_spike;
    QHash<QString, Window> m_hourly;
};

} // namespace sandbox
