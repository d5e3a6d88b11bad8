#include "httprequest.h"

namespace sandbox {

QString HttpRequest::bearerToken() const
{
    const QByteArray value = header("authorization").trimmed();
    if (value.size() < 7 || value.left(7).toLower() != "bearer ")
        return {};
    return QString::fromLatin1(value.mid(7).trimmed());
}

bool HttpRequest::wantsClose() const
{
    return header("connection").toLower().contains("close");
}

} // namespace sandbox
