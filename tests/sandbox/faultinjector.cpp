#include "faultinjector.h"

#include "procoreerror.h"

#include <QJsonArray>

namespace sandbox {

bool FaultInjector::isKnownKind(const QString &kind)
{
    static const QStringList kinds{QStringLiteral("500"), QStringLiteral("502"), QStringLiteral("503"), QStringLiteral("429"),
                                   QStringLiteral("drop"), QStringLiteral("malformed"), QStringLiteral("truncate"), QStringLiteral("expire")};
    return kinds.contains(kind);
}

bool FaultInjector::setRates(const QString &spec, QString *error)
{
    for (const QString &part : spec.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList pair = part.split(QLatin1Char('='));
        bool ok = false;
        const double rate = pair.value(1).toDouble(&ok);
        if (pair.size() != 2 || !ok || rate < 0 || rate > 1 || !isKnownKind(pair.first().trimmed())) {
            *error = QStringLiteral("bad fault spec '%1' (expected kind=probability, kinds 500 502 503 429 drop malformed truncate expire)").arg(part);
            return false;
        }
        m_rates.insert(pair.first().trimmed(), rate);
    }
    return true;
}

bool FaultInjector::configure(const QJsonObject &json, QString *error)
{
    for (const QJsonValue &value : json.value(QLatin1String("next")).toArray()) {
        const QJsonObject fault = value.toObject();
        const QString kind = fault.value(QLatin1String("kind")).toVariant().toString();
        if (!isKnownKind(kind)) {
            *error = QStringLiteral("unknown fault kind '%1'").arg(kind);
            return false;
        }
        m_queue.append({kind, std::max(1, fault.value(QLatin1String("count")).toInt(1)),
                        fault.value(QLatin1String("path_prefix")).toString()});
    }
    const QJsonObject rates = json.value(QLatin1String("rates")).toObject();
    for (auto it = rates.begin(); it != rates.end(); ++it) {
        if (!isKnownKind(it.key())) {
            *error = QStringLiteral("unknown fault kind '%1'").arg(it.key());
            return false;
        }
        m_rates.insert(it.key(), it.value().toDouble());
    }
    if (json.contains(QLatin1String("latency_ms")))
        setLatencyMs(json.value(QLatin1String("latency_ms")).toInt());
    return true;
}

void FaultInjector::clear()
{
    m_queue.clear();
    m_rates.clear();
    m_latencyMs = 0;
}

QString FaultInjector::take(const QString &path)
{
    for (auto it = m_queue.begin(); it != m_queue.end(); ++it) {
        if (!it->pathPrefix.isEmpty() && !path.startsWith(it->pathPrefix))
            continue;
        const QString kind = it->kind;
        if (--it->count <= 0)
            m_queue.erase(it);
        return kind;
    }
    if (m_rates.isEmpty())
        return {};
    // One draw per request against the cumulative rates: "500=0.05,503=0.05" fails 10 %.
    const double draw = m_random.generateDouble();
    double cumulative = 0;
    for (auto it = m_rates.cbegin(); it != m_rates.cend(); ++it) {
        cumulative += it.value();
        if (draw < cumulative)
            return it.key();
    }
    return {};
}

void FaultInjector::apply(const QString &kind, HttpResponse *response)
{
    if (kind == QLatin1String("drop")) {
        response->fault = HttpResponse::Fault::Drop;
    } else if (kind == QLatin1String("truncate")) {
        response->fault = HttpResponse::Fault::Truncate;
        if (response->body.size() < 4)
            response->body = QByteArrayLiteral("[{\"id\": 1, \"name\": \"truncated body\"}]");
    } else if (kind == QLatin1String("malformed")) {
        // Cut mid-string and mid-array: no JSON parser accepts it. Content-Length stays right.
        response->status = 200;
        response->body = QByteArrayLiteral("[{\"id\": 562949953421312, \"name\": \"Broken");
        response->setHeader("Content-Type", "application/json; charset=utf-8");
    } else if (kind == QLatin1String("429")) {
        *response = ProcoreError::rateLimited(1);
    } else if (kind.toInt() >= 500) {
        *response = ProcoreError::serverError(kind.toInt());
    }
}

} // namespace sandbox
