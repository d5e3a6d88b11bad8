#include "sandbox.h"

#include "datagenerator.h"
#include "photoimages.h"
#include "procoreerror.h"
#include "dailylogattachmentfiles.h"
#include "submittalattachmentfiles.h"

#include <QDateTime>

namespace sandbox {

Sandbox::Sandbox(const Options &options)
    : m_tools(SandboxTool::all()),
      m_data(DataGenerator::generate(m_tools, options.seed, options.scale)),
      m_oauth(options.oauth),
      m_rateLimiter(options.spikeLimit, options.spikeWindowSeconds, options.hourlyLimit),
      m_faults(options.seed),
      m_admin(m_data, m_oauth, m_faults, m_stats),
      m_storage(m_data, m_faults),
      m_drawingFiles(m_data, m_faults, m_oauth)
{
    for (const auto &tool : m_tools)
        tool->addRoutes(m_router);
}

HttpResponse Sandbox::handle(const HttpRequest &request)
{
    HttpResponse response;
    if (m_oauth.handle(request, &response) || m_admin.handle(request, &response) || m_storage.handle(request, &response)
        || PhotoImages::handle(request, &response) || m_drawingFiles.handle(request, m_baseUrl, &response)
        || SubmittalAttachmentFiles::handle(request, m_data, &response) || DailyLogAttachmentFiles::handle(request, m_data, &response))
        return response;
    if (request.path.startsWith(QLatin1String("/rest/"))) {
        response = handleRest(request);
        m_stats.count(request, response);
        return response;
    }
    return ProcoreError::notFound();
}

HttpResponse Sandbox::handleRest(const HttpRequest &request)
{
    const QString token = request.bearerToken();
    QString fault = m_faults.take(request.path);
    if (fault == QLatin1String("expire")) {
        m_oauth.expireAccessToken(token);
        fault.clear();
    }
    const RateLimiter::Verdict verdict = m_rateLimiter.take(token, QDateTime::currentMSecsSinceEpoch());
    HttpResponse response;
    if (!m_oauth.isValidAccessToken(token)) {
        response = ProcoreError::unauthorized();
    } else if (!verdict.allowed) {
        response = ProcoreError::rateLimited(verdict.retryAfterSeconds);
    } else {
        RestContext context{m_data, m_baseUrl, request.header("procore-company-id").toLongLong()};
        response = m_router.route(request, context);
    }
    if (!fault.isEmpty())
        FaultInjector::apply(fault, &response);
    if (verdict.reported) {
        response.setHeader("X-Rate-Limit-Limit", QByteArray::number(verdict.limit));
        response.setHeader("X-Rate-Limit-Remaining", QByteArray::number(verdict.remaining));
        response.setHeader("X-Rate-Limit-Reset", QByteArray::number(verdict.resetEpoch));
    }
    response.delayMs = m_faults.latencyMs();
    return response;
}

} // namespace sandbox
