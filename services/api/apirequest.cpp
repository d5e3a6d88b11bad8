#include "api/apirequest.h"

namespace sitedesk {

bool ApiRequest::isIdempotent() const
{
    return method == "GET" || method == "HEAD" || method == "PUT" || method == "DELETE";
}

ApiRequest ApiRequest::get(const QString &path, const QUrlQuery &query, qint64 companyId)
{
    ApiRequest request;
    request.path = path;
    request.query = query;
    request.companyId = companyId;
    return request;
}

} // namespace sitedesk
