#pragma once

#include "faultinjector.h"
#include "httprequest.h"
#include "httpresponse.h"
#include "oauthserver.h"
#include "requeststats.h"
#include "sandboxdata.h"

namespace sandbox {

// /__admin/*, for tests and benchmarks (no token needed; the server listens on 127.0.0.1 only):
//   POST/DELETE /__admin/faults         queue faults, set rates and latency / clear them all
//   POST /__admin/expire-tokens         expire every access token (refresh tokens stay valid)
//   GET /__admin/stats, POST /__admin/reset-stats
//   POST /__admin/records/{collection}[/{id}], DELETE /__admin/records/{collection}/{id}
//   POST /__admin/oauth/code            a code without a browser
class AdminEndpoints
{
public:
    AdminEndpoints(SandboxData &data, OAuthServer &oauth, FaultInjector &faults, RequestStats &stats)
        : m_data(data), m_oauth(oauth), m_faults(faults), m_stats(stats) {}

    // Handles /__admin/*; false when the path is not an admin path.
    bool handle(const HttpRequest &request, HttpResponse *response);

private:
    HttpResponse records(const HttpRequest &request, const QString &collection, const QString &idText);
    HttpResponse issueCode(const QJsonObject &body);

    SandboxData &m_data;
    OAuthServer &m_oauth;
    FaultInjector &m_faults;
    RequestStats &m_stats;
};

} // namespace sandbox
