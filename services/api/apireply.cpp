#include "api/apireply.h"

#include "api/apiclient.h"

#include <QNetworkReply>

namespace sitedesk {

ApiReply::ApiReply(ApiClient *client, ApiRequest request)
    : QObject(client), m_client(client), m_request(std::move(request))
{
}

QByteArray ApiReply::header(const QByteArray &name) const
{
    for (const auto &[key, value] : m_headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

void ApiReply::abort()
{
    if (m_finished)
        return;
    m_aborted = true;
    if (m_networkReply)
        m_networkReply->abort();   // finishes through ApiClient::handleFinished
    else
        m_client->finish(this, ApiError::make(ApiError::Kind::Cancelled));
}

} // namespace sitedesk
