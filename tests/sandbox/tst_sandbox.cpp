// The sandbox server as its users meet it: a child process on 127.0.0.1 spoken to over HTTP.
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

#include <memory>

namespace {

constexpr qint64 northwind = 562949953421312;    // the first generated company
constexpr qint64 laurentiens = 562949953422325;   // the second (demo scale and up)
const QString redirectUri = QStringLiteral("http://127.0.0.1:8765/callback?app=sitedesk");
const QByteArray verifier = "verifier-0123456789-abcdefghijklmnopqrstuvwxyz-ABCDEFG";

QByteArray challengeFor(const QByteArray &text)
{
    return QCryptographicHash::hash(text, QCryptographicHash::Sha256).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray form(const QList<QPair<QString, QString>> &fields)
{
    QByteArray body;
    for (const auto &[key, value] : fields)
        body += (body.isEmpty() ? "" : "&") + QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    return body;
}

struct Reply
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers)
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        return {};
    }
    QJsonDocument json() const { return QJsonDocument::fromJson(body); }
    // rel → URL of the Link header.
    QHash<QString, QUrl> links() const
    {
        QHash<QString, QUrl> result;
        static const QRegularExpression link(QStringLiteral("<([^>]+)>; rel=\"([a-z]+)\""));
        for (auto it = link.globalMatch(QString::fromUtf8(header("Link"))); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            result.insert(match.captured(2), QUrl(match.captured(1)));
        }
        return result;
    }
};

// One sandbox process and blocking HTTP calls to it.
class Server
{
public:
    explicit Server(const QStringList &arguments)
    {
        m_process.start(QStringLiteral(SITEDESK_SANDBOX_PATH), arguments);
        if (!m_process.waitForStarted(5000))
            return;
        QElapsedTimer timer;
        timer.start();
        while (!m_process.canReadLine() && timer.elapsed() < 10000)
            m_process.waitForReadyRead(100);
        m_base = QUrl(QString::fromUtf8(m_process.readLine().trimmed()));
    }
    ~Server()
    {
        m_process.terminate();
        if (!m_process.waitForFinished(3000))
            m_process.kill();
        m_process.waitForFinished(3000);
    }
    Q_DISABLE_COPY_MOVE(Server)

    QUrl base() const { return m_base; }
    QUrl url(const QString &pathAndQuery) const { return QUrl(m_base.toString() + pathAndQuery); }

