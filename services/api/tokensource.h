#pragma once

#include "api/apierror.h"

#include <QObject>
#include <QString>

namespace sitedesk {

// Where the ApiClient gets its bearer token, and asks for a new one after a 401.
// AuthService is the real one; StaticTokenSource serves SITEDESK_ACCESS_TOKEN for scripts.
class TokenSource : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual QString accessToken() const = 0;
    // Starts one refresh; a second call while one runs joins it. Answers with exactly one of
    // accessTokenRefreshed() or accessTokenRefreshFailed().
    virtual void refreshAccessToken() = 0;

signals:
    void accessTokenRefreshed();
    void accessTokenRefreshFailed(const sitedesk::ApiError &error);
};

// A fixed token (from the environment); it cannot be refreshed.
class StaticTokenSource final : public TokenSource
{
    Q_OBJECT

public:
    explicit StaticTokenSource(QString token, QObject *parent = nullptr);
    QString accessToken() const override { return m_token; }
    void refreshAccessToken() override;

private:
    QString m_token;
};

} // namespace sitedesk
