#pragma once

#include <QByteArray>
#include <QString>
#include <QUrlQuery>

namespace sitedesk {

struct ApiRequest
{
    QByteArray method = QByteArrayLiteral("GET");
    QString path;               // e.g. "/rest/v1.0/projects", relative to the API base URL
    QUrlQuery query;
    qint64 companyId = 0;       // sent as Procore-Company-Id when non-zero
    QByteArray body;
    QByteArray contentType;     // e.g. "application/json"
    int maxPerPage = 0;         // for paged lists: the endpoint's largest page size
    // A list body whose records are only wanted as they were sent (ListItems::forEachRecord):
    // it is checked and cut into records without building a JSON tree (listbody.h).
    bool listRecordsOnly = false;

    // GET, HEAD, PUT and DELETE may be retried after a network error or a 5xx.
    bool isIdempotent() const;

    static ApiRequest get(const QString &path, const QUrlQuery &query = {}, qint64 companyId = 0);
};

} // namespace sitedesk
