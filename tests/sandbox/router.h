#pragma once

#include "httprequest.h"
#include "httpresponse.h"
#include "restcontext.h"

#include <QList>
#include <QRegularExpression>

#include <functional>

namespace sandbox {

// The /rest/* routes. Patterns are paths with `{name}` placeholders for one segment
// ("/rest/v1.0/companies/{company_id}/projects"). An unknown path is a 404, a known path with
// another method a 405; a company-scoped route without Procore-Company-Id is a 400.
class Router
{
public:
    using Handler = std::function<HttpResponse(const HttpRequest &, const QRegularExpressionMatch &, RestContext &)>;
    enum class Scope { Company, Global };   // Global: no Procore-Company-Id needed (me, companies)

    void add(const QByteArray &method, const QString &pattern, Handler handler, Scope scope = Scope::Company);
    HttpResponse route(const HttpRequest &request, RestContext &context) const;

private:
    struct Route
    {
        QByteArray method;
        QRegularExpression pattern;
        Handler handler;
        Scope scope;
    };
    QList<Route> m_routes;
};

} // namespace sandbox
