// The sandbox's daily log endpoints as a client meets them over HTTP: every log type, Procore's
// date parameters, multi-tier locations, create/update with 422 validation errors, files
// attached as multipart attachments[] parts of an update.
#include "sandboxprocess.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QNetworkReply>
#include <QSet>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

#include <memory>

namespace {

constexpr qint64 northwind = 562949953421312;     // the first generated company
constexpr qint64 firstProject = 562949953600000;  // its first project (has daily logs)
constexpr qint64 laterProject = 562949953600007;  // its eighth project (demo: no daily logs)
const QString today = QStringLiteral("2026-01-05");   // the sandbox's epoch date

const QStringList logTypes = {QStringLiteral("manpower_logs"), QStringLiteral("notes_logs"), QStringLiteral("weather_logs"),
                              QStringLiteral("equipment_logs"), QStringLiteral("delivery_logs"), QStringLiteral("call_logs"),
                              QStringLiteral("inspection_logs"), QStringLiteral("safety_violation_logs"), QStringLiteral("accident_logs"),
                              QStringLiteral("productivity_logs"), QStringLiteral("work_logs"),
                              QStringLiteral("daily_construction_report_logs"), QStringLiteral("visitor_logs"),
                              QStringLiteral("quantity_logs"), QStringLiteral("waste_logs"), QStringLiteral("dumpster_logs"),
                              QStringLiteral("plan_revision_logs"), QStringLiteral("timecard_entries")};

QString logsPath(const QString &type, qint64 project = firstProject)
{
    return QStringLiteral("/rest/v1.0/projects/%1/%2").arg(project).arg(type);
}

QSet<QString> datesOf(const QJsonArray &items)
{
    QSet<QString> dates;
    for (const QJsonValue &item : items)
        dates.insert(item.toObject().value(QStringLiteral("date")).toString());
    return dates;
}

} // namespace

class TstDailyLogSandbox : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void everyLogTypeAnswersWithEntriesOverTheProjectsLife();
    void withoutADateOnlyTodaysLogsComeBack();
    void logDateAndStartEndDateSelectDays();
    void badDatesAre400();
    void entriesCarryMultiTierLocationsAndNoHiddenKeys();
    void createReturns201AndTheEntryIsListedOnItsDay();
    void createWithInvalidFieldsIs422WithProcoreErrors();
    void updatePatchesFieldsAndValidates();
    void filesAttachAsMultipartPartsAndAreServedBack();
    void otherCompanyAndUnknownProjectAreRefused();

private:
    SandboxProcess::Reply send(const QByteArray &verb, const QString &path, const QJsonObject &body);
    SandboxProcess::Reply sendRaw(const QByteArray &verb, const QString &path, const QByteArray &body, const QByteArray &contentType);
    QJsonArray all(const QString &pathAndQuery) { return m_server->listAll(pathAndQuery, m_token, northwind); }

    std::unique_ptr<SandboxProcess> m_server;
    QString m_token;
    QNetworkAccessManager m_network;
};

void TstDailyLogSandbox::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_server = std::make_unique<SandboxProcess>();
    QVERIFY(m_server->isRunning());
    m_token = m_server->issueTokens().access;
    QVERIFY(!m_token.isEmpty());
}

void TstDailyLogSandbox::cleanupTestCase()
{
    m_server.reset();
}

