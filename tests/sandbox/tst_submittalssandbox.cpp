// The sandbox's submittals endpoints as a client meets them over HTTP: the log in Procore's
// shapes with paging and filters, the show endpoint with attachments[], company statuses.
#include "sandboxprocess.h"

#include <QJsonArray>
#include <QSet>
#include <QStandardPaths>
#include <QTest>

#include <memory>

namespace {

constexpr qint64 northwind = 562949953421312;     // the first generated company
constexpr qint64 otherCompany = 562949953421313;
constexpr qint64 firstProject = 562949953600000;  // has submittals
constexpr qint64 laterProject = 562949953600007;  // the eighth project (demo: none)

QString logPath(qint64 project = firstProject) { return QStringLiteral("/rest/v1.1/projects/%1/submittals").arg(project); }

} // namespace

class TstSubmittalsSandbox : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void logHasProcoreShapesAndNoHiddenKeys();
    void logPagesWithProcoreHeaders();
    void filtersByStatusBallInCourtAndQuery();
    void showAddsAttachmentsWithAbsoluteUrls();
    void statusesAreListedPerCompany();
    void projectWithoutSubmittalsIsEmpty();
    void otherCompanyAndUnknownIdsAreRefused();

private:
    QJsonArray all(const QString &pathAndQuery) { return m_server->listAll(pathAndQuery, m_token, northwind); }

    std::unique_ptr<SandboxProcess> m_server;
    QString m_token;
};

void TstSubmittalsSandbox::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_server = std::make_unique<SandboxProcess>();
    QVERIFY(m_server->isRunning());
    m_token = m_server->issueTokens().access;
    QVERIFY(!m_token.isEmpty());
}

void TstSubmittalsSandbox::cleanupTestCase()
{
    m_server.reset();
}

void TstSubmittalsSandbox::logHasProcoreShapesAndNoHiddenKeys()
{
    const QJsonArray items = all(logPath());
    QVERIFY(items.size() >= 20);
    bool sawBallInCourt = false, sawApprovers = false, sawAttachment = false, sawClosed = false;
    for (const QJsonValue &value : items) {
        const QJsonObject s = value.toObject();
        QVERIFY(s.value(QStringLiteral("id")).toInteger() > 99999999999999);
        QVERIFY(!s.value(QStringLiteral("title")).toString().isEmpty());
        QVERIFY(s.value(QStringLiteral("number")).isString());
        QVERIFY(s.value(QStringLiteral("revision")).isString());
        const QJsonObject status = s.value(QStringLiteral("status")).toObject();
        QVERIFY(status.contains(QStringLiteral("id")) && status.contains(QStringLiteral("name")) && status.contains(QStringLiteral("status")));
        sawClosed |= status.value(QStringLiteral("status")).toString() == QLatin1String("Closed");
        QVERIFY(s.value(QStringLiteral("specification_section")).toObject().contains(QStringLiteral("label")));
        QVERIFY(s.value(QStringLiteral("type")).toObject().contains(QStringLiteral("name")));
        QVERIFY(s.value(QStringLiteral("responsible_contractor")).toObject().contains(QStringLiteral("name")));
        QVERIFY(s.contains(QStringLiteral("required_on_site_date")));
        QVERIFY(s.contains(QStringLiteral("due_date")));
        for (const QJsonValue &member : s.value(QStringLiteral("ball_in_court")).toArray()) {
            QVERIFY(member.toObject().contains(QStringLiteral("initials")));
            sawBallInCourt = true;
        }
        for (const QJsonValue &approver : s.value(QStringLiteral("approvers")).toArray()) {
            QVERIFY(approver.toObject().value(QStringLiteral("response")).toObject().contains(QStringLiteral("considered")));
            QVERIFY(approver.toObject().value(QStringLiteral("user")).toObject().contains(QStringLiteral("name")));
            sawApprovers = true;
        }
        sawAttachment |= !s.value(QStringLiteral("associated_attachments")).toArray().isEmpty();
        QVERIFY(!s.contains(QStringLiteral("attachments")));   // only the show endpoint has them
        for (auto it = s.begin(); it != s.end(); ++it)
            QVERIFY2(!it.key().startsWith(QLatin1Char('_')), qPrintable(it.key()));
    }
    QVERIFY(sawBallInCourt);
    QVERIFY(sawApprovers);
    QVERIFY(sawAttachment);
    QVERIFY(sawClosed);
}

void TstSubmittalsSandbox::logPagesWithProcoreHeaders()
{
    const SandboxProcess::Reply reply = m_server->get(logPath() + QStringLiteral("?per_page=7&page=2"), m_token, northwind);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().array().size(), 7);
    QCOMPARE(reply.header("Total").toInt(), int(all(logPath()).size()));
    QVERIFY(reply.header("Link").contains("rel=\"next\""));
}

