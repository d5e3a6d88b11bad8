// listBodyItems: the records of a Procore list body as the exact bytes sent, which the cache
// stores. Whatever it cannot take apart must come back empty (the sync then writes the parsed
// record instead), never as wrongly cut records.
#include "api/listbody.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace sitedesk;

class TestListBody : public QObject
{
    Q_OBJECT

private slots:
    void bareArrayGivesEachRecordAsSent();
    void recordsWithTrickyStringsAreCutAtTheirEnds();
    void v2DataArrayIsFoundAmongOtherMembers();
    void emptyListsAndScalars();
    void malformedBodiesGiveNothing();
    void agreesWithTheParserOnABigPage();
};

void TestListBody::bareArrayGivesEachRecordAsSent()
{
    const QByteArray body = R"( [ {"id":562949953421312,"name":"Zürich"} ,
{"id": "562949953421313", "amount": 1.50, "extra": null}] )";
    const QList<QByteArray> items = listBodyItems(body);
    QCOMPARE(items.size(), 2);
    QCOMPARE(items.at(0), QByteArray(R"({"id":562949953421312,"name":"Zürich"})"));
    // Procore's own text, spacing and "1.50" included: nothing re-serialised.
    QCOMPARE(items.at(1), QByteArray(R"({"id": "562949953421313", "amount": 1.50, "extra": null})"));
}

void TestListBody::recordsWithTrickyStringsAreCutAtTheirEnds()
{
    const QByteArray body = R"([{"title":"A ] b } c [ { \"quoted\" \\","n":[1,[2,{"x":"]"}]]},{"id":2}])";
    const QList<QByteArray> items = listBodyItems(body);
    QCOMPARE(items.size(), 2);
    QCOMPARE(QJsonDocument::fromJson(items.at(0)).object().value(QStringLiteral("title")).toString(),
             QStringLiteral("A ] b } c [ { \"quoted\" \\"));
    QCOMPARE(items.at(1), QByteArray(R"({"id":2})"));
}

void TestListBody::v2DataArrayIsFoundAmongOtherMembers()
{
    const QByteArray body = R"({"meta":{"data":"not this","x":[1,2]},"data":[{"id":1},{"id":2,"data":[3]}],"links":{}})";
    const QList<QByteArray> items = listBodyItems(body);
    QCOMPARE(items.size(), 2);
    QCOMPARE(items.at(1), QByteArray(R"({"id":2,"data":[3]})"));
}

void TestListBody::emptyListsAndScalars()
{
    QVERIFY(listBodyItems("[]").isEmpty());
    QVERIFY(listBodyItems(R"({"data":[]})").isEmpty());
    QCOMPARE(listBodyItems("[1, true, null, \"x\"]"), (QList<QByteArray>{"1", "true", "null", "\"x\""}));
}

void TestListBody::malformedBodiesGiveNothing()
{
    for (const QByteArray &body : {QByteArray(R"([{"id":1},{"id":2)"), QByteArray(R"([{"id":1}] trailing)"),
                                   QByteArray(R"([{"id":"unterminated}])"), QByteArray(R"({"data":{"id":1}})"),
                                   QByteArray(R"({"error":"Not found"})"), QByteArray(), QByteArray("<html>")})
        QVERIFY2(listBodyItems(body).isEmpty(), body.constData());
}

void TestListBody::agreesWithTheParserOnABigPage()
{
    QJsonArray page;
    for (int i = 0; i < 1000; ++i)
        page.append(QJsonObject{{QStringLiteral("id"), 562949953421312LL + i},
                                {QStringLiteral("description"), QStringLiteral("Riß \"%1\" {[\\]}\n").arg(i)},
                                {QStringLiteral("tags"), QJsonArray{i, QStringLiteral("]")}}});
    const QByteArray body = QJsonDocument(page).toJson(QJsonDocument::Indented);
    const QList<QByteArray> items = listBodyItems(body);
    QCOMPARE(items.size(), page.size());
    for (int i = 0; i < page.size(); ++i)
        QCOMPARE(QJsonDocument::fromJson(items.at(i)).object(), page.at(i).toObject());
}

QTEST_GUILESS_MAIN(TestListBody)
#include "tst_listbody.moc"
