#pragma once

#include <QDateTime>
#include <QObject>
#include <QString>

#include <functional>

namespace sitedesk {

// An access/refresh token pair as Procore issues it.
struct TokenSet
{
    QString accessToken;
    QString refreshToken;
    QDateTime expiresAt;   // UTC

    bool isEmpty() const { return accessToken.isEmpty() && refreshToken.isEmpty(); }
    QByteArray toJson() const;
    static TokenSet fromJson(const QByteArray &json);
};

// The OS keychain (QtKeychain): the only place tokens and the client secret are stored.
// Every call is asynchronous; callbacks run on the caller's thread.
class TokenStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenStore)

public:
    enum class Result { Ok, NotFound, NoBackend, Failed };
    using Done = std::function<void(Result result, const QString &errorText)>;
    using Loaded = std::function<void(Result result, const QString &value, const QString &errorText)>;

    // service: the keychain service name ("Sitedesk"; tests use their own).
    explicit TokenStore(QString service, QObject *parent = nullptr);

    void write(const QString &key, const QString &value, Done done);
    void read(const QString &key, Loaded loaded);
    void remove(const QString &key, Done done);

    static QString tokensKey(const QString &accountKey);         // "<account>/tokens"
    static QString clientSecretKey(const QString &accountKey);   // "<account>/client-secret"

private:
    QString m_service;
};

} // namespace sitedesk
