#pragma once

#include "faultinjector.h"
#include "httpmessage.h"
#include "oauthserver.h"
#include "ratelimiter.h"
#include "sandboxdata.h"

#include <QMap>
#include <QUrl>

#include <functional>

namespace sandbox {

// Everything an endpoint may need: the data, the base URL (for Link headers), the request's
// company (from Procore-Company-Id).
struct RestContext
{
    SandboxData &data;
    QUrl baseUrl;
    qint64 companyId = 0;
};

// One group of REST endpoints; answers true when it handled the request.
using RestRoutes = std::function<bool(const HttpRequest &, RestContext &, HttpResponse *)>;

// The sandbox's request pipeline: OAuth, admin, then /rest/* behind the bearer token, the
// Procore-Company-Id check, rate limits and injected faults.
class Sandbox
{
public:
    struct Options
    {
        OAuthServer::Options oauth;
        int spikeLimit = 0;
        int spikeWindowSeconds = 10;
        int hourlyLimit = 3600;
        quint32 seed = 1;
    };

    Sandbox(SandboxData data, const Options &options);
    void setBaseUrl(const QUrl &url) { m_baseUrl = url; }
    FaultInjector &faults() { return m_faults; }

    HttpResponse handle(const HttpRequest &request);

private:
    HttpResponse handleRest(const HttpRequest &request);
    HttpResponse route(const HttpRequest &request, qint64 companyId);
    bool handleAdmin(const HttpRequest &request, HttpResponse *response);
    void count(const HttpRequest &request, const HttpResponse &response);

    SandboxData m_data;
    OAuthServer m_oauth;
    RateLimiter m_rateLimiter;
    FaultInjector m_faults;
    QList<RestRoutes> m_routes;
    QUrl m_baseUrl;
    int m_requests = 0;
    QMap<QString, int> m_byPath;
    QMap<QString, int> m_byStatus;
};

// Procore's error bodies, in the shapes its endpoints use.
HttpResponse notFound();
HttpResponse badRequest(const QString &message);
HttpResponse forbidden(const QString &message);

} // namespace sandbox
