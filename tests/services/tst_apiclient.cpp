// ApiClient against the real sandbox server: paging, rate limits, retries, faults, refresh.
#include "signedinfixture.h"

#include "api/apireply.h"
#include "api/pagedreply.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QtTest>

using namespace sitedesk;

namespace {

ApiReply *finishedReply(ApiClient &api, const ApiRequest &request)
{
    ApiReply *reply = api.send(request);
    QSignalSpy spy(reply, &ApiReply::finished);
    if (!spy.wait(30000))
        qWarning("request did not finish");
    return reply;
}

qint64 firstCompanyId(ApiClient &api)
{
    ApiReply *reply = finishedReply(api, ApiRequest::get(QStringLiteral("/rest/v1.0/companies")));
    return reply->json().array().first().toObject().value(QStringLiteral("id")).toInteger();
}

ApiRequest projectsRequest(qint64 companyId, int perPage)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("company_id"), QString::number(companyId));
    ApiRequest request = ApiRequest::get(QStringLiteral("/rest/v1.0/projects"), query, companyId);
    request.maxPerPage = perPage;
    return request;
}

} // namespace

class TestApiClient : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pagingReadsEveryPageOnceInOrder();
    void pagingUsesTheLargestPageSize();
    void streamedPagesCarryEveryRecordAndItsBytes();
    void rateLimited429IsRetriedAfterRetryAfter();
    void serverErrorsAreRetriedForGet();
    void droppedConnectionIsRetried();
    void malformedJsonIsAnErrorNotACrash();
    void notFoundIsNotRetriedAndCarriesProcoreMessage();
    void expiredTokenIsRefreshedOnceAndReplayed();
    void concurrent401sShareOneRefresh();
    void failedRefreshSignsOut();
    void pacingAvoids429UnderSpikeLimit();
    void unreachableServerReportsOffline();

private:
    std::unique_ptr<SignedInFixture> m_fixture;
    qint64 m_companyId = 0;
};

void TestApiClient::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_fixture = std::make_unique<SignedInFixture>(QStringList{QStringLiteral("--scale"), QStringLiteral("large")});
    QVERIFY(m_fixture->sandbox->isRunning());
    QVERIFY(m_fixture->signIn());
    m_companyId = firstCompanyId(m_fixture->api);
    QVERIFY(m_companyId > 0);
}

void TestApiClient::pagingReadsEveryPageOnceInOrder()
{
    auto &api = m_fixture->api;
    const int before = api.requestsSent();
    PagedReply *paged = api.fetchAll(projectsRequest(m_companyId, 7));
    QSignalSpy done(paged, &PagedReply::finished);
    QVERIFY(done.wait(60000));
    QVERIFY2(!paged->error(), qPrintable(paged->error().userMessage()));

    const QJsonArray expected = m_fixture->sandbox->listAll(
        QStringLiteral("/rest/v1.0/projects?company_id=%1").arg(m_companyId), m_fixture->auth.accessToken(), m_companyId);
    const QJsonArray items = paged->items();
    QVERIFY(expected.size() > 7 * 3);
    QCOMPARE(items.size(), expected.size());
    QCOMPARE(paged->total(), int(expected.size()));
    QCOMPARE(items, expected);
    QCOMPARE(api.requestsSent() - before, (int(expected.size()) + 6) / 7);
}

void TestApiClient::pagingUsesTheLargestPageSize()
{
    auto &api = m_fixture->api;
    // v1.1 projects cap at 300 a page: ask for more and follow what the server says it used.
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("company_id"), QString::number(m_companyId));
    ApiRequest request = ApiRequest::get(QStringLiteral("/rest/v1.1/projects"), query, m_companyId);
    request.maxPerPage = 10000;
    const int before = api.requestsSent();
    PagedReply *paged = api.fetchAll(request);
    QSignalSpy done(paged, &PagedReply::finished);
    QVERIFY(done.wait(60000));
    QVERIFY(!paged->error());
    QVERIFY(paged->total() > 300);
    QCOMPARE(paged->items().size(), paged->total());
    QCOMPARE(api.requestsSent() - before, (paged->total() + 299) / 300);
    QSet<qint64> ids;
    for (const QJsonValue &item : paged->items())
        ids.insert(item.toObject().value(QStringLiteral("id")).toInteger());
    QCOMPARE(ids.size(), paged->total());
}

