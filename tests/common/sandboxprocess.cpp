#include "sandboxprocess.h"

#include <QCryptographicHash>
#include <QEventLoop>
#include <QJsonArray>
#include <QNetworkReply>
#include <QTimer>
#include <QUrlQuery>
#include <QtTest>

QString SandboxProcess::executable()
{
#ifdef SITEDESK_SANDBOX_PATH
    return QStringLiteral(SITEDESK_SANDBOX_PATH);
#else
    return QStringLiteral("sitedesk-sandbox");
#endif
}

SandboxProcess::SandboxProcess(const QStringList &arguments)
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.setReadChannel(QProcess::StandardOutput);
    m_process.start(executable(), QStringList{QStringLiteral("--port"), QStringLiteral("0")} + arguments);
    if (!m_process.waitForStarted(10000)) {
        qWarning("sandbox did not start: %s", qPrintable(m_process.errorString()));
        return;
    }
    QElapsedTimer timer;
    timer.start();
    // Generating the `huge` project takes a minute or two on a busy 2-core machine; the small
    // scales the tests use answer in well under a second.
    while (!m_process.canReadLine() && timer.elapsed() < 300000 && m_process.state() == QProcess::Running)
        m_process.waitForReadyRead(200);
    const QByteArray line = m_process.readLine().trimmed();
    m_baseUrl = QUrl(QString::fromUtf8(line));
    if (!m_baseUrl.isValid() || m_baseUrl.host() != QLatin1String("127.0.0.1")) {
        qWarning("sandbox printed no base URL: '%s' %s", line.constData(), m_process.readAllStandardError().constData());
        m_baseUrl.clear();
    }
}

SandboxProcess::~SandboxProcess() { stop(); }

void SandboxProcess::stop()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(3000)) {
            m_process.kill();
            m_process.waitForFinished(3000);
        }
    }
}

QUrl SandboxProcess::url(const QString &pathAndQuery) const
{
    return QUrl(m_baseUrl.toString() + pathAndQuery);
}

QByteArray SandboxProcess::Reply::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

SandboxProcess::Reply SandboxProcess::wait(QNetworkReply *reply)
{
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    Reply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return result;
}

SandboxProcess::Reply SandboxProcess::get(const QString &pathAndQuery, const QString &accessToken, qint64 companyId)
{
    QNetworkRequest request(url(pathAndQuery));
    if (!accessToken.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + accessToken.toUtf8());
    if (companyId)
        request.setRawHeader("Procore-Company-Id", QByteArray::number(companyId));
    return wait(m_network.get(request));
}

SandboxProcess::Reply SandboxProcess::post(const QString &path, const QByteArray &body, const QByteArray &contentType)
{
    QNetworkRequest request(url(path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    return wait(m_network.post(request, body));
}

SandboxProcess::Reply SandboxProcess::postJson(const QString &path, const QJsonObject &object)
{
    return post(path, QJsonDocument(object).toJson(QJsonDocument::Compact), "application/json");
}

SandboxProcess::Reply SandboxProcess::deleteResource(const QString &path)
{
    return wait(m_network.deleteResource(QNetworkRequest(url(path))));
}

SandboxProcess::Tokens SandboxProcess::issueTokens()
{
    const QByteArray verifier = "test-verifier-0123456789-0123456789-0123456789-abcdef";
    const QByteArray challenge = QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    const QString redirect = QStringLiteral("http://127.0.0.1:1/callback");
    const Reply codeReply = postJson(QStringLiteral("/__admin/oauth/code"),
        {{QStringLiteral("client_id"), QStringLiteral("sitedesk-demo")},
         {QStringLiteral("redirect_uri"), redirect},
         {QStringLiteral("code_challenge"), QString::fromLatin1(challenge)},
         {QStringLiteral("code_challenge_method"), QStringLiteral("S256")}});
    const QString code = codeReply.json().object().value(QStringLiteral("code")).toString();
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("authorization_code"));
    form.addQueryItem(QStringLiteral("client_id"), QStringLiteral("sitedesk-demo"));
    form.addQueryItem(QStringLiteral("code"), code);
    form.addQueryItem(QStringLiteral("redirect_uri"), QString::fromUtf8(QUrl::toPercentEncoding(redirect)));
    form.addQueryItem(QStringLiteral("code_verifier"), QString::fromLatin1(verifier));
    const Reply token = post(QStringLiteral("/oauth/token"), form.toString(QUrl::FullyEncoded).toUtf8(),
                             "application/x-www-form-urlencoded");
    const QJsonObject json = token.json().object();
    return {json.value(QStringLiteral("access_token")).toString(), json.value(QStringLiteral("refresh_token")).toString()};
}

void SandboxProcess::injectFault(const QString &kind, int count, const QString &pathPrefix)
{
    QJsonObject fault{{QStringLiteral("kind"), kind}, {QStringLiteral("count"), count}};
    if (!pathPrefix.isEmpty())
        fault.insert(QStringLiteral("path_prefix"), pathPrefix);
    const Reply reply = postJson(QStringLiteral("/__admin/faults"), {{QStringLiteral("next"), QJsonArray{fault}}});
    QVERIFY2(reply.status == 200 || reply.status == 204, reply.body.constData());
}

void SandboxProcess::clearFaults() { deleteResource(QStringLiteral("/__admin/faults")); }

void SandboxProcess::setFaultRates(const QJsonObject &rates)
{
    const Reply reply = postJson(QStringLiteral("/__admin/faults"), {{QStringLiteral("rates"), rates}});
    QVERIFY2(reply.status == 200 || reply.status == 204, reply.body.constData());
}

void SandboxProcess::expireTokens() { post(QStringLiteral("/__admin/expire-tokens"), "{}", "application/json"); }
QJsonObject SandboxProcess::stats() { return get(QStringLiteral("/__admin/stats")).json().object(); }
void SandboxProcess::resetStats() { post(QStringLiteral("/__admin/reset-stats"), "{}", "application/json"); }

QJsonArray SandboxProcess::listAll(const QString &path, const QString &accessToken, qint64 companyId)
{
    QJsonArray all;
    const QString separator = path.contains(QLatin1Char('?')) ? QStringLiteral("&") : QStringLiteral("?");
    for (int page = 1; page < 10000; ++page) {
        const Reply reply = get(path + separator + QStringLiteral("page=%1&per_page=100").arg(page), accessToken, companyId);
        const QJsonArray items = reply.json().array();
        for (const QJsonValue &item : items)
            all.append(item);
        if (items.size() < 100)
            break;
    }
    return all;
}