SandboxProcess::Reply TstDailyLogSandbox::send(const QByteArray &verb, const QString &path, const QJsonObject &body)
{
    return sendRaw(verb, path, QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json");
}

SandboxProcess::Reply TstDailyLogSandbox::sendRaw(const QByteArray &verb, const QString &path, const QByteArray &body,
                                                  const QByteArray &contentType)
{
    QNetworkRequest request(m_server->url(path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
    request.setRawHeader("Procore-Company-Id", QByteArray::number(northwind));
    QNetworkReply *reply = m_network.sendCustomRequest(request, verb, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    SandboxProcess::Reply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    delete reply;
    return result;
}

void TstDailyLogSandbox::everyLogTypeAnswersWithEntriesOverTheProjectsLife()
{
    const QString range = QStringLiteral("?start_date=2019-01-01&end_date=%1&per_page=1000").arg(today);
    int total = 0;
    for (const QString &type : logTypes) {
        const QJsonArray items = all(logsPath(type) + range);
        QVERIFY2(!items.isEmpty(), qPrintable(type));
        total += int(items.size());
        // A project's life: entries spread over many months, not one day.
        const QSet<QString> dates = datesOf(items);
        QVERIFY2(dates.size() >= 2, qPrintable(type));
        QVERIFY(items.first().toObject().value(QStringLiteral("id")).toInteger() > 99999999999999);
    }
    // The workhorse types have entries on most working days of a year.
    QVERIFY(datesOf(all(logsPath(QStringLiteral("manpower_logs")) + range)).size() > 200);
    QVERIFY(total > 2000);
    // A project without generated logs answers an empty list, not an error.
    const SandboxProcess::Reply empty = m_server->get(logsPath(QStringLiteral("manpower_logs"), laterProject) + range, m_token, northwind);
    QCOMPARE(empty.status, 200);
    QCOMPARE(empty.json().array().size(), 0);
}

void TstDailyLogSandbox::withoutADateOnlyTodaysLogsComeBack()
{
    const QJsonArray items = all(logsPath(QStringLiteral("manpower_logs")));
    QVERIFY(!items.isEmpty());
    QCOMPARE(datesOf(items), QSet<QString>{today});
}

void TstDailyLogSandbox::logDateAndStartEndDateSelectDays()
{
    const QJsonArray week = all(logsPath(QStringLiteral("manpower_logs")) + QStringLiteral("?start_date=2025-12-01&end_date=2025-12-07"));
    QVERIFY(!week.isEmpty());
    int fromDays = 0;
    for (const QString &date : datesOf(week)) {
        QVERIFY2(date >= QLatin1String("2025-12-01") && date <= QLatin1String("2025-12-07"), qPrintable(date));
        fromDays += int(all(logsPath(QStringLiteral("manpower_logs")) + QStringLiteral("?log_date=") + date).size());
    }
    // The days, asked one by one, add up to the range: nothing lost, nothing twice.
    QCOMPARE(fromDays, int(week.size()));
    // Paging inside a range works with Procore's headers.
    const SandboxProcess::Reply page = m_server->get(logsPath(QStringLiteral("manpower_logs")) + QStringLiteral("?start_date=2025-06-01&end_date=2025-12-31&per_page=10"), m_token, northwind);
    QCOMPARE(page.status, 200);
    QCOMPARE(page.json().array().size(), 10);
    QVERIFY(page.header("Total").toInt() > 10);
    QVERIFY(page.header("Link").contains("rel=\"next\""));
}

void TstDailyLogSandbox::badDatesAre400()
{
    for (const QString &query : {QStringLiteral("?log_date=05/01/2026"), QStringLiteral("?start_date=2025-12-01"),
                                 QStringLiteral("?start_date=2025-12-08&end_date=2025-12-01"), QStringLiteral("?log_date=2025-02-30")}) {
        const SandboxProcess::Reply reply = m_server->get(logsPath(QStringLiteral("notes_logs")) + query, m_token, northwind);
        QVERIFY2(reply.status == 400, qPrintable(query));
        QVERIFY(!reply.json().object().value(QStringLiteral("message")).toString().isEmpty());
    }
}

void TstDailyLogSandbox::entriesCarryMultiTierLocationsAndNoHiddenKeys()
{
    const QJsonArray items = all(logsPath(QStringLiteral("manpower_logs")) + QStringLiteral("?start_date=2025-09-01&end_date=2025-12-31"));
    bool multiTier = false;
    bool nullLocation = false;
    for (const QJsonValue &item : items) {
        const QJsonObject entry = item.toObject();
        QVERIFY(!entry.contains(QStringLiteral("_project_id")));
        QVERIFY(entry.contains(QStringLiteral("num_workers")));
        QVERIFY(entry.value(QStringLiteral("vendor")).isObject());
        const QJsonValue location = entry.value(QStringLiteral("location"));
        nullLocation |= location.isNull();
        multiTier |= location.toObject().value(QStringLiteral("name")).toString().contains(QLatin1Char('>'));
    }
    QVERIFY(multiTier);
    QVERIFY(nullLocation);
}

void TstDailyLogSandbox::createReturns201AndTheEntryIsListedOnItsDay()
{
    const SandboxProcess::Reply created = send("POST", logsPath(QStringLiteral("manpower_logs")),
        {{QStringLiteral("manpower_log"), QJsonObject{{QStringLiteral("date"), QStringLiteral("2025-11-03")},
                                                     {QStringLiteral("num_workers"), 7},
                                                     {QStringLiteral("num_hours"), QStringLiteral("8.5")},
                                                     {QStringLiteral("notes"), QStringLiteral("Façade crew")},
                                                     {QStringLiteral("vendor_id"), Q_INT64_C(5200000000002)},
                                                     {QStringLiteral("mt_location"), QJsonArray{QStringLiteral("Building 3"), QStringLiteral("Level 5")}}}}});
    QCOMPARE(created.status, 201);
    const QJsonObject entry = created.json().object();
    const qint64 id = entry.value(QStringLiteral("id")).toInteger();
    QVERIFY(id > 0);
    QCOMPARE(entry.value(QStringLiteral("location")).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Building 3>Level 5"));
    QCOMPARE(entry.value(QStringLiteral("vendor")).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Acme Electric"));
    QVERIFY(!entry.contains(QStringLiteral("_project_id")));
    bool listed = false;
    for (const QJsonValue &item : all(logsPath(QStringLiteral("manpower_logs")) + QStringLiteral("?log_date=2025-11-03")))
        listed |= item.toObject().value(QStringLiteral("id")).toInteger() == id;
    QVERIFY(listed);
    // A create with no date is today's.
    const SandboxProcess::Reply note = send("POST", logsPath(QStringLiteral("notes_logs")),
        {{QStringLiteral("notes_log"), QJsonObject{{QStringLiteral("comment"), QStringLiteral("Crane down for wind")}}}});
    QCOMPARE(note.status, 201);
    QCOMPARE(note.json().object().value(QStringLiteral("date")).toString(), today);
}

void TstDailyLogSandbox::createWithInvalidFieldsIs422WithProcoreErrors()
{
    const SandboxProcess::Reply manpower = send("POST", logsPath(QStringLiteral("manpower_logs")),
        {{QStringLiteral("manpower_log"), QJsonObject{{QStringLiteral("num_workers"), -2}, {QStringLiteral("date"), QStringLiteral("2099-01-01")},
                                                     {QStringLiteral("location_id"), 1}}}});
    QCOMPARE(manpower.status, 422);
    const QJsonObject errors = manpower.json().object().value(QStringLiteral("errors")).toObject();
    QVERIFY(errors.value(QStringLiteral("num_workers")).toArray().first().toString().contains(QStringLiteral("greater than")));
    QVERIFY(errors.contains(QStringLiteral("date")));
    QVERIFY(errors.contains(QStringLiteral("location_id")));
    const SandboxProcess::Reply note = send("POST", logsPath(QStringLiteral("notes_logs")),
        {{QStringLiteral("notes_log"), QJsonObject{{QStringLiteral("comment"), QStringLiteral("   ")}}}});
    QCOMPARE(note.status, 422);
    QCOMPARE(note.json().object().value(QStringLiteral("errors")).toObject().value(QStringLiteral("comment")).toArray().first().toString(),
             QStringLiteral("can't be blank"));
    // Without the type's key it is a 400, not a 422.
    QCOMPARE(send("POST", logsPath(QStringLiteral("notes_logs")), {{QStringLiteral("comment"), QStringLiteral("x")}}).status, 400);
}

void TstDailyLogSandbox::updatePatchesFieldsAndValidates()
{
    const QJsonArray recent = all(logsPath(QStringLiteral("weather_logs")) + QStringLiteral("?start_date=2025-12-01&end_date=") + today);
    QVERIFY(!recent.isEmpty());
    const QJsonObject entry = recent.first().toObject();
    const QString path = logsPath(QStringLiteral("weather_logs")) + QStringLiteral("/%1").arg(entry.value(QStringLiteral("id")).toInteger());
    const SandboxProcess::Reply patched = send("PATCH", path, {{QStringLiteral("weather_log"), QJsonObject{{QStringLiteral("sky"), QStringLiteral("Hail")}}}});
    QVERIFY2(patched.status == 200, patched.body.constData());
    QCOMPARE(patched.json().object().value(QStringLiteral("sky")).toString(), QStringLiteral("Hail"));
    QVERIFY(patched.json().object().value(QStringLiteral("updated_at")).toString() > entry.value(QStringLiteral("updated_at")).toString());
    QCOMPARE(send("PATCH", path, {{QStringLiteral("weather_log"), QJsonObject{{QStringLiteral("date"), QStringLiteral("tomorrow")}}}}).status, 422);
    QCOMPARE(send("PATCH", logsPath(QStringLiteral("weather_logs")) + QStringLiteral("/1"),
                  {{QStringLiteral("weather_log"), QJsonObject{{QStringLiteral("sky"), QStringLiteral("Hail")}}}}).status, 404);
}

// Procore's daily log bodies have no upload uuid: a file is an attachments[] part of the
// entry's update sent as multipart/form-data, next to any of the entry's own fields.
void TstDailyLogSandbox::filesAttachAsMultipartPartsAndAreServedBack()
{
    const QJsonArray notes = all(logsPath(QStringLiteral("notes_logs")) + QStringLiteral("?start_date=2025-12-01&end_date=") + today);
    QVERIFY(!notes.isEmpty());
    const qint64 id = notes.first().toObject().value(QStringLiteral("id")).toInteger();
    const QString path = logsPath(QStringLiteral("notes_logs")) + QStringLiteral("/%1").arg(id);
    const QByteArray photo("\xff\xd8\xff\xe0 not really a jpeg", 25);
    const QByteArray form = "--XyZ\r\nContent-Disposition: form-data; name=\"notes_log[comment]\"\r\n\r\nPour photos\r\n"
                            "--XyZ\r\nContent-Disposition: form-data; name=\"attachments[]\"; filename=\"Dalle coulée.jpg\"\r\n"
                            "Content-Type: image/jpeg\r\n\r\n" + photo + "\r\n--XyZ--\r\n";
    const SandboxProcess::Reply patched = sendRaw("PATCH", path, form, "multipart/form-data; boundary=XyZ");
    QVERIFY2(patched.status == 200, patched.body.constData());
    const QJsonObject entry = patched.json().object();
    QCOMPARE(entry.value(QStringLiteral("comment")).toString(), QStringLiteral("Pour photos"));
    const QJsonArray attachments = entry.value(QStringLiteral("attachments")).toArray();
    QCOMPARE(attachments.size(), 1);
    const QJsonObject attachment = attachments.first().toObject();
    QCOMPARE(attachment.value(QStringLiteral("name")).toString(), QStringLiteral("Dalle coulée.jpg"));
    QCOMPARE(attachment.value(QStringLiteral("content_type")).toString(), QStringLiteral("image/jpeg"));
    // Kept on the entry: the list serves it back, and its url serves the bytes with no token.
    bool listed = false;
    for (const QJsonValue &value : all(logsPath(QStringLiteral("notes_logs")) + QStringLiteral("?log_date=") + entry.value(QStringLiteral("date")).toString()))
        listed = listed || (value.toObject().value(QStringLiteral("id")).toInteger() == id
                            && value.toObject().value(QStringLiteral("attachments")).toArray().size() == 1);
    QVERIFY(listed);
    const QUrl url(attachment.value(QStringLiteral("url")).toString());
    const SandboxProcess::Reply bytes = m_server->get(url.path(QUrl::FullyEncoded));
    QCOMPARE(bytes.status, 200);
    QCOMPARE(bytes.body, photo);
    // A JSON body cannot set attachments, and an empty form is Procore's 400.
    QCOMPARE(send("PATCH", path, {{QStringLiteral("notes_log"), QJsonObject{{QStringLiteral("attachments"), QJsonArray{}}}}})
                 .json().object().value(QStringLiteral("attachments")).toArray().size(), 1);
    QCOMPARE(sendRaw("PATCH", path, "--XyZ--\r\n", "multipart/form-data; boundary=XyZ").status, 400);
}

void TstDailyLogSandbox::otherCompanyAndUnknownProjectAreRefused()
{
    QCOMPARE(m_server->get(logsPath(QStringLiteral("notes_logs"), 1), m_token, northwind).status, 404);
    const int status = m_server->get(logsPath(QStringLiteral("notes_logs")), m_token, 562949953422325).status;
    QVERIFY(status == 403 || status == 404);
    QCOMPARE(m_server->get(logsPath(QStringLiteral("notes_logs")), QString(), northwind).status, 401);
}

QTEST_GUILESS_MAIN(TstDailyLogSandbox)
#include "tst_dailylogsandbox.moc"
