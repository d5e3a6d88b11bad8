#pragma once

#include "httpresponse.h"

namespace sandbox {

// Procore's error bodies, each in the shape the real endpoint uses (they differ: `errors`,
// `message`, `error{code,message,details}`), so the client's error parsing meets all of them.
class ProcoreError
{
public:
    static HttpResponse unauthorized();
    static HttpResponse badRequest(const QString &message);
    static HttpResponse forbidden(const QString &message);
    static HttpResponse notFound();
    static HttpResponse methodNotAllowed(const QByteArray &allowed);
    static HttpResponse rateLimited(int retryAfterSeconds);
    static HttpResponse serverError(int status);
};

} // namespace sandbox
