#include "auth/tokenstore.h"

#include <qt6keychain/keychain.h>

#include <QJsonDocument>
#include <QJsonObject>

namespace sitedesk {

namespace {

TokenStore::Result resultOf(const QKeychain::Job *job)
{
    switch (job->error()) {
    case QKeychain::NoError:
        return TokenStore::Result::Ok;
    case QKeychain::EntryNotFound:
        return TokenStore::Result::NotFound;
    // QtKeychain 0.13 reports a missing or locked secret service as OtherError (7) on Linux.
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        return TokenStore::Result::NoBackend;
    default:
        return TokenStore::Result::Failed;
    }
}

} // namespace

QByteArray TokenSet::toJson() const
{
    QJsonObject object;
    object.insert(QLatin1String("access_token"), accessToken);
    object.insert(QLatin1String("refresh_token"), refreshToken);
    object.insert(QLatin1String("expires_at"), expiresAt.toSecsSinceEpoch());
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

TokenSet TokenSet::fromJson(const QByteArray &json)
{
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    TokenSet tokens;
    tokens.accessToken = object.value(QLatin1String("access_token")).toString();
    tokens.refreshToken = object.value(QLatin1String("refresh_token")).toString();
    const qint64 expires = object.value(QLatin1String("expires_at")).toInteger();
    if (expires > 0)
        tokens.expiresAt = QDateTime::fromSecsSinceEpoch(expires, Qt::UTC);
    return tokens;
}

TokenStore::TokenStore(QString service, QObject *parent)
    : QObject(parent), m_service(std::move(service))
{
}

QString TokenStore::tokensKey(const QString &accountKey)
{
    return accountKey + QStringLiteral("/tokens");
}

QString TokenStore::clientSecretKey(const QString &accountKey)
{
    return accountKey + QStringLiteral("/client-secret");
}

void TokenStore::write(const QString &key, const QString &value, Done done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setInsecureFallback(false);   // never plaintext on disk
    job->setKey(key);
    job->setTextData(value);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *finished) {
        done(resultOf(finished), finished->errorString());
    });
    job->start();
}

void TokenStore::read(const QString &key, Loaded loaded)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [loaded = std::move(loaded)](QKeychain::Job *finished) {
        const auto *read = static_cast<QKeychain::ReadPasswordJob *>(finished);
        loaded(resultOf(finished), read->textData(), finished->errorString());
    });
    job->start();
}

void TokenStore::remove(const QString &key, Done done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *finished) {
        const Result result = resultOf(finished);
        done(result == Result::NotFound ? Result::Ok : result, finished->errorString());
    });
    job->start();
}

} // namespace sitedesk
