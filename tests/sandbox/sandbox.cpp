#include "sandbox.h"

#include "coreendpoints.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace sandbox {

HttpResponse notFound()
{
    return HttpResponse::json(404, QJsonObject{{QStringLiteral("errors"), QStringLiteral("Not Found")}});
}

HttpResponse badRequest(const QString &message)
{
    return HttpResponse::json(400, QJsonObject{{QStringLiteral("message"), message}});
}

HttpResponse forbidden(const QString &message)
{
    return HttpResponse::json(403, QJsonObject{{QStringLiteral("error"), QJsonObject{
        {QStringLiteral("code"), QStringLiteral("forbidden")}, {QStringLiteral("message"), message},
        {QStringLiteral("details"), QJsonArray()}}}});
}

Sandbox::Sandbox(SandboxData data, const Options &options)
    : m_data(std::move(data)),
      m_oauth(options.oauth),
      m_rateLimiter(options.spikeLimit, options.spikeWindowSeconds, options.hourlyLimit),
      m_faults(options.seed)
{
    m_routes << &handleCoreEndpoints;
}

HttpResponse Sandbox::handle(const HttpRequest &request)
{
    HttpResponse response;
    if (m_oauth.handle(request, &response) || handleAdmin(request, &response))
        return response;
    if (request.path.startsWith(QLatin1String("/rest/"))) {
        response = handleRest(request);
        count(request, response);
        return response;
    }
    return notFound();
}

HttpResponse Sandbox::handleRest(const HttpRequest &request)
{
    const QString token = request.bearerToken();
    QString fault = m_faults.take(request.path);
    if (fault == QLatin1String("expire")) {
        m_oauth.expireAccessToken(token);
        fault.clear();
    }
    if (!m_oauth.isValidAccessToken(token)) {
        return HttpResponse::json(401, QJsonObject{{QStringLiteral("errors"), QStringLiteral("401 Unauthorized")},
                                                   {QStringLiteral("message"), QStringLiteral("The access token is invalid or has expired")}});
    }
    const RateLimiter::Verdict verdict = m_rateLimiter.take(token, QDateTime::currentMSecsSinceEpoch());
    HttpResponse response;
    if (!verdict.allowed) {
        response = HttpResponse::json(429, QJsonObject{{QStringLiteral("message"), QStringLiteral("Rate limit exceeded")}});
        response.setHeader("Retry-After", QByteArray::number(verdict.retryAfterSeconds));
    } else {
        const QByteArray companyHeader = request.header("procore-company-id");
        const bool companyExempt = request.path == QLatin1String("/rest/v1.0/me") || request.path == QLatin1String("/rest/v1.0/companies");
        if (companyHeader.isEmpty() && !companyExempt)
            response = badRequest(QStringLiteral("Procore-Company-Id header is required"));
        else
            response = route(request, companyHeader.toLongLong());
        if (!fault.isEmpty())
            FaultInjector::apply(fault, &response);
    }
    if (verdict.reported) {
        response.setHeader("X-Rate-Limit-Limit", QByteArray::number(verdict.limit));
        response.setHeader("X-Rate-Limit-Remaining", QByteArray::number(verdict.remaining));
        response.setHeader("X-Rate-Limit-Reset", QByteArray::number(verdict.resetEpoch));
    }
    response.delayMs = m_faults.latencyMs();
    return response;
}

HttpResponse Sandbox::route(const HttpRequest &request, qint64 companyId)
{
    RestContext context{m_data, m_baseUrl, companyId};
    HttpResponse response;
    for (const RestRoutes &routes : std::as_const(m_routes))
        if (routes(request, context, &response))
            return response;
    return notFound();
}

