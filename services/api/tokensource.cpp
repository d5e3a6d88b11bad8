#include "api/tokensource.h"

#include <QTimer>

namespace sitedesk {

StaticTokenSource::StaticTokenSource(QString token, QObject *parent)
    : TokenSource(parent), m_token(std::move(token))
{
}

void StaticTokenSource::refreshAccessToken()
{
    // A token from the environment cannot be renewed; answer asynchronously like a real one.
    QTimer::singleShot(0, this, [this] {
        emit accessTokenRefreshFailed(ApiError::make(
            ApiError::Kind::SignedOut,
            tr("The access token from SITEDESK_ACCESS_TOKEN was rejected or has expired.")));
    });
}

} // namespace sitedesk