    Reply send(const QByteArray &verb, const QUrl &url, const QByteArray &body = {}, const QByteArray &contentType = {},
               const QString &token = {}, qint64 company = 0)
    {
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        if (!contentType.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        if (company)
            request.setRawHeader("Procore-Company-Id", QByteArray::number(company));
        QNetworkReply *reply = m_network.sendCustomRequest(request, verb, body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(10000, &loop, &QEventLoop::quit);
        if (!reply->isFinished())
            loop.exec();
        Reply result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.error = reply->error();
        result.body = reply->readAll();
        result.headers = reply->rawHeaderPairs();
        delete reply;
        return result;
    }
    Reply get(const QString &pathAndQuery, const QString &token = {}, qint64 company = 0)
    {
        return send("GET", url(pathAndQuery), {}, {}, token, company);
    }
    Reply getUrl(const QUrl &url, const QString &token, qint64 company) { return send("GET", url, {}, {}, token, company); }
    Reply postForm(const QString &path, const QByteArray &body)
    {
        return send("POST", url(path), body, "application/x-www-form-urlencoded");
    }
    Reply postJson(const QString &path, const QJsonObject &object)
    {
        return send("POST", url(path), QJsonDocument(object).toJson(QJsonDocument::Compact), "application/json");
    }

    QString code(const QByteArray &challenge = {}, const QString &method = QStringLiteral("S256"))
    {
        QJsonObject request{{QStringLiteral("client_id"), QStringLiteral("sitedesk-demo")}, {QStringLiteral("redirect_uri"), redirectUri}};
        if (!challenge.isEmpty()) {
            request.insert(QStringLiteral("code_challenge"), QString::fromLatin1(challenge));
            request.insert(QStringLiteral("code_challenge_method"), method);
        }
        return postJson(QStringLiteral("/__admin/oauth/code"), request).json().object().value(QStringLiteral("code")).toString();
    }
    Reply exchange(const QString &code, const QByteArray &codeVerifier)
    {
        QList<QPair<QString, QString>> fields{{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                                              {QStringLiteral("client_id"), QStringLiteral("sitedesk-demo")},
                                              {QStringLiteral("code"), code},
                                              {QStringLiteral("redirect_uri"), redirectUri}};
        if (!codeVerifier.isEmpty())
            fields.append({QStringLiteral("code_verifier"), QString::fromLatin1(codeVerifier)});
        return postForm(QStringLiteral("/oauth/token"), form(fields));
    }
    Reply refresh(const QString &refreshToken)
    {
        return postForm(QStringLiteral("/oauth/token"), form({{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                                                              {QStringLiteral("client_id"), QStringLiteral("sitedesk-demo")},
                                                              {QStringLiteral("refresh_token"), refreshToken}}));
    }
    // A fresh access/refresh pair through the PKCE flow.
    QJsonObject signIn() { return exchange(code(challengeFor(verifier)), verifier).json().object(); }
    QString accessToken() { return signIn().value(QStringLiteral("access_token")).toString(); }

    void fault(const QJsonObject &fault) { postJson(QStringLiteral("/__admin/faults"), {{QStringLiteral("next"), QJsonArray{fault}}}); }

    // The raw bytes of one request on a fresh connection that the client will not reuse.
    QByteArray raw(const QByteArray &request)
    {
        QTcpSocket socket;
        socket.connectToHost(m_base.host(), quint16(m_base.port()));
        if (!socket.waitForConnected(5000))
            return {};
        socket.write(request);
        QByteArray received;
        QElapsedTimer timer;
        timer.start();
        while (socket.state() == QAbstractSocket::ConnectedState && timer.elapsed() < 5000) {
            socket.waitForReadyRead(100);
            received += socket.readAll();
        }
        return received + socket.readAll();
    }

private:
    QProcess m_process;
    QUrl m_base;
    QNetworkAccessManager m_network;
};

QSet<qint64> ids(const QJsonArray &items)
{
    QSet<qint64> result;
    for (const QJsonValue &item : items)
        result.insert(item.toObject().value(QStringLiteral("id")).toInteger());
    return result;
}

} // namespace

class TstSandbox : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void printsOnlyTheBaseUrlFirst();
    void helpAndVersionExitCleanly();
    void restWithoutValidTokenIs401();
    void companyHeaderIsRequiredAndChecked();
    void unknownPathIs404AndWrongMethod405();
    void meAndCompaniesNeedNoCompanyHeader();
    void v11ProjectsPageAt300WithLinks();
    void v10ProjectsAllowLargePagesAndCompanyShape();
    void updatedAtFilterIsAnInclusiveRange();
    void sameSeedGivesIdenticalBytes();
    void pkceAcceptsTheVerifierAndRejectsAnother();
    void authorizePageApprovesAndDenies();
    void autoApproveRedirectsAtOnce();
    void refreshTokensAreSingleUseAndRotate();
    void tokenInfoAndRevoke();
    void spikeLimitAnswers429WithRetryAfter();
    void queuedFaultsOfEveryKind();
    void droppedAndTruncatedResponsesOnTheWire();
    void expireTokensKeepsRefreshTokens();
    void recordChangesBumpUpdatedAt();
    void keepAliveServesPipelinedRequests();
    void statsCountRestRequests();
    void clientSecretsLifetimeAndRandomFaultsFollowTheFlags();

private:
    std::unique_ptr<Server> m_demo;   // --scale demo --seed 1
    std::unique_ptr<Server> m_large;  // --scale large --auto-approve
    QString m_token;
};

void TstSandbox::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_demo = std::make_unique<Server>(QStringList{QStringLiteral("--seed"), QStringLiteral("1")});
    m_large = std::make_unique<Server>(QStringList{QStringLiteral("--scale"), QStringLiteral("large"), QStringLiteral("--auto-approve")});
    QVERIFY(m_demo->base().isValid());
    QVERIFY(m_large->base().isValid());
    m_token = m_demo->accessToken();
    QVERIFY(!m_token.isEmpty());
}

void TstSandbox::cleanupTestCase()
{
    m_demo.reset();
    m_large.reset();
}

void TstSandbox::printsOnlyTheBaseUrlFirst()
{
    QCOMPARE(m_demo->base().scheme(), QStringLiteral("http"));
    QCOMPARE(m_demo->base().host(), QStringLiteral("127.0.0.1"));
    QVERIFY(m_demo->base().port() > 0);
    QVERIFY(m_demo->base().path().isEmpty());
}

void TstSandbox::helpAndVersionExitCleanly()
{
    for (const QString &flag : {QStringLiteral("--help"), QStringLiteral("--version")}) {
        QProcess process;
        process.start(QStringLiteral(SITEDESK_SANDBOX_PATH), {flag});
        QVERIFY(process.waitForFinished(5000));
        QCOMPARE(process.exitCode(), 0);
        QVERIFY(!process.readAllStandardOutput().isEmpty());
    }
    QProcess bad;
    bad.start(QStringLiteral(SITEDESK_SANDBOX_PATH), {QStringLiteral("--scale"), QStringLiteral("gigantic")});
    QVERIFY(bad.waitForFinished(5000));
    QVERIFY(bad.exitCode() != 0);
}

void TstSandbox::restWithoutValidTokenIs401()
{
    const Reply none = m_demo->get(QStringLiteral("/rest/v1.0/me"));
    QCOMPARE(none.status, 401);
    QCOMPARE(none.json().object().value(QStringLiteral("message")).toString(), QStringLiteral("The access token is invalid or has expired"));
    QCOMPARE(m_demo->get(QStringLiteral("/rest/v1.0/me"), QStringLiteral("not-a-token")).status, 401);
    QCOMPARE(m_demo->get(QStringLiteral("/oauth/token/info"), QStringLiteral("not-a-token")).status, 401);
}

void TstSandbox::companyHeaderIsRequiredAndChecked()
{
    const QString projects = QStringLiteral("/rest/v1.0/projects?company_id=%1").arg(northwind);
    const Reply missing = m_demo->get(projects, m_token);
    QCOMPARE(missing.status, 400);
    QCOMPARE(missing.json().object().value(QStringLiteral("message")).toString(), QStringLiteral("Procore-Company-Id header is required"));
    const Reply other = m_demo->get(projects, m_token, laurentiens);
    QCOMPARE(other.status, 403);
    QCOMPARE(other.json().object().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("forbidden"));
    QCOMPARE(m_demo->get(QStringLiteral("/rest/v1.0/projects"), m_token, northwind).status, 400);
    const Reply unknown = m_demo->get(QStringLiteral("/rest/v1.0/projects?company_id=123456789012345"), m_token, 123456789012345);
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.json().object().value(QStringLiteral("errors")).toString(), QStringLiteral("Not Found"));
}

