#include "router.h"

#include "procoreerror.h"

namespace sandbox {

void Router::add(const QByteArray &method, const QString &pattern, Handler handler, Scope scope)
{
    QString regex = QRegularExpression::escape(pattern);
    // escape() turned "{name}" into "\{name\}"; make each a named one-segment group.
    static const QRegularExpression placeholder(QStringLiteral("\\\\\\{([a-z_]+)\\\\\\}"));
    regex.replace(placeholder, QStringLiteral("(?<\\1>[^/]+)"));
    m_routes.append({method, QRegularExpression(QLatin1Char('^') + regex + QLatin1Char('$')), std::move(handler), scope});
}

HttpResponse Router::route(const HttpRequest &request, RestContext &context) const
{
    QByteArrayList allowed;
    for (const Route &route : m_routes) {
        const QRegularExpressionMatch match = route.pattern.match(request.path);
        if (!match.hasMatch())
            continue;
        if (route.method != request.method) {
            allowed << route.method;
            continue;
        }
        if (route.scope == Scope::Company && request.header("procore-company-id").isEmpty())
            return ProcoreError::badRequest(QStringLiteral("Procore-Company-Id header is required"));
        return route.handler(request, match, context);
    }
    return allowed.isEmpty() ? ProcoreError::notFound() : ProcoreError::methodNotAllowed(allowed.join(", "));
}

} // namespace sandbox
