// json::Record reads a record's fields straight from the bytes Procore sent. Every value it gives
// must be the one QJsonObject::value gives for the same bytes, and the records built from it
// (photos, drawings, revisions, Daily Log entries) must be the ones built from a parsed object.
#include "core/jsonrecord.h"
#include "dailylog/dailylogentry.h"
#include "drawings/drawingrecords.h"
#include "photos/photo.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace sitedesk;

class TestJsonRecord : public QObject
{
    Q_OBJECT

private slots:
    void everyValueIsTheParsersValue_data();
    void everyValueIsTheParsersValue();
    void absentKeysAndOddBytes();
    void nestedMembersReadAsTheParsersObjects();
    void recordsReadTheSameFromBytes();
};

namespace {

const QByteArray tricky = R"( {
  "id" : 562949953421312, "neg": -42, "real": 1.50, "exp": 2.5e-3, "big": 123456789012345678901234,
  "zero": -0, "one_point_zero": 1.0,
  "text": "Zürich \u00fc \"Süd\" \/ \\ \ud83d\ude00 ✓ 東京", "empty": "", "newline": "a\nb\tc\r\b\f",
  "lone": "\ud800x", "yes": true, "no": false, "nothing": null,
  "object": {"id": 7, "name": "Ó", "nested": {"deep": [1, {"x": "]}"}]}}, "list": [1, "two", null, {"k": []}],
  "emptyObject": {}, "emptyList": [],
  "dup": 1, "dup": 2, "esc\u0061ped": "key"
} )";

} // namespace

void TestJsonRecord::everyValueIsTheParsersValue_data()
{
    QTest::addColumn<QString>("key");
    const QJsonObject parsed = QJsonDocument::fromJson(tricky).object();
    QVERIFY(!parsed.isEmpty());
    for (const QString &key : parsed.keys())
        QTest::newRow(qPrintable(key)) << key;
}

void TestJsonRecord::everyValueIsTheParsersValue()
{
    QFETCH(QString, key);
    const QJsonObject parsed = QJsonDocument::fromJson(tricky).object();
    const json::Record record(tricky);
    const QByteArray latin1 = key.toLatin1();
    const QJsonValue fromBytes = record.value(QLatin1StringView(latin1));
    const QJsonValue expected = parsed.value(key);
    QCOMPARE(fromBytes.type(), expected.type());
    QCOMPARE(fromBytes, expected);
    if (expected.isDouble())   // 15-digit ids stay exact
        QCOMPARE(fromBytes.toInteger(-1), expected.toInteger(-1));
}