void TstSandbox::unknownPathIs404AndWrongMethod405()
{
    QCOMPARE(m_demo->get(QStringLiteral("/rest/v1.0/no_such_tool"), m_token, northwind).status, 404);
    QCOMPARE(m_demo->get(QStringLiteral("/elsewhere")).status, 404);
    const Reply wrong = m_demo->send("DELETE", m_demo->url(QStringLiteral("/rest/v1.0/me")), {}, {}, m_token);
    QCOMPARE(wrong.status, 405);
    QCOMPARE(wrong.header("Allow"), QByteArray("GET"));
}

void TstSandbox::meAndCompaniesNeedNoCompanyHeader()
{
    const Reply me = m_demo->get(QStringLiteral("/rest/v1.0/me"), m_token);
    QCOMPARE(me.status, 200);
    QCOMPARE(me.header("Content-Type"), QByteArray("application/json; charset=utf-8"));
    QCOMPARE(me.json().object().value(QStringLiteral("name")).toString(), QStringLiteral("Zoë Ramírez"));
    QCOMPARE(QString::number(me.json().object().value(QStringLiteral("id")).toInteger()).size(), 15);

    const Reply companies = m_demo->get(QStringLiteral("/rest/v1.0/companies"), m_token);
    QCOMPARE(companies.status, 200);
    QCOMPARE(companies.header("Total"), QByteArray("2"));
    const QJsonObject first = companies.json().array().at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("id")).toInteger(), northwind);
    for (const char *key : {"name", "is_active", "logo_url", "my_company"})
        QVERIFY2(first.contains(QLatin1String(key)), key);
    QVERIFY(companies.json().array().at(1).toObject().value(QStringLiteral("logo_url")).isNull());
    QVERIFY(!companies.header("X-Rate-Limit-Limit").isEmpty());
}

void TstSandbox::v11ProjectsPageAt300WithLinks()
{
    const QString token = m_large->accessToken();
    const Reply first = m_large->get(QStringLiteral("/rest/v1.1/projects?company_id=%1&per_page=1000&view=normal").arg(northwind), token, northwind);
    QCOMPARE(first.status, 200);
    QCOMPARE(first.header("Per-Page"), QByteArray("300"));
    QCOMPARE(first.header("Total"), QByteArray("350"));
    QCOMPARE(first.json().array().size(), 300);
    QHash<QString, QUrl> links = first.links();
    QVERIFY(links.contains(QStringLiteral("first")) && links.contains(QStringLiteral("next")) && links.contains(QStringLiteral("last")));
    QVERIFY(!links.contains(QStringLiteral("prev")));
    const QUrlQuery next(links.value(QStringLiteral("next")));
    QCOMPARE(next.queryItemValue(QStringLiteral("page")), QStringLiteral("2"));
    QCOMPARE(next.queryItemValue(QStringLiteral("per_page")), QStringLiteral("300"));
    QCOMPARE(next.queryItemValue(QStringLiteral("company_id")), QString::number(northwind));
    QCOMPARE(next.queryItemValue(QStringLiteral("view")), QStringLiteral("normal"));
    QCOMPARE(links.value(QStringLiteral("next")).host(), QStringLiteral("127.0.0.1"));
    QCOMPARE(links.value(QStringLiteral("next")).path(), QStringLiteral("/rest/v1.1/projects"));

    const Reply second = m_large->getUrl(links.value(QStringLiteral("next")), token, northwind);
    QCOMPARE(second.status, 200);
    QCOMPARE(second.json().array().size(), 50);
    links = second.links();
    QVERIFY(links.contains(QStringLiteral("prev")));
    QVERIFY(!links.contains(QStringLiteral("next")));
    QCOMPARE(links.value(QStringLiteral("last")), second.links().value(QStringLiteral("last")));
    QSet<qint64> all = ids(first.json().array()) + ids(second.json().array());
    QCOMPARE(all.size(), 350);

    const Reply past = m_large->get(QStringLiteral("/rest/v1.1/projects?company_id=%1&per_page=300&page=3").arg(northwind), token, northwind);
    QCOMPARE(past.status, 200);
    QCOMPARE(past.json().array().size(), 0);
    QCOMPARE(past.header("Total"), QByteArray("350"));

    const Reply compact = m_large->get(QStringLiteral("/rest/v1.1/projects?company_id=%1&view=compact&per_page=5").arg(northwind), token, northwind);
    QVERIFY(!compact.json().array().at(0).toObject().contains(QStringLiteral("address")));
    QCOMPARE(compact.header("Per-Page"), QByteArray("5"));
    QCOMPARE(compact.header("Total"), QByteArray("350"));
}