void TestApiClient::streamedPagesCarryEveryRecordAndItsBytes()
{
    auto &api = m_fixture->api;
    PagedReply *paged = api.fetchAll(projectsRequest(m_companyId, 7));
    paged->setStreaming(true);
    QHash<qint64, QJsonObject> streamed;
    int pages = 0;
    connect(paged, &PagedReply::pageReady, this, [&](const ListItems &page) {
        ++pages;
        page.forEach([&](const QJsonObject &record, const QByteArray &raw) {
            // The bytes are the record as sent: they parse to the same object.
            QCOMPARE(QJsonDocument::fromJson(raw).object(), record);
            streamed.insert(record.value(QStringLiteral("id")).toInteger(), record);
        });
    });
    QSignalSpy done(paged, &PagedReply::finished);
    QVERIFY(done.wait(60000));
    QVERIFY(!paged->error());
    const QJsonArray expected = m_fixture->sandbox->listAll(
        QStringLiteral("/rest/v1.0/projects?company_id=%1").arg(m_companyId), m_fixture->auth.accessToken(), m_companyId);
    QCOMPARE(pages, paged->pageCount());
    QCOMPARE(streamed.size(), expected.size());
    for (const QJsonValue &item : expected)
        QCOMPARE(streamed.value(item.toObject().value(QStringLiteral("id")).toInteger()), item.toObject());
    QVERIFY(paged->items().isEmpty());   // handed over, not kept
}

void TestApiClient::rateLimited429IsRetriedAfterRetryAfter()
{
    m_fixture->sandbox->injectFault(QStringLiteral("429"), 2, QStringLiteral("/rest/v1.0/me"));
    const int limitedBefore = m_fixture->api.rateLimitedResponses();
    ApiReply *reply = finishedReply(m_fixture->api, ApiRequest::get(QStringLiteral("/rest/v1.0/me")));
    QVERIFY2(!reply->error(), qPrintable(reply->error().userMessage()));
    QCOMPARE(reply->attempts(), 3);
    QCOMPARE(m_fixture->api.rateLimitedResponses() - limitedBefore, 2);
    QVERIFY(reply->json().object().value(QStringLiteral("id")).toInteger() > 0);
}

void TestApiClient::serverErrorsAreRetriedForGet()
{
    m_fixture->sandbox->injectFault(QStringLiteral("503"), 1, QStringLiteral("/rest/v1.0/me"));
    m_fixture->sandbox->injectFault(QStringLiteral("500"), 1, QStringLiteral("/rest/v1.0/me"));
    ApiReply *reply = finishedReply(m_fixture->api, ApiRequest::get(QStringLiteral("/rest/v1.0/me")));
    QVERIFY(!reply->error());
    QCOMPARE(reply->attempts(), 3);
}

void TestApiClient::droppedConnectionIsRetried()
{
    m_fixture->sandbox->resetStats();
    m_fixture->sandbox->injectFault(QStringLiteral("drop"), 1, QStringLiteral("/rest/v1.0/me"));
    m_fixture->sandbox->injectFault(QStringLiteral("truncate"), 1, QStringLiteral("/rest/v1.0/me"));
    ApiReply *reply = finishedReply(m_fixture->api, ApiRequest::get(QStringLiteral("/rest/v1.0/me")));
    QVERIFY2(!reply->error(), qPrintable(reply->error().userMessage()));
    QVERIFY(reply->json().object().value(QStringLiteral("id")).toInteger() > 0);
    // Qt itself resends once when a reused connection closes before any answer, so the
    // client may count fewer attempts than the server saw requests.
    QVERIFY(reply->attempts() >= 2);
    QCOMPARE(m_fixture->sandbox->stats().value(QStringLiteral("by_path")).toObject()
                 .value(QStringLiteral("/rest/v1.0/me")).toInt(), 3);
}

void TestApiClient::malformedJsonIsAnErrorNotACrash()
{
    m_fixture->sandbox->injectFault(QStringLiteral("malformed"), 50, QStringLiteral("/rest/v1.0/me"));
    ApiReply *reply = finishedReply(m_fixture->api, ApiRequest::get(QStringLiteral("/rest/v1.0/me")));
    m_fixture->sandbox->clearFaults();
    QCOMPARE(reply->error().kind, ApiError::Kind::BadResponse);
    QCOMPARE(reply->attempts(), m_fixture->api.policy().maxAttempts);
    QVERIFY(!reply->error().userMessage().isEmpty());
}