void TstSubmittalsSandbox::filtersByStatusBallInCourtAndQuery()
{
    const QJsonArray items = all(logPath());
    const QJsonObject first = items.first().toObject();
    const qint64 statusId = first.value(QStringLiteral("status")).toObject().value(QStringLiteral("id")).toInteger();
    const QJsonArray byStatus = all(logPath() + QStringLiteral("?filters[status_id]=%1").arg(statusId));
    QVERIFY(!byStatus.isEmpty());
    QVERIFY(byStatus.size() < items.size());
    for (const QJsonValue &value : byStatus)
        QCOMPARE(value.toObject().value(QStringLiteral("status")).toObject().value(QStringLiteral("id")).toInteger(), statusId);

    qint64 personId = 0;
    for (const QJsonValue &value : items)
        for (const QJsonValue &member : value.toObject().value(QStringLiteral("ball_in_court")).toArray())
            personId = member.toObject().value(QStringLiteral("id")).toInteger();
    QVERIFY(personId != 0);
    const QJsonArray byPerson = all(logPath() + QStringLiteral("?filters[ball_in_court_id]=%1").arg(personId));
    QVERIFY(!byPerson.isEmpty());
    QVERIFY(byPerson.size() < items.size());

    const QString title = first.value(QStringLiteral("title")).toString();
    const QJsonArray byQuery = all(logPath() + QStringLiteral("?filters[query]=") + QString::fromLatin1(QUrl::toPercentEncoding(title.left(6))));
    QVERIFY(!byQuery.isEmpty());
    for (const QJsonValue &value : byQuery)
        QVERIFY(value.toObject().value(QStringLiteral("title")).toString().contains(title.left(6), Qt::CaseInsensitive)
                || value.toObject().value(QStringLiteral("description")).toString().contains(title.left(6), Qt::CaseInsensitive));
}

void TstSubmittalsSandbox::showAddsAttachmentsWithAbsoluteUrls()
{
    QJsonObject withAttachments;
    for (const QJsonValue &value : all(logPath()))
        if (!value.toObject().value(QStringLiteral("associated_attachments")).toArray().isEmpty())
            withAttachments = value.toObject();
    QVERIFY(!withAttachments.isEmpty());
    const qint64 id = withAttachments.value(QStringLiteral("id")).toInteger();
    const SandboxProcess::Reply reply = m_server->get(logPath() + QStringLiteral("/%1").arg(id), m_token, northwind);
    QCOMPARE(reply.status, 200);
    const QJsonObject shown = reply.json().object();
    QCOMPARE(shown.value(QStringLiteral("id")).toInteger(), id);
    const QJsonArray attachments = shown.value(QStringLiteral("attachments")).toArray();
    QCOMPARE(attachments.size(), withAttachments.value(QStringLiteral("associated_attachments")).toArray().size());
    for (const QJsonValue &value : attachments) {
        const QJsonObject a = value.toObject();
        QVERIFY(a.value(QStringLiteral("filename")).toString().endsWith(QLatin1String(".pdf")));
        QVERIFY(a.value(QStringLiteral("url")).toString().startsWith(m_server->baseUrl().toString()));
    }
}

void TstSubmittalsSandbox::statusesAreListedPerCompany()
{
    const QJsonArray statuses = all(QStringLiteral("/rest/v1.0/companies/%1/submittal_statuses").arg(northwind));
    QVERIFY(statuses.size() >= 3);
    QSet<QString> kinds;
    QSet<qint64> ids;
    for (const QJsonValue &value : statuses) {
        kinds.insert(value.toObject().value(QStringLiteral("status")).toString());
        ids.insert(value.toObject().value(QStringLiteral("id")).toInteger());
        QVERIFY(!value.toObject().contains(QStringLiteral("_company_id")));
    }
    QCOMPARE(kinds, (QSet<QString>{QStringLiteral("Draft"), QStringLiteral("Open"), QStringLiteral("Closed")}));
    // Every submittal's status is one of its company's statuses.
    for (const QJsonValue &value : all(logPath()))
        QVERIFY(ids.contains(value.toObject().value(QStringLiteral("status")).toObject().value(QStringLiteral("id")).toInteger()));
}

void TstSubmittalsSandbox::projectWithoutSubmittalsIsEmpty()
{
    const SandboxProcess::Reply reply = m_server->get(logPath(laterProject), m_token, northwind);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().array().size(), 0);
}

void TstSubmittalsSandbox::otherCompanyAndUnknownIdsAreRefused()
{
    QCOMPARE(m_server->get(logPath(), m_token, otherCompany).status, 403);
    QCOMPARE(m_server->get(logPath(999), m_token, northwind).status, 404);
    QCOMPARE(m_server->get(logPath() + QStringLiteral("/12345"), m_token, northwind).status, 404);
    QCOMPARE(m_server->get(QStringLiteral("/rest/v1.0/companies/%1/submittal_statuses").arg(northwind), m_token, otherCompany).status, 403);
    QCOMPARE(m_server->get(QStringLiteral("/rest/v1.0/companies/999/submittal_statuses"), m_token, 999).status, 404);
}

QTEST_GUILESS_MAIN(TstSubmittalsSandbox)
#include "tst_submittalssandbox.moc"
