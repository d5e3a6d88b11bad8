#pragma once

#include <QHash>
#include <QString>

namespace sandbox {

// Procore's two windows per access token: a spike window (N per W seconds) and an hourly one.
// Fixed windows: each opens with the token's first request in it and resets W seconds later.
// Every request counts, failed and rejected ones too, as at Procore.
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
