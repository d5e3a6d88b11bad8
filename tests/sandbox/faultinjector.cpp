#include "faultinjector.h"

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
        m_latencyMs = std::max(0, json.value(QLatin1String("latency_ms")).toInt());
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
    for (auto it = m_rates.cbegin(); it != m_rates.cend(); ++it) {
        if (it.value() > 0 && m_random.generateDouble() < it.value())
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
        response->status = 200;
        response->body = QByteArrayLiteral("[{\"id\": 562949953421312, \"name\": \"Broken");
    } else if (kind == QLatin1String("429")) {
        *response = HttpResponse::json(429, QJsonObject{{QStringLiteral("message"), QStringLiteral("Rate limit exceeded")}});
        response->setHeader("Retry-After", "1");
    } else {
        const int status = kind.toInt();
        *response = HttpResponse::json(status, QJsonObject{
            {QStringLiteral("errors"), status == 503 ? QStringLiteral("Service Unavailable") : QStringLiteral("Internal Server Error")},
            {QStringLiteral("message"), QStringLiteral("The sandbox injected a %1.").arg(status)}});
        if (status == 503)
            response->setHeader("Retry-After", "1");
    }
}

} // namespace sandbox
