#pragma once

#include "httpresponse.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QRandomGenerator>
#include <QString>

#include <algorithm>

namespace sandbox {

// Faults for /rest/* requests: queued ones ("the next N requests under this path") and random
// ones at a rate per kind, deterministic for the sandbox's seed. Kinds: 500, 502, 503, 429,
// drop, malformed, truncate, expire.
class FaultInjector
{
public:
    explicit FaultInjector(quint32 seed) : m_random(seed) {}

    // "500=0.05,drop=0.01"; false on a bad spec.
    bool setRates(const QString &spec, QString *error);
    // The admin endpoint's JSON: {"next":[{kind,count,path_prefix}], "rates":{kind:p}, "latency_ms":N}
    bool configure(const QJsonObject &json, QString *error);
    // Drops every queued fault, rate and latency, including those from the command line.
    void clear();

    int latencyMs() const { return m_latencyMs; }
    void setLatencyMs(int ms) { m_latencyMs = std::max(0, ms); }

    // The fault for this request ("" for none); consumes a queued one.
    QString take(const QString &path);

    // Applies a fault kind to an answer that is otherwise ready ("expire" is the caller's job:
    // it must act before the token is checked).
    static void apply(const QString &kind, HttpResponse *response);
    static bool isKnownKind(const QString &kind);

private:
    struct Queued { QString kind; int count; QString pathPrefix; };

    QList<Queued> m_queue;
    QMap<QString, double> m_rates;
    int m_latencyMs = 0;
    QRandomGenerator m_random;
};

} // namespace sandbox