void TstSandbox::v10ProjectsAllowLargePagesAndCompanyShape()
{
    const QString token = m_large->accessToken();
    const Reply all = m_large->get(QStringLiteral("/rest/v1.0/projects?company_id=%1&per_page=10000").arg(northwind), token, northwind);
    QCOMPARE(all.header("Per-Page"), QByteArray("10000"));
    QCOMPARE(all.json().array().size(), 350);
    const Reply defaults = m_large->get(QStringLiteral("/rest/v1.0/projects?company_id=%1").arg(northwind), token, northwind);
    QCOMPARE(defaults.header("Per-Page"), QByteArray("100"));
    QCOMPARE(defaults.json().array().size(), 100);
    const QJsonObject project = defaults.json().array().at(0).toObject();
    QCOMPARE(project.value(QStringLiteral("name")).toString(), QStringLiteral("Zürich Hauptbahnhof Umbau"));
    for (const char *key : {"id", "name", "display_name", "project_number", "address", "city", "state_code", "country_code", "zip",
                            "time_zone", "latitude", "longitude", "stage", "project_stage", "phone", "active", "created_at",
                            "updated_at", "company", "origin_id"})
        QVERIFY2(project.contains(QLatin1String(key)), key);

    const Reply small = m_large->get(QStringLiteral("/rest/v1.0/companies/%1/projects").arg(northwind), token, northwind);
    QCOMPARE(small.status, 200);
    QCOMPARE(small.json().array().at(0).toObject().keys(),
             (QStringList{"active", "display_name", "id", "name", "project_number"}));
    QCOMPARE(m_large->get(QStringLiteral("/rest/v1.0/companies/%1/projects").arg(laurentiens), token, northwind).status, 403);

    const Reply active = m_large->get(QStringLiteral("/rest/v1.0/projects?company_id=%1&per_page=10000&filters[active]=false").arg(northwind), token, northwind);
    for (const QJsonValue &p : active.json().array())
        QVERIFY(!p.toObject().value(QStringLiteral("active")).toBool());
    QVERIFY(active.json().array().size() < 350);

    const Reply sorted = m_large->get(QStringLiteral("/rest/v1.0/projects?company_id=%1&per_page=50&sort=-updated_at").arg(northwind), token, northwind);
    const QJsonArray items = sorted.json().array();
    for (qsizetype i = 1; i < items.size(); ++i)
        QVERIFY(items.at(i - 1)[QStringLiteral("updated_at")].toString() >= items.at(i)[QStringLiteral("updated_at")].toString());
}

void TstSandbox::updatedAtFilterIsAnInclusiveRange()
{
    const QString base = QStringLiteral("/rest/v1.0/projects?company_id=%1&per_page=10000").arg(northwind);
    const QJsonArray all = m_demo->get(base, m_token, northwind).json().array();
    QCOMPARE(all.size(), 8);
    const QString stamp = all.at(3)[QStringLiteral("updated_at")].toString();
    const auto filtered = [&](const QString &range) {
        return m_demo->get(base + QStringLiteral("&filters[updated_at]=") + QString::fromLatin1(QUrl::toPercentEncoding(range)), m_token, northwind);
    };
    const QJsonArray exact = filtered(stamp + QStringLiteral("...") + stamp).json().array();
    QVERIFY(ids(exact).contains(all.at(3)[QStringLiteral("id")].toInteger()));
    qsizetype newer = 0, older = 0;
    for (const QJsonValue &p : all) {
        newer += p[QStringLiteral("updated_at")].toString() >= stamp;
        older += p[QStringLiteral("updated_at")].toString() <= stamp;
    }
    QCOMPARE(filtered(stamp + QStringLiteral("...")).json().array().size(), newer);
    QCOMPARE(filtered(QStringLiteral("...") + stamp).json().array().size(), older);
    // The same instant with an offset, and an unencoded '+' (read as a space) still parse.
    const QDateTime time = QDateTime::fromString(stamp, Qt::ISODate).toOffsetFromUtc(3600);
    QCOMPARE(filtered(time.toString(Qt::ISODate) + QStringLiteral("...")).json().array().size(), newer);
    const Reply plus = m_demo->get(base + QStringLiteral("&filters[updated_at]=") + time.toString(Qt::ISODate) + QStringLiteral("..."), m_token, northwind);
    QCOMPARE(plus.json().array().size(), newer);
    QCOMPARE(filtered(QStringLiteral("yesterday...today")).status, 400);
}

void TstSandbox::sameSeedGivesIdenticalBytes()
{
    const auto projectsOf = [](Server &server) {
        const QString token = server.accessToken();
        return server.get(QStringLiteral("/rest/v1.0/projects?company_id=%1").arg(laurentiens), token, laurentiens).body;
    };
    Server again({QStringLiteral("--seed"), QStringLiteral("1"), QStringLiteral("--scale"), QStringLiteral("demo")});
    Server other({QStringLiteral("--seed"), QStringLiteral("2")});
    const QByteArray mine = projectsOf(*m_demo);
    QVERIFY(mine.size() > 1000);
    QCOMPARE(projectsOf(again), mine);
    QVERIFY(projectsOf(other) != mine);
}

