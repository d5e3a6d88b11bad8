#pragma once

#include "adminendpoints.h"
#include "drawingfiles.h"
#include "faultinjector.h"
#include "httprequest.h"
#include "httpresponse.h"
#include "oauthserver.h"
#include "ratelimiter.h"
#include "requeststats.h"
#include "router.h"
#include "sandboxdata.h"
#include "sandboxtool.h"
#include "uploadstorage.h"

#include <QUrl>

namespace sandbox {

// The request pipeline: /oauth/* and /__admin/* directly; /rest/* through injected faults,
// the bearer token, the rate limits, the router (with the Procore-Company-Id check) and the
// rate-limit headers. Every /rest request is counted in the stats.
class Sandbox
{
public:
    struct Options
    {
        OAuthServer::Options oauth;
        quint32 seed = 1;
        Scale scale = Scale::Demo;
        int spikeLimit = 0;
        int spikeWindowSeconds = 10;
        int hourlyLimit = 3600;
    };

    explicit Sandbox(const Options &options);
    Q_DISABLE_COPY_MOVE(Sandbox)

    void setBaseUrl(const QUrl &url) { m_baseUrl = url; }
    FaultInjector &faults() { return m_faults; }

    HttpResponse handle(const HttpRequest &request);

private:
    HttpResponse handleRest(const HttpRequest &request);

    std::vector<std::unique_ptr<SandboxTool>> m_tools;
    SandboxData m_data;
    OAuthServer m_oauth;
    RateLimiter m_rateLimiter;
    FaultInjector m_faults;
    RequestStats m_stats;
    AdminEndpoints m_admin;
    UploadStorage m_storage;
    DrawingFiles m_drawingFiles;
    Router m_router;
    QUrl m_baseUrl;
};

} // namespace sandbox