void TestJsonRecord::absentKeysAndOddBytes()
{
    const json::Record record(tricky);
    QVERIFY(record.value(QLatin1StringView("missing")).isUndefined());
    QVERIFY(record.value(QLatin1StringView("ID")).isUndefined());   // keys are exact
    QCOMPARE(record.toObject(), QJsonDocument::fromJson(tricky).object());
    // Not an object, empty, cut short: no members, no crash.
    for (const QByteArray &bytes : {QByteArray(), QByteArray("[1,2]"), QByteArray("{"), QByteArray(R"({"a":)"),
                                    QByteArray(R"({"a":"unterminated)"), QByteArray("42")})
        QVERIFY(json::Record(bytes).value(QLatin1StringView("a")).isUndefined());
    // Members before the damage are still found.
    QCOMPARE(json::Record(R"({"a": 1, "b": )").value(QLatin1StringView("a")), QJsonValue(1));
}

void TestJsonRecord::nestedMembersReadAsTheParsersObjects()
{
    const QByteArray bytes = R"({"plain": 562949953421312, "text": "12", "person": {"id": "562949953421313", "name": "Zoë"},
        "titled": {"id": 4, "name": "", "title": "Only a title"}, "nameless": {"id": 5}, "deepName": {"name": {"name": "inner"}},
        "sets": [ {"id": 6, "name": "IFC", "extra": [1, {"a": "}"}]}, {"id": 7}], "ids": [8, 9], "none": [], "nil": null,
        "dup": {"id": 1}, "dup": {"id": 2, "name": "last"}})";
    const QJsonObject parsed = QJsonDocument::fromJson(bytes).object();
    QVERIFY(!parsed.isEmpty());
    const json::Record record(bytes);
    QStringList keys = parsed.keys();
    keys << QStringLiteral("missing");
    for (const QString &key : keys) {
        const QByteArray latin1 = key.toLatin1();
        const QLatin1StringView name(latin1);
        QCOMPARE(json::nestedId(record, name), json::nestedId(parsed, name));
        QCOMPARE(json::nestedText(record, name), json::nestedText(parsed, name));
        const auto sub = json::objectIn(record, name);
        QCOMPARE(bool(sub), parsed.value(key).isObject());
        if (sub) {
            QCOMPARE(sub->toObject(), parsed.value(key).toObject());
            QCOMPARE(json::toText(*sub), json::toText(parsed.value(key)));
        }
    }
    QCOMPARE(json::nestedText(record, QLatin1String("titled")), QStringLiteral("Only a title"));
    QCOMPARE(json::nestedId(record, QLatin1String("person")), 562949953421313LL);
    // The first element of an array, when it is an object, with its bytes as sent.
    const auto first = record.firstObjectIn(QLatin1String("sets"));
    QVERIFY(first);
    QCOMPARE(first->bytes(), QByteArray(R"({"id": 6, "name": "IFC", "extra": [1, {"a": "}"}]})"));
    QVERIFY(!record.firstObjectIn(QLatin1String("ids")));
    QVERIFY(!record.firstObjectIn(QLatin1String("none")));
    QVERIFY(!record.firstObjectIn(QLatin1String("person")));
    QVERIFY(!record.object(QLatin1String("sets")));
}