void TstSandbox::pkceAcceptsTheVerifierAndRejectsAnother()
{
    const QString code = m_demo->code(challengeFor(verifier));
    QVERIFY(!code.isEmpty());
    const Reply wrong = m_demo->exchange(code, "another-verifier-0123456789-0123456789-0123456789");
    QCOMPARE(wrong.status, 400);
    QCOMPARE(wrong.json().object().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_grant"));
    QCOMPARE(m_demo->exchange(code, verifier).status, 400);   // the code died with the failed attempt

    const QString second = m_demo->code(challengeFor(verifier));
    QCOMPARE(m_demo->exchange(second, {}).status, 400);      // a challenge needs a verifier
    const QString third = m_demo->code(challengeFor(verifier));
    const Reply good = m_demo->exchange(third, verifier);
    QCOMPARE(good.status, 200);
    const QJsonObject tokens = good.json().object();
    QCOMPARE(tokens.value(QStringLiteral("token_type")).toString(), QStringLiteral("bearer"));
    QCOMPARE(tokens.value(QStringLiteral("expires_in")).toInt(), 5400);
    QVERIFY(tokens.value(QStringLiteral("access_token")).toString().size() >= 43);
    QVERIFY(!tokens.value(QStringLiteral("refresh_token")).toString().isEmpty());
    QVERIFY(tokens.value(QStringLiteral("created_at")).toInteger() > 1700000000);
    QCOMPARE(m_demo->exchange(third, verifier).status, 400);  // single use

    const QString plain = m_demo->code("plain-verifier-0123456789-0123456789-0123456789", QStringLiteral("plain"));
    QCOMPARE(m_demo->exchange(plain, "plain-verifier-0123456789-0123456789-0123456789").status, 200);
    const QString noPkce = m_demo->code();
    QCOMPARE(m_demo->exchange(noPkce, {}).status, 200);

    const Reply badClient = m_demo->postForm(QStringLiteral("/oauth/token"), form({{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                                                                                    {QStringLiteral("client_id"), QStringLiteral("nobody")}}));
    QCOMPARE(badClient.status, 401);
    QCOMPARE(badClient.json().object().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_client"));
    const Reply badGrant = m_demo->postForm(QStringLiteral("/oauth/token"), form({{QStringLiteral("grant_type"), QStringLiteral("password")},
                                                                                   {QStringLiteral("client_id"), QStringLiteral("sitedesk-demo")}}));
    QCOMPARE(badGrant.json().object().value(QStringLiteral("error")).toString(), QStringLiteral("unsupported_grant_type"));
}

void TstSandbox::authorizePageApprovesAndDenies()
{
    const QList<QPair<QString, QString>> params{{QStringLiteral("response_type"), QStringLiteral("code")},
                                                {QStringLiteral("client_id"), QStringLiteral("sitedesk-demo")},
                                                {QStringLiteral("redirect_uri"), redirectUri},
                                                {QStringLiteral("state"), QStringLiteral("s+t/a=te")},
                                                {QStringLiteral("code_challenge"), QString::fromLatin1(challengeFor(verifier))},
                                                {QStringLiteral("code_challenge_method"), QStringLiteral("S256")}};
    const Reply page = m_demo->get(QStringLiteral("/oauth/authorize?") + QString::fromLatin1(form(params)));
    QCOMPARE(page.status, 200);
    QVERIFY(page.body.contains("Authorize sitedesk-demo?"));
    QVERIFY(page.body.contains("action=\"/oauth/authorize/decision\""));
    QVERIFY(page.body.contains(">Approve<") && page.body.contains(">Deny<"));

    const Reply approved = m_demo->postForm(QStringLiteral("/oauth/authorize/decision"), form(params) + "&decision=approve");
    QCOMPARE(approved.status, 302);
    const QUrl location(QString::fromUtf8(approved.header("Location")));
    const QUrlQuery query(location);
    QCOMPARE(location.host(), QStringLiteral("127.0.0.1"));
    QCOMPARE(location.port(), 8765);
    QCOMPARE(query.queryItemValue(QStringLiteral("app")), QStringLiteral("sitedesk"));
    QCOMPARE(query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded), QStringLiteral("s+t/a=te"));
    QCOMPARE(m_demo->exchange(query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded), verifier).status, 200);

    const Reply denied = m_demo->postForm(QStringLiteral("/oauth/authorize/decision"), form(params) + "&decision=deny");
    QCOMPARE(denied.status, 302);
    const QUrlQuery deniedQuery{QUrl(QString::fromUtf8(denied.header("Location")))};
    QCOMPARE(deniedQuery.queryItemValue(QStringLiteral("error")), QStringLiteral("access_denied"));
    QVERIFY(!deniedQuery.hasQueryItem(QStringLiteral("code")));

    QList<QPair<QString, QString>> evil = params;
    evil[2].second = QStringLiteral("https://attacker.example/callback");
    const Reply refused = m_demo->get(QStringLiteral("/oauth/authorize?") + QString::fromLatin1(form(evil)));
    QCOMPARE(refused.status, 400);
    QVERIFY(refused.header("Location").isEmpty());
    QList<QPair<QString, QString>> stranger = params;
    stranger[1].second = QStringLiteral("stranger");
    QCOMPARE(m_demo->get(QStringLiteral("/oauth/authorize?") + QString::fromLatin1(form(stranger))).status, 400);

    QList<QPair<QString, QString>> oob = params;
    oob[2].second = QStringLiteral("urn:ietf:wg:oauth:2.0:oob");
    const Reply shown = m_demo->postForm(QStringLiteral("/oauth/authorize/decision"), form(oob) + "&decision=approve");
    QCOMPARE(shown.status, 200);
    QVERIFY(QRegularExpression(QStringLiteral("<code>[A-Za-z0-9_-]{20,}</code>")).match(QString::fromUtf8(shown.body)).hasMatch());
}

void TstSandbox::autoApproveRedirectsAtOnce()
{
    const Reply reply = m_large->get(QStringLiteral("/oauth/authorize?") + QString::fromLatin1(form({{QStringLiteral("response_type"), QStringLiteral("code")},
                                                                                                     {QStringLiteral("client_id"), QStringLiteral("sitedesk-demo")},
                                                                                                     {QStringLiteral("redirect_uri"), QStringLiteral("http://localhost:9/cb")},
                                                                                                     {QStringLiteral("state"), QStringLiteral("abc")}})));
    QCOMPARE(reply.status, 302);
    const QUrlQuery query{QUrl(QString::fromUtf8(reply.header("Location")))};
    QCOMPARE(query.queryItemValue(QStringLiteral("state")), QStringLiteral("abc"));
    QVERIFY(!query.queryItemValue(QStringLiteral("code")).isEmpty());
    QCOMPARE(reply.header("Content-Length").toInt(), reply.body.size());
}

void TstSandbox::refreshTokensAreSingleUseAndRotate()
{
    const QJsonObject first = m_demo->signIn();
    const QString oldRefresh = first.value(QStringLiteral("refresh_token")).toString();
    const Reply rotated = m_demo->refresh(oldRefresh);
    QCOMPARE(rotated.status, 200);
    const QJsonObject second = rotated.json().object();
    QVERIFY(second.value(QStringLiteral("refresh_token")).toString() != oldRefresh);
    QCOMPARE(m_demo->get(QStringLiteral("/rest/v1.0/me"), second.value(QStringLiteral("access_token")).toString()).status, 200);
    QCOMPARE(m_demo->get(QStringLiteral("/rest/v1.0/me"), first.value(QStringLiteral("access_token")).toString()).status, 401);

    const Reply again = m_demo->refresh(oldRefresh);
    QCOMPARE(again.status, 400);
    QCOMPARE(again.json().object().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_grant"));
    QCOMPARE(m_demo->refresh(second.value(QStringLiteral("refresh_token")).toString()).status, 200);
}

void TstSandbox::tokenInfoAndRevoke()
{
    const QJsonObject tokens = m_demo->signIn();
    const QString access = tokens.value(QStringLiteral("access_token")).toString();
    const Reply info = m_demo->get(QStringLiteral("/oauth/token/info"), access);
    QCOMPARE(info.status, 200);
    QCOMPARE(info.json().object().value(QStringLiteral("application")).toObject().value(QStringLiteral("uid")).toString(), QStringLiteral("sitedesk-demo"));
    QVERIFY(info.json().object().value(QStringLiteral("expires_in_seconds")).toInt() > 5000);

    const Reply revoked = m_demo->postForm(QStringLiteral("/oauth/revoke"), form({{QStringLiteral("token"), tokens.value(QStringLiteral("refresh_token")).toString()},
                                                                                   {QStringLiteral("client_id"), QStringLiteral("sitedesk-demo")}}));
    QCOMPARE(revoked.status, 200);
    QCOMPARE(m_demo->get(QStringLiteral("/rest/v1.0/me"), access).status, 401);
    QCOMPARE(m_demo->refresh(tokens.value(QStringLiteral("refresh_token")).toString()).status, 400);
}

void TstSandbox::spikeLimitAnswers429WithRetryAfter()
{
    Server limited({QStringLiteral("--scale"), QStringLiteral("tiny"), QStringLiteral("--spike-limit"), QStringLiteral("3"),
                    QStringLiteral("--spike-window"), QStringLiteral("10")});
    const QString token = limited.accessToken();
    for (int i = 0; i < 3; ++i) {
        const Reply reply = limited.get(QStringLiteral("/rest/v1.0/me"), token);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.header("X-Rate-Limit-Limit"), QByteArray("3"));
        QCOMPARE(reply.header("X-Rate-Limit-Remaining").toInt(), 2 - i);
        QVERIFY(reply.header("X-Rate-Limit-Reset").toLongLong() >= QDateTime::currentSecsSinceEpoch());
    }
    const Reply limitedReply = limited.get(QStringLiteral("/rest/v1.0/me"), token);
    QCOMPARE(limitedReply.status, 429);
    const int retryAfter = limitedReply.header("Retry-After").toInt();
    QVERIFY2(retryAfter >= 1 && retryAfter <= 10, limitedReply.header("Retry-After").constData());
    QCOMPARE(limitedReply.json().object().value(QStringLiteral("message")).toString(), QStringLiteral("Rate limit exceeded"));
    QCOMPARE(limitedReply.header("X-Rate-Limit-Remaining"), QByteArray("0"));
    // Another token has its own windows.
    QCOMPARE(limited.get(QStringLiteral("/rest/v1.0/me"), limited.accessToken()).status, 200);
}

void TstSandbox::queuedFaultsOfEveryKind()
{
    const QString projects = QStringLiteral("/rest/v1.0/projects?company_id=%1").arg(northwind);
    for (const QString &kind : {QStringLiteral("500"), QStringLiteral("502"), QStringLiteral("503"), QStringLiteral("429")}) {
        m_demo->fault({{QStringLiteral("kind"), kind}, {QStringLiteral("count"), 2}, {QStringLiteral("path_prefix"), QStringLiteral("/rest/v1.0/projects")}});
        QCOMPARE(m_demo->get(QStringLiteral("/rest/v1.0/me"), m_token).status, 200);   // another path: untouched
        QCOMPARE(m_demo->get(projects, m_token, northwind).status, kind.toInt());
        const Reply second = m_demo->get(projects, m_token, northwind);
        QCOMPARE(second.status, kind.toInt());
        if (kind == QLatin1String("429"))
            QCOMPARE(second.header("Retry-After"), QByteArray("1"));
        QCOMPARE(m_demo->get(projects, m_token, northwind).status, 200);
    }

    m_demo->fault({{QStringLiteral("kind"), QStringLiteral("malformed")}, {QStringLiteral("count"), 1}});
    const Reply malformed = m_demo->get(projects, m_token, northwind);
    QCOMPARE(malformed.status, 200);
    QCOMPARE(malformed.header("Content-Length").toInt(), malformed.body.size());
    QJsonParseError error{};
    QJsonDocument::fromJson(malformed.body, &error);
    QVERIFY(error.error != QJsonParseError::NoError);

    const QString doomed = m_demo->accessToken();
    m_demo->fault({{QStringLiteral("kind"), QStringLiteral("expire")}, {QStringLiteral("count"), 1}});
    QCOMPARE(m_demo->get(QStringLiteral("/rest/v1.0/me"), doomed).status, 401);
    QCOMPARE(m_demo->get(QStringLiteral("/rest/v1.0/me"), doomed).status, 401);   // stays expired
    QCOMPARE(m_demo->get(QStringLiteral("/rest/v1.0/me"), m_token).status, 200);

    m_demo->fault({{QStringLiteral("kind"), QStringLiteral("503")}, {QStringLiteral("count"), 5}});
    QCOMPARE(m_demo->send("DELETE", m_demo->url(QStringLiteral("/__admin/faults"))).status, 200);
    QCOMPARE(m_demo->get(QStringLiteral("/rest/v1.0/me"), m_token).status, 200);
    QCOMPARE(m_demo->postJson(QStringLiteral("/__admin/faults"), {{QStringLiteral("next"), QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("teapot")}}}}}).status, 400);

    m_demo->postJson(QStringLiteral("/__admin/faults"), {{QStringLiteral("latency_ms"), 300}});
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(m_demo->get(QStringLiteral("/rest/v1.0/me"), m_token).status, 200);
    QVERIFY(timer.elapsed() >= 280);
    m_demo->send("DELETE", m_demo->url(QStringLiteral("/__admin/faults")));
}

