#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QStringList>
#include <QUrl>

// The Procore sandbox server (tests/sandbox) as a child process on 127.0.0.1, with the
// admin calls tests use to inject faults, read request counts and get tokens without a browser.
class SandboxProcess
{
public:
    explicit SandboxProcess(const QStringList &arguments = {});
    ~SandboxProcess();
    SandboxProcess(const SandboxProcess &) = delete;
    SandboxProcess &operator=(const SandboxProcess &) = delete;

    bool isRunning() const { return m_baseUrl.isValid(); }
    QUrl baseUrl() const { return m_baseUrl; }
    QUrl url(const QString &pathAndQuery) const;
    void stop();

    // A real access token for the demo client (admin code + PKCE token exchange).
    struct Tokens { QString access; QString refresh; };
    Tokens issueTokens();

    // Blocking HTTP helpers (tests only).
    struct Reply { int status = 0; QByteArray body; QList<QPair<QByteArray, QByteArray>> headers;
                   QJsonDocument json() const { return QJsonDocument::fromJson(body); }
                   QByteArray header(const QByteArray &name) const; };
    Reply get(const QString &pathAndQuery, const QString &accessToken = {}, qint64 companyId = 0);
    Reply post(const QString &path, const QByteArray &body, const QByteArray &contentType);
    Reply postJson(const QString &path, const QJsonObject &object);
    Reply deleteResource(const QString &path);

    // Queues faults for the next matching /rest requests: kind 500|502|503|429|drop|malformed|truncate|expire.
    void injectFault(const QString &kind, int count, const QString &pathPrefix = {});
    void clearFaults();
    // Random faults on every /rest request from now on, e.g. {"500": 0.05, "drop": 0.01}.
    void setFaultRates(const QJsonObject &rates);
    void expireTokens();
    QJsonObject stats();
    void resetStats();

    // Every item of a list endpoint, read page by page straight from the sandbox.
    QJsonArray listAll(const QString &path, const QString &accessToken, qint64 companyId);

    static QString executable();

private:
    Reply wait(QNetworkReply *reply);

    QProcess m_process;
    QUrl m_baseUrl;
    QNetworkAccessManager m_network;
};
