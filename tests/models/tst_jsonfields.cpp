#include "core/jsonfields.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTest>

using namespace sitedesk;

class TestJsonFields final : public QObject
{
    Q_OBJECT

private:
    static QJsonObject parse(const char *text)
    {
        return QJsonDocument::fromJson(QByteArray(text)).object();
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void parsesFifteenDigitIdsAsStringOrNumber()
    {
        const QJsonObject o = parse(R"({"a": 562949953421312, "b": "562949953421313",
                                        "c": 999999999999999, "d": " 123456789012345 ",
                                        "e": 9007199254740993})");
        QCOMPARE(json::toId(o["a"]), Q_INT64_C(562949953421312));
        QCOMPARE(json::toId(o["b"]), Q_INT64_C(562949953421313));
        QCOMPARE(json::toId(o["c"]), Q_INT64_C(999999999999999));
        QCOMPARE(json::toId(o["d"]), Q_INT64_C(123456789012345));
        // Beyond 2^53 a double would round; the integer path keeps it exact.
        QCOMPARE(json::toId(o["e"]), Q_INT64_C(9007199254740993));
    }

    void toIdRejectsFractionsNegativesAndGarbage()
    {
        const QJsonObject o = parse(R"({"f": 1.5, "n": -4, "s": "12abc", "e": "", "b": true,
                                        "o": {"id": 5}, "a": [1], "z": null, "big": 1e30})");
        for (const char *key : {"f", "n", "s", "e", "b", "o", "a", "z", "big", "missing"})
            QCOMPARE(json::toId(o[QLatin1String(key)]), qint64(0));
    }

    void nestedIdReadsPlainValueOrObject()
    {
        const QJsonObject o = parse(R"({"a": {"id": "562949953421312", "name": "x"}, "b": 42,
                                        "c": {"name": "no id"}, "d": null})");
        QCOMPARE(json::toNestedId(o["a"]), Q_INT64_C(562949953421312));
        QCOMPARE(json::toNestedId(o["b"]), qint64(42));
        QCOMPARE(json::toNestedId(o["c"]), qint64(0));
        QCOMPARE(json::toNestedId(o["d"]), qint64(0));
    }

    void toTextReadsStringNumberBoolAndObjectName()
    {
        const QJsonObject o = parse(R"({"s": "Zürich", "i": 562949953421312, "d": 2.5,
                                        "t": true, "f": false, "o": {"id": 1, "name": "Course of Construction"},
                                        "ot": {"id": 2, "name": null, "title": "Titled"},
                                        "z": null, "a": ["x"], "on": {"id": 3}})");
        QCOMPARE(json::toText(o["s"]), QStringLiteral("Zürich"));
        QCOMPARE(json::toText(o["i"]), QStringLiteral("562949953421312"));
        QCOMPARE(json::toText(o["d"]), QStringLiteral("2.5"));
        QCOMPARE(json::toText(o["t"]), QStringLiteral("true"));
        QCOMPARE(json::toText(o["f"]), QStringLiteral("false"));
        QCOMPARE(json::toText(o["o"]), QStringLiteral("Course of Construction"));
        QCOMPARE(json::toText(o["ot"]), QStringLiteral("Titled"));
        QVERIFY(json::toText(o["z"]).isEmpty());
        QVERIFY(json::toText(o["a"]).isEmpty());
        QVERIFY(json::toText(o["on"]).isEmpty());
        QVERIFY(json::toText(o["missing"]).isEmpty());
    }

    void toBoolReadsBoolNumberAndWords()
    {
        const QJsonObject o = parse(R"({"t": true, "f": false, "one": 1, "zero": 0,
                                        "yes": "Yes", "no": "no", "str1": "1", "strf": "false",
                                        "odd": "maybe", "z": null})");
        QVERIFY(json::toBool(o["t"]));
        QVERIFY(!json::toBool(o["f"], true));
        QVERIFY(json::toBool(o["one"]));
        QVERIFY(!json::toBool(o["zero"], true));
        QVERIFY(json::toBool(o["yes"]));
        QVERIFY(!json::toBool(o["no"], true));
        QVERIFY(json::toBool(o["str1"]));
        QVERIFY(!json::toBool(o["strf"], true));
        QVERIFY(json::toBool(o["odd"], true));
        QVERIFY(!json::toBool(o["odd"], false));
        QVERIFY(json::toBool(o["z"], true));
        QVERIFY(!json::toBool(o["missing"]));
    }
};

QTEST_GUILESS_MAIN(TestJsonFields)
#include "tst_jsonfields.moc"