void TstSandbox::droppedAndTruncatedResponsesOnTheWire()
{
    const QByteArray request = "GET /rest/v1.0/me HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + m_token.toLatin1() + "\r\n\r\n";

    m_demo->fault({{QStringLiteral("kind"), QStringLiteral("drop")}, {QStringLiteral("count"), 1}});
    QCOMPARE(m_demo->raw(request), QByteArray());

    m_demo->fault({{QStringLiteral("kind"), QStringLiteral("truncate")}, {QStringLiteral("count"), 1}});
    const QByteArray truncated = m_demo->raw(request);
    QVERIFY(truncated.startsWith("HTTP/1.1 200 OK\r\n"));
    const qsizetype split = truncated.indexOf("\r\n\r\n");
    const QRegularExpressionMatch length = QRegularExpression(QStringLiteral("Content-Length: (\\d+)")).match(QString::fromLatin1(truncated.left(split)));
    QVERIFY(length.hasMatch());
    const int announced = length.captured(1).toInt();
    QCOMPARE(truncated.size() - split - 4, announced / 2);

    // The same request, unharmed, arrives whole.
    const QByteArray whole = m_demo->raw(request.chopped(2) + "Connection: close\r\n\r\n");
    QVERIFY(whole.endsWith("}"));
    QVERIFY(whole.contains("Connection: close"));
}

