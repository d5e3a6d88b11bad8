#include "procoreerror.h"

#include <QJsonArray>

namespace sandbox {

HttpResponse ProcoreError::unauthorized()
{
    return HttpResponse::json(401, QJsonObject{{QStringLiteral("errors"), QStringLiteral("401 Unauthorized")},
                                               {QStringLiteral("message"), QStringLiteral("The access token is invalid or has expired")}});
}

HttpResponse ProcoreError::badRequest(const QString &message)
{
    return HttpResponse::json(400, QJsonObject{{QStringLiteral("message"), message}});
}

HttpResponse ProcoreError::forbidden(const QString &message)
{
    return HttpResponse::json(403, QJsonObject{{QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), QStringLiteral("forbidden")},
                                                                                      {QStringLiteral("message"), message},
                                                                                      {QStringLiteral("details"), QJsonArray()}}}});
}

HttpResponse ProcoreError::notFound()
{
    return HttpResponse::json(404, QJsonObject{{QStringLiteral("errors"), QStringLiteral("Not Found")}});
}

HttpResponse ProcoreError::methodNotAllowed(const QByteArray &allowed)
{
    HttpResponse response = HttpResponse::json(405, QJsonObject{{QStringLiteral("errors"), QStringLiteral("Method Not Allowed")}});
    response.setHeader("Allow", allowed);
    return response;
}

HttpResponse ProcoreError::rateLimited(int retryAfterSeconds)
{
    HttpResponse response = HttpResponse::json(429, QJsonObject{{QStringLiteral("message"), QStringLiteral("Rate limit exceeded")}});
    response.setHeader("Retry-After", QByteArray::number(retryAfterSeconds));
    return response;
}

HttpResponse ProcoreError::serverError(int status)
{
    HttpResponse response = HttpResponse::json(status, QJsonObject{
        {QStringLiteral("errors"), QString::fromLatin1(HttpResponse::reasonPhrase(status))},
        {QStringLiteral("message"), QStringLiteral("The sandbox injected a %1.").arg(status)}});
    if (status == 503)
        response.setHeader("Retry-After", "1");
    return response;
}

} // namespace sandbox
