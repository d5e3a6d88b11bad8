#include "adminendpoints.h"

#include "procoreerror.h"

#include <QJsonDocument>
#include <QRegularExpression>

namespace sandbox {

namespace {

HttpResponse ok()
{
    return HttpResponse::json(200, QJsonObject{});
}

} // namespace

bool AdminEndpoints::handle(const HttpRequest &request, HttpResponse *response)
{
    const QString &path = request.path;
    if (!path.startsWith(QLatin1String("/__admin/")))
        return false;
    const QJsonDocument document = QJsonDocument::fromJson(request.body);
    if (!request.body.trimmed().isEmpty() && !document.isObject()) {
        *response = ProcoreError::badRequest(QStringLiteral("The body must be a JSON object."));
        return true;
    }
    const QJsonObject body = document.object();
    static const QRegularExpression recordPath(QStringLiteral("^/__admin/records/([a-z_]+)(?:/(\\d+))?$"));
    const QRegularExpressionMatch record = recordPath.match(path);
    const auto is = [&](const char *adminPath, const char *method) { return path == QLatin1String(adminPath) && request.method == method; };

    if (is("/__admin/faults", "POST")) {
        QString error;
        *response = m_faults.configure(body, &error) ? ok() : ProcoreError::badRequest(error);
    } else if (is("/__admin/faults", "DELETE")) {
        m_faults.clear();
        *response = ok();
    } else if (is("/__admin/expire-tokens", "POST")) {
        m_oauth.expireAllAccessTokens();
        *response = ok();
    } else if (is("/__admin/stats", "GET")) {
        *response = HttpResponse::json(200, m_stats.toJson(m_oauth.refreshCount()));
    } else if (is("/__admin/reset-stats", "POST")) {
        m_stats.reset();
        m_oauth.resetRefreshCount();
        *response = ok();
    } else if (is("/__admin/oauth/code", "POST")) {
        *response = issueCode(body);
    } else if (record.hasMatch()) {
        *response = records(request, record.captured(1), record.captured(2));
    } else {
        *response = ProcoreError::notFound();
    }
    return true;
}

HttpResponse AdminEndpoints::records(const HttpRequest &request, const QString &collection, const QString &idText)
{
    if (!m_data.hasCollection(collection))
        return ProcoreError::notFound();
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const qint64 id = idText.toLongLong();
    if (request.method == "POST" && idText.isEmpty())
        return HttpResponse::json(201, m_data.insert(collection, body));
    if (request.method == "POST") {
        const QJsonObject *patched = m_data.patch(collection, id, body);
        return patched ? HttpResponse::json(200, *patched) : ProcoreError::notFound();
    }
    if (request.method == "DELETE" && !idText.isEmpty())
        return m_data.remove(collection, id) ? ok() : ProcoreError::notFound();
    return ProcoreError::methodNotAllowed(idText.isEmpty() ? "POST" : "POST, DELETE");
}

HttpResponse AdminEndpoints::issueCode(const QJsonObject &body)
{
    QString error;
    const QString code = m_oauth.issueCode(body.value(QLatin1String("client_id")).toString(), body.value(QLatin1String("redirect_uri")).toString(),
                                           body.value(QLatin1String("code_challenge")).toString(),
                                           body.value(QLatin1String("code_challenge_method")).toString(), &error);
    if (code.isEmpty())
        return ProcoreError::badRequest(error);
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("code"), code}});
}

} // namespace sandbox