void TstSandbox::expireTokensKeepsRefreshTokens()
{
    const QJsonObject tokens = m_demo->signIn();
    QCOMPARE(m_demo->postJson(QStringLiteral("/__admin/expire-tokens"), {}).status, 200);
    QCOMPARE(m_demo->get(QStringLiteral("/rest/v1.0/me"), tokens.value(QStringLiteral("access_token")).toString()).status, 401);
    QCOMPARE(m_demo->get(QStringLiteral("/rest/v1.0/me"), m_token).status, 401);
    const Reply refreshed = m_demo->refresh(tokens.value(QStringLiteral("refresh_token")).toString());
    QCOMPARE(refreshed.status, 200);
    QCOMPARE(m_demo->get(QStringLiteral("/rest/v1.0/me"), refreshed.json().object().value(QStringLiteral("access_token")).toString()).status, 200);
    m_token = m_demo->accessToken();
}

void TstSandbox::recordChangesBumpUpdatedAt()
{
    Server server({QStringLiteral("--scale"), QStringLiteral("tiny")});
    const QString token = server.accessToken();
    const QString list = QStringLiteral("/rest/v1.0/projects?company_id=%1").arg(northwind);
    const QJsonArray before = server.get(list, token, northwind).json().array();
    QCOMPARE(before.size(), 3);
    const qint64 id = before.at(1)[QStringLiteral("id")].toInteger();

    const Reply patched = server.postJson(QStringLiteral("/__admin/records/projects/%1").arg(id), {{QStringLiteral("name"), QStringLiteral("Édifice Renommé")}});
    QCOMPARE(patched.status, 200);
    QCOMPARE(patched.json().object().value(QStringLiteral("updated_at")).toString(), QStringLiteral("2026-01-05T08:00:01Z"));
    const QJsonArray changed = server.get(list + QStringLiteral("&filters[updated_at]=2026-01-05T08:00:00Z..."), token, northwind).json().array();
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0)[QStringLiteral("name")].toString(), QStringLiteral("Édifice Renommé"));

    const Reply added = server.postJson(QStringLiteral("/__admin/records/projects"),
                                        {{QStringLiteral("name"), QStringLiteral("Nouveau chantier")}, {QStringLiteral("active"), true},
                                         {QStringLiteral("company"), QJsonObject{{QStringLiteral("id"), northwind}}}});
    QCOMPARE(added.status, 201);
    QCOMPARE(added.json().object().value(QStringLiteral("updated_at")).toString(), QStringLiteral("2026-01-05T08:00:02Z"));
    QCOMPARE(server.get(list, token, northwind).json().array().size(), 4);

    QCOMPARE(server.send("DELETE", server.url(QStringLiteral("/__admin/records/projects/%1").arg(id))).status, 200);
    const QJsonArray after = server.get(list, token, northwind).json().array();
    QCOMPARE(after.size(), 3);
    QVERIFY(!ids(after).contains(id));
    QCOMPARE(server.send("DELETE", server.url(QStringLiteral("/__admin/records/projects/%1").arg(id))).status, 404);
    QCOMPARE(server.postJson(QStringLiteral("/__admin/records/nonsense/1"), {}).status, 404);
}

