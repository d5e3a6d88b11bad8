#pragma once

#include "urlparams.h"

#include <QByteArray>
#include <QHash>
#include <QString>

namespace sandbox {

// One parsed HTTP/1.1 request.
struct HttpRequest
{
    QByteArray method;
    QString path;                              // percent-decoded, without the query
    UrlParams query;
    QHash<QByteArray, QByteArray> headers;     // names lower-cased
    QByteArray body;

    QByteArray header(const char *name) const { return headers.value(QByteArray(name)); }
    QString queryValue(const QString &name) const { return query.value(name); }
    UrlParams form() const { return UrlParams::parse(body); }
    QString bearerToken() const;
    bool wantsClose() const;
};

} // namespace sandbox