void TestApiClient::notFoundIsNotRetriedAndCarriesProcoreMessage()
{
    ApiReply *reply = finishedReply(m_fixture->api, ApiRequest::get(QStringLiteral("/rest/v1.0/no_such_tool"), {}, m_companyId));
    QCOMPARE(reply->error().kind, ApiError::Kind::NotFound);
    QCOMPARE(reply->error().httpStatus, 404);
    QCOMPARE(reply->attempts(), 1);
    QVERIFY(reply->error().userMessage().contains(QStringLiteral("404")));
}

void TestApiClient::expiredTokenIsRefreshedOnceAndReplayed()
{
    const QString oldToken = m_fixture->auth.accessToken();
    m_fixture->sandbox->resetStats();
    m_fixture->sandbox->expireTokens();
    ApiReply *reply = finishedReply(m_fixture->api, ApiRequest::get(QStringLiteral("/rest/v1.0/me")));
    QVERIFY2(!reply->error(), qPrintable(reply->error().userMessage()));
    QCOMPARE(reply->attempts(), 2);
    QVERIFY(m_fixture->auth.accessToken() != oldToken);
    QCOMPARE(m_fixture->sandbox->stats().value(QStringLiteral("token_refreshes")).toInt(), 1);
}

void TestApiClient::concurrent401sShareOneRefresh()
{
    m_fixture->sandbox->resetStats();
    m_fixture->sandbox->expireTokens();
    QList<ApiReply *> replies;
    for (int i = 0; i < 6; ++i)
        replies << m_fixture->api.send(ApiRequest::get(QStringLiteral("/rest/v1.0/me")));
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(replies.begin(), replies.end(), [](ApiReply *r) { return r->isFinished(); }), 30000);
    for (ApiReply *reply : replies)
        QVERIFY2(!reply->error(), qPrintable(reply->error().userMessage()));
    QCOMPARE(m_fixture->sandbox->stats().value(QStringLiteral("token_refreshes")).toInt(), 1);
}

void TestApiClient::failedRefreshSignsOut()
{
    SignedInFixture fixture;
    QVERIFY(fixture.signIn());
    // Revoking the token kills the pair: the refresh after the 401 must fail for good.
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("token"), fixture.auth.accessToken());
    form.addQueryItem(QStringLiteral("client_id"), QStringLiteral("sitedesk-demo"));
    QCOMPARE(fixture.sandbox->post(QStringLiteral("/oauth/revoke"), form.toString(QUrl::FullyEncoded).toUtf8(),
                                   "application/x-www-form-urlencoded").status, 200);
    QSignalSpy signedOut(&fixture.auth, &AuthService::signedOut);
    ApiReply *reply = finishedReply(fixture.api, ApiRequest::get(QStringLiteral("/rest/v1.0/me")));
    QCOMPARE(reply->error().kind, ApiError::Kind::SignedOut);
    QCOMPARE(fixture.auth.state(), AuthService::State::SignedOut);
    QCOMPARE(signedOut.count(), 1);
    QVERIFY(fixture.auth.accessToken().isEmpty());
}

void TestApiClient::pacingAvoids429UnderSpikeLimit()
{
    SignedInFixture fixture({QStringLiteral("--spike-limit"), QStringLiteral("6"),
                             QStringLiteral("--spike-window"), QStringLiteral("2")});
    QVERIFY(fixture.signIn());
    QList<ApiReply *> replies;
    for (int i = 0; i < 20; ++i)
        replies << fixture.api.send(ApiRequest::get(QStringLiteral("/rest/v1.0/me")));
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(replies.begin(), replies.end(), [](ApiReply *r) { return r->isFinished(); }), 60000);
    for (ApiReply *reply : replies)
        QVERIFY(!reply->error());
    // The first burst may meet the limit before any header told us about it; after that the
    // pacer keeps us under it.
    QVERIFY2(fixture.api.rateLimitedResponses() <= fixture.api.policy().maxConcurrent,
             qPrintable(QString::number(fixture.api.rateLimitedResponses())));
    QVERIFY(fixture.api.rateBudget().limit > 0);
}

void TestApiClient::unreachableServerReportsOffline()
{
    SignedInFixture fixture;
    QVERIFY(fixture.signIn());
    fixture.sandbox->stop();
    QSignalSpy online(&fixture.api, &ApiClient::onlineChanged);
    ApiReply *reply = finishedReply(fixture.api, ApiRequest::get(QStringLiteral("/rest/v1.0/me")));
    QCOMPARE(reply->error().kind, ApiError::Kind::Offline);
    QVERIFY(!fixture.api.isOnline());
    QCOMPARE(online.count(), 1);
    QCOMPARE(online.first().first().toBool(), false);
}

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