void TstSandbox::keepAliveServesPipelinedRequests()
{
    const QByteArray one = "GET /rest/v1.0/me HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + m_token.toLatin1() + "\r\n\r\n";
    const QByteArray last = "POST /oauth/revoke HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                            "Content-Length: 11\r\nConnection: close\r\n\r\ntoken=nope+";
    const QByteArray answers = m_demo->raw(one + one + last);
    QCOMPARE(answers.count("HTTP/1.1 200 OK"), 3);
    QCOMPARE(answers.count("Zo\xc3\xab Ram\xc3\xadrez"), 2);
}

void TstSandbox::statsCountRestRequests()
{
    QCOMPARE(m_demo->postJson(QStringLiteral("/__admin/reset-stats"), {}).status, 200);
    m_demo->get(QStringLiteral("/rest/v1.0/me"), m_token);
    m_demo->get(QStringLiteral("/rest/v1.0/me"));
    m_demo->get(QStringLiteral("/rest/v1.0/companies"), m_token);
    const QJsonObject stats = m_demo->get(QStringLiteral("/__admin/stats")).json().object();
    QCOMPARE(stats.value(QStringLiteral("requests")).toInt(), 3);
    QCOMPARE(stats.value(QStringLiteral("by_path")).toObject().value(QStringLiteral("/rest/v1.0/me")).toInt(), 2);
    QCOMPARE(stats.value(QStringLiteral("status_counts")).toObject().value(QStringLiteral("401")).toInt(), 1);
    QCOMPARE(stats.value(QStringLiteral("token_refreshes")).toInt(), 0);
}

void TstSandbox::clientSecretsLifetimeAndRandomFaultsFollowTheFlags()
{
    Server first({QStringLiteral("--scale"), QStringLiteral("tiny"), QStringLiteral("--client"), QStringLiteral("desk:s3cret"),
                  QStringLiteral("--token-lifetime"), QStringLiteral("1")});

    const QString code = first.postJson(QStringLiteral("/__admin/oauth/code"), {{QStringLiteral("client_id"), QStringLiteral("desk")},
                                                                                 {QStringLiteral("redirect_uri"), QStringLiteral("http://localhost:4000/cb")}})
                             .json().object().value(QStringLiteral("code")).toString();
    QList<QPair<QString, QString>> fields{{QStringLiteral("grant_type"), QStringLiteral("authorization_code")}, {QStringLiteral("client_id"), QStringLiteral("desk")},
                                          {QStringLiteral("code"), code}, {QStringLiteral("redirect_uri"), QStringLiteral("http://localhost:4000/cb")}};
    QCOMPARE(first.postForm(QStringLiteral("/oauth/token"), form(fields)).status, 401);   // the secret is required
    const QString code2 = first.postJson(QStringLiteral("/__admin/oauth/code"), {{QStringLiteral("client_id"), QStringLiteral("desk")},
                                                                                  {QStringLiteral("redirect_uri"), QStringLiteral("http://localhost:4000/cb")}})
                              .json().object().value(QStringLiteral("code")).toString();
    fields[2].second = code2;
    fields.append({QStringLiteral("client_secret"), QStringLiteral("s3cret")});
    const Reply granted = first.postForm(QStringLiteral("/oauth/token"), form(fields));
    QCOMPARE(granted.status, 200);
    QCOMPARE(granted.json().object().value(QStringLiteral("expires_in")).toInt(), 1);

    const QString shortLived = granted.json().object().value(QStringLiteral("access_token")).toString();
    QTest::qWait(1100);
    QCOMPARE(first.get(QStringLiteral("/rest/v1.0/me"), shortLived).status, 401);   // --token-lifetime 1

    // Random faults: the same seed fails the same requests, and never /oauth or /__admin.
    const QStringList faulty{QStringLiteral("--scale"), QStringLiteral("tiny"), QStringLiteral("--seed"), QStringLiteral("7"),
                             QStringLiteral("--faults"), QStringLiteral("500=0.3,503=0.2")};
    Server one(faulty);
    Server two(faulty);
    const QString a = one.accessToken();
    const QString b = two.accessToken();
    QVERIFY(!a.isEmpty() && !b.isEmpty());
    QList<int> oneStatuses, twoStatuses;
    for (int i = 0; i < 12; ++i) {
        oneStatuses << one.get(QStringLiteral("/rest/v1.0/companies"), a).status;
        twoStatuses << two.get(QStringLiteral("/rest/v1.0/companies"), b).status;
    }
    QCOMPARE(oneStatuses, twoStatuses);
    QVERIFY(oneStatuses.contains(200));
    QVERIFY(oneStatuses.contains(500) || oneStatuses.contains(503));
    QCOMPARE(one.get(QStringLiteral("/__admin/stats")).status, 200);
}

QTEST_GUILESS_MAIN(TstSandbox)
#include "tst_sandbox.moc"
