// listBodyItems: the records of a Procore list body as the exact bytes sent, which the cache
// stores. Whatever it cannot take apart must come back empty (the sync then writes the parsed
// record instead), never as wrongly cut records. checkedListItems: the same records after
// checking the whole body, which lets a streamed list skip QJsonDocument: it must never accept
// a body QJsonDocument rejects.
#include "api/listbody.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
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
    void checkedListsAreTheSameRecords();
    void checkedListRefusesWhatIsNotPlainJson();
    void checkedListNeverAcceptsWhatTheParserRejects();
};

namespace {

// A page as Procore writes them: 15-digit ids, nulls, non-ASCII and escaped text, nesting.
QByteArray samplePage()
{
    return QByteArray(R"([
  {"id": 562949953421312, "filename": "Zürich \u00fc \"Süd\" \/ \\ \ud83d\ude00 ✓", "size": 1.5e3,
   "uploader": {"id": 5, "name": "Łukasz Ó"}, "taken_at": null, "private": false, "tags": [], "n": -0.25},
  {"id":"562949953421313","description":"line\nbreak\ttab","location":{"id":1,"name":"東京","parts":[1,[2,{"x":"]}"}]]},"starred":true},
  {}
])");
}

} // namespace

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

void TestListBody::checkedListsAreTheSameRecords()
{
    const QByteArray v2 = R"({"meta":{"data":"not this"},"data":[{"id":1},{"id":2,"data":[3]}],"links":{}})";
    for (const QByteArray &body : {samplePage(), v2, QByteArray("[]"), QByteArray(" {\"data\" : [ ] } "), QByteArray("[1, true, null, \"x\"]")}) {
        const std::optional<QList<QByteArray>> checked = checkedListItems(body);
        QVERIFY2(checked.has_value(), body.constData());
        QCOMPARE(*checked, listBodyItems(body));
    }
    QCOMPARE(checkedListItems(samplePage())->size(), 3);
}

void TestListBody::checkedListRefusesWhatIsNotPlainJson()
{
    const QList<QByteArray> bodies{
        R"([{"id":1},{"id":2)", R"([{"id":1}] trailing)", R"([{"id":"unterminated}])", R"({"data":{"id":1}})",
        R"({"error":"Not found"})", "", "<html>", "[01]", "[1.]", "[.5]", "[1e]", "[-]", "[+1]", "[tru]", "[nul]",
        R"(["\x"])", R"(["\u12G4"])", "[\"tab\there\"]", "[\"\xC3\x28\"]", "[\"\xED\xA0\x80\"]",
        "[\"\xF8\x88\x80\x80\x80\"]", "[\"\xC0\xAF\"]", "[1,]", "[,1]", R"([{"a" 1}])", R"([{"a":1,}])",
        R"([{1:2}])", R"({"data":[1],"data":[2]})", QByteArray("[1]\0", 4), "[[[[]]]"};
    for (const QByteArray &body : bodies)
        QVERIFY2(!checkedListItems(body).has_value(), body.constData());
    // Deeper than QJsonDocument goes.
    QVERIFY(!checkedListItems(QByteArray(1100, '[') + QByteArray(1100, ']')).has_value());
}

// Thousands of random damages to a real-looking page: whatever the check accepts, QJsonDocument
// accepts too, with the same records.
void TestListBody::checkedListNeverAcceptsWhatTheParserRejects()
{
    QRandomGenerator random(20261129);
    const QByteArray page = samplePage();
    const QByteArray specials = "\"\\{}[],:0123456789.eE+-tfnu \n\x01\x7f\xc3\xa9\xed\xff";
    int accepted = 0;
    for (int round = 0; round < 20000; ++round) {
        QByteArray body = page;
        const int edits = 1 + int(random.bounded(3));
        for (int e = 0; e < edits && !body.isEmpty(); ++e) {
            const int at = int(random.bounded(int(body.size())));
            switch (random.bounded(4)) {
            case 0: body[at] = specials.at(int(random.bounded(int(specials.size())))); break;
            case 1: body.insert(at, specials.at(int(random.bounded(int(specials.size()))))); break;
            case 2: body.remove(at, 1 + int(random.bounded(3))); break;
            default: body.truncate(at); break;
            }
        }
        const std::optional<QList<QByteArray>> checked = checkedListItems(body);
        if (!checked)
            continue;
        ++accepted;
        QJsonParseError error{};
        const QJsonDocument document = QJsonDocument::fromJson(body, &error);
        QVERIFY2(error.error == QJsonParseError::NoError,
                 qPrintable(QStringLiteral("%1 at %2 of: %3").arg(error.errorString()).arg(error.offset).arg(QString::fromUtf8(body))));
        QVERIFY2(document.isArray(), body.constData());
        QCOMPARE(checked->size(), document.array().size());
        QCOMPARE(*checked, listBodyItems(body));
    }
    QVERIFY(accepted > 100);   // the damages leave enough valid bodies to compare
}

QTEST_GUILESS_MAIN(TestListBody)
#include "tst_listbody.moc"