void TestJsonRecord::recordsReadTheSameFromBytes()
{
    const QByteArray photo = R"({"id":"562949953421312","image_category_id":null,"image_category":{"id":44,"name":"Façade"},
        "filename":"IMG_1.jpg","description":"Stützmauer \"Nord\"","taken_at":"2024-03-01T08:15:00.000+01:00",
        "created_at":"2024-03-02T10:00:00Z","updated_at":"2024-03-02T10:00:00Z","uploader":{"id":9,"name":"Zoë"},
        "location":"Level 2","width":4032,"height":3024,"size":2048576,"private":"false","starred":1,"gps_lat":47.37,
        "gps_long":"8.54","url":"https://example.test/1.jpg","thumbnail_url":null,"unknown_extra":{"a":[1]}})";
    const auto fromObject = Photo::fromJson(QJsonDocument::fromJson(photo).object(), 5);
    const auto fromRecord = Photo::fromJson(json::Record(photo), 5);
    QVERIFY(fromObject && fromRecord);
    QCOMPARE(fromRecord->id, 562949953421312LL);
    QCOMPARE(fromRecord->albumId, fromObject->albumId);
    QCOMPARE(fromRecord->description, fromObject->description);
    QCOMPARE(fromRecord->takenAt, fromObject->takenAt);
    QCOMPARE(fromRecord->uploaderId, fromObject->uploaderId);
    QCOMPARE(fromRecord->uploaderName, QStringLiteral("Zoë"));
    QCOMPARE(fromRecord->gpsLat, fromObject->gpsLat);
    QCOMPARE(fromRecord->size, fromObject->size);
    QCOMPARE(fromRecord->starred, fromObject->starred);
    QVERIFY(fromRecord->raw.isEmpty());   // its bytes stand for it

    const QByteArray drawing = R"({"id":11,"drawing_area":{"id":3},"number":"A-101","title":"Grundriss EG","discipline":{"name":"Architektur"},
        "updated_at":"2024-01-01T00:00:00Z","current_revision":{"id":21,"revision_number":"B","drawing_sets":[{"id":4,"name":"Bauantrag"}],
        "pdf_url":"https://example.test/a.pdf","pdf_size":"1234567","current":true}})";
    const auto sheetFromObject = Drawing::fromJson(QJsonDocument::fromJson(drawing).object(), 5, 0);
    const auto sheetFromRecord = Drawing::fromJson(json::Record(drawing), 5, 0);
    QVERIFY(sheetFromObject && sheetFromRecord && sheetFromRecord->currentRevision);
    QCOMPARE(sheetFromRecord->areaId, qint64(3));
    QCOMPARE(sheetFromRecord->discipline, sheetFromObject->discipline);
    QCOMPARE(sheetFromRecord->currentRevisionId, qint64(21));
    QCOMPARE(sheetFromRecord->currentRevision->setName, QStringLiteral("Bauantrag"));
    QCOMPARE(sheetFromRecord->currentRevision->pdfSize, sheetFromObject->currentRevision->pdfSize);
    QCOMPARE(sheetFromRecord->currentRevision->setId, sheetFromObject->currentRevision->setId);
    // The current revision is stored as Procore sent it, not written out again.
    QCOMPARE(sheetFromRecord->currentRevision->rawJson, QByteArray(R"({"id":21,"revision_number":"B","drawing_sets":[{"id":4,"name":"Bauantrag"}],
        "pdf_url":"https://example.test/a.pdf","pdf_size":"1234567","current":true})"));

    const QByteArray revision = R"({"id":22,"drawing_id":11,"drawing_area_id":3,"number":"A-101","revision_number":"C",
        "drawing_set":{"id":5,"name":"Ausführung"},"deleted_at":"2024-05-01T00:00:00Z","updated_at":"2024-05-01T00:00:00Z"})";
    const auto revisionFromRecord = DrawingRevision::fromJson(json::Record(revision), 5);
    const auto revisionFromObject = DrawingRevision::fromJson(QJsonDocument::fromJson(revision).object(), 5);
    QVERIFY(revisionFromRecord && revisionFromObject);
    QCOMPARE(revisionFromRecord->setId, qint64(5));
    QCOMPARE(revisionFromRecord->setName, revisionFromObject->setName);
    QVERIFY(revisionFromRecord->deleted);

    const QByteArray manpower = R"({"id":31,"date":"2026-01-05","vendor":{"id":8,"name":"Müller AG"},"num_workers":"4",
        "num_hours":7.5,"notes":"Schalung  Achse 3","location":{"id":2,"name":"UG"},"created_by":{"name":"Ana"}})";
    const auto entryFromRecord = DailyLogEntry::fromJson(json::Record(manpower), QStringLiteral("manpower_logs"), 5);
    const auto entryFromObject = DailyLogEntry::fromJson(QJsonDocument::fromJson(manpower).object(), QStringLiteral("manpower_logs"), 5);
    QVERIFY(entryFromRecord && entryFromObject);
    QCOMPARE(entryFromRecord->date, QDate(2026, 1, 5));
    QCOMPARE(entryFromRecord->vendorId, qint64(8));
    QCOMPARE(entryFromRecord->hours, 30.0);
    QCOMPARE(entryFromRecord->summary, entryFromObject->summary);
    QCOMPARE(entryFromRecord->location, QStringLiteral("UG"));
    QCOMPARE(entryFromRecord->createdBy, QStringLiteral("Ana"));
    QCOMPARE(entryFromRecord->locationId, entryFromObject->locationId);
    QCOMPARE(entryFromRecord->vendor, entryFromObject->vendor);
    // A vendor sent as a plain name has no id, from bytes as from a parsed object.
    const QByteArray delivery = R"({"id":32,"date":"2026-01-06","delivery_from":"Bétons Laurentides","location":"Dach"})";
    const auto deliveryFromRecord = DailyLogEntry::fromJson(json::Record(delivery), QStringLiteral("delivery_logs"), 5);
    QVERIFY(deliveryFromRecord);
    QCOMPARE(deliveryFromRecord->vendor, QStringLiteral("Bétons Laurentides"));
    QCOMPARE(deliveryFromRecord->vendorId, qint64(0));
    QCOMPARE(deliveryFromRecord->location, QStringLiteral("Dach"));
}

QTEST_GUILESS_MAIN(TestJsonRecord)
#include "tst_jsonrecord.moc"