bool Sandbox::handleAdmin(const HttpRequest &request, HttpResponse *response)
{
    if (!request.path.startsWith(QLatin1String("/__admin/")))
        return false;
    const QString path = request.path;
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    static const QRegularExpression recordPath(QStringLiteral("^/__admin/records/([a-z_]+)(?:/(\\d+))?$"));
    const QRegularExpressionMatch record = recordPath.match(path);

    if (path == QLatin1String("/__admin/faults") && request.method == "POST") {
        QString error;
        *response = m_faults.configure(body, &error) ? HttpResponse::json(200, QJsonObject{}) : badRequest(error);
    } else if (path == QLatin1String("/__admin/faults") && request.method == "DELETE") {
        m_faults.clear();
        *response = HttpResponse::json(200, QJsonObject{});
    } else if (path == QLatin1String("/__admin/expire-tokens") && request.method == "POST") {
        m_oauth.expireAllAccessTokens();
        *response = HttpResponse::json(200, QJsonObject{});
    } else if (path == QLatin1String("/__admin/stats") && request.method == "GET") {
        QJsonObject byPath, byStatus;
        for (auto it = m_byPath.cbegin(); it != m_byPath.cend(); ++it)
            byPath.insert(it.key(), it.value());
        for (auto it = m_byStatus.cbegin(); it != m_byStatus.cend(); ++it)
            byStatus.insert(it.key(), it.value());
        *response = HttpResponse::json(200, QJsonObject{{QStringLiteral("requests"), m_requests},
                                                        {QStringLiteral("by_path"), byPath},
                                                        {QStringLiteral("status_counts"), byStatus},
                                                        {QStringLiteral("token_refreshes"), m_oauth.refreshCount()}});
    } else if (path == QLatin1String("/__admin/reset-stats") && request.method == "POST") {
        m_requests = 0;
        m_byPath.clear();
        m_byStatus.clear();
        m_oauth.resetRefreshCount();
        *response = HttpResponse::json(200, QJsonObject{});
    } else if (path == QLatin1String("/__admin/oauth/code") && request.method == "POST") {
        QString error;
        const QString code = m_oauth.issueCode(body.value(QLatin1String("client_id")).toString(), body.value(QLatin1String("redirect_uri")).toString(),
                                               body.value(QLatin1String("code_challenge")).toString(),
                                               body.value(QLatin1String("code_challenge_method")).toString(), &error);
        *response = code.isEmpty() ? badRequest(error) : HttpResponse::json(200, QJsonObject{{QStringLiteral("code"), code}});
    } else if (record.hasMatch() && m_data.hasCollection(record.captured(1))) {
        const QString collection = record.captured(1);
        const qint64 id = record.captured(2).toLongLong();
        if (request.method == "DELETE" && id) {
            *response = m_data.remove(collection, id) ? HttpResponse::json(200, QJsonObject{}) : notFound();
        } else if (request.method == "POST" && id) {
            QJsonObject *item = m_data.find(collection, id);
            if (!item) {
                *response = notFound();
            } else {
                for (auto it = body.begin(); it != body.end(); ++it)
                    item->insert(it.key(), it.value());
                item->insert(QStringLiteral("updated_at"), m_data.tick());
                *response = HttpResponse::json(200, *item);
            }
        } else if (request.method == "POST") {
            QJsonObject item = body;
            if (!item.contains(QLatin1String("id")))
                item.insert(QStringLiteral("id"), m_data.nextId(collection));
            const QString now = m_data.tick();
            item.insert(QStringLiteral("created_at"), now);
            item.insert(QStringLiteral("updated_at"), now);
            m_data.collection(collection).append(item);
            *response = HttpResponse::json(201, item);
        } else {
            *response = HttpResponse::json(405, QJsonObject{{QStringLiteral("message"), QStringLiteral("Method not allowed")}});
        }
    } else {
        *response = notFound();
    }
    return true;
}

void Sandbox::count(const HttpRequest &request, const HttpResponse &response)
{
    ++m_requests;
    ++m_byPath[request.path];
    ++m_byStatus[QString::number(response.status)];
}

} // namespace sandbox
