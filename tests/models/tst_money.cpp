// Money: exact parsing of every shape Procore sends, exact sums, locale formatting.
#include "core/money.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace sitedesk;

class TestMoney : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void parsesDecimalStrings_data();
    void parsesDecimalStrings();
    void rejectsWhatIsNotANumber();
    void jsonNumbersAreReadThroughTheirShortestDecimalText();
    void jsonNumberAndStringOfTheSameAmountAreEqual();
    void tenDimesMakeExactlyOneDollar();
    void sumOfManyCentsHasNoDrift();
    void roundsHalfAwayFromZeroToTheMinorUnit();
    void currencyMinorUnits();
    void overflowIsRejectedNotWrapped();
    void decimalStringRoundTrips();
    void formatsInTheLocaleWithCurrency();
    void negativeAmountsShowTheSign();
};

void TestMoney::parsesDecimalStrings_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<qint64>("minor");
    QTest::newRow("procore") << "10000.0" << 2 << qint64(1000000);
    QTest::newRow("cents") << "1234.56" << 2 << qint64(123456);
    QTest::newRow("negative") << "-17.25" << 2 << qint64(-1725);
    QTest::newRow("plus") << "+3" << 2 << qint64(300);
    QTest::newRow("leading point") << ".5" << 2 << qint64(50);
    QTest::newRow("trailing point") << "7." << 2 << qint64(700);
    QTest::newRow("spaces") << "  42.10 " << 2 << qint64(4210);
    QTest::newRow("exponent") << "1.5e3" << 2 << qint64(150000);
    QTest::newRow("negative exponent") << "12345E-2" << 2 << qint64(12345);
    QTest::newRow("yen") << "12000.0" << 0 << qint64(12000);
    QTest::newRow("dinar") << "1.234" << 3 << qint64(1234);
    QTest::newRow("long fraction") << "0.1000000000000000055511151231257827" << 2 << qint64(10);
    QTest::newRow("leading zeros") << "000123.40" << 2 << qint64(12340);
    QTest::newRow("big") << "92233720368547.75" << 2 << qint64(9223372036854775);
}

void TestMoney::parsesDecimalStrings()
{
    QFETCH(QString, text);
    QFETCH(int, decimals);
    QFETCH(qint64, minor);
    const auto money = Money::parse(text, decimals);
    QVERIFY2(money.has_value(), qPrintable(text));
    QCOMPARE(money->minorUnits(), minor);
    QCOMPARE(money->decimals(), decimals);
}

void TestMoney::rejectsWhatIsNotANumber()
{
    for (const char *text : {"", "abc", "1.2.3", "12a", "--1", "1e", "$12", "1,000.00", "."})
        QVERIFY2(!Money::parse(QString::fromLatin1(text)).has_value(), text);
    QVERIFY(!Money::fromJson(QJsonValue()).has_value());
    QVERIFY(!Money::fromJson(QJsonValue(true)).has_value());
    QVERIFY(!Money::fromJson(QJsonObject()).has_value());
    QCOMPARE(Money::fromJsonOrZero(QJsonValue()).minorUnits(), 0);
}

void TestMoney::jsonNumbersAreReadThroughTheirShortestDecimalText()
{
    // What Procore wrote as 1234.56 arrives as the nearest double; its shortest text is 1234.56.
    const QJsonDocument document = QJsonDocument::fromJson("[1234.56, 0.1, 315691.95, -0.29, 1e3, 10000, 4500.0, 0.015]");
    const QJsonArray values = document.array();
    const qint64 expected[] = {123456, 10, 31569195, -29, 100000, 1000000, 450000, 2};
    for (int i = 0; i < values.size(); ++i)
        QCOMPARE(Money::fromJson(values.at(i))->minorUnits(), expected[i]);
    // A naive double → cents conversion truncates: 0.29 * 100 == 28.999999999999996.
    QVERIFY(qint64(0.29 * 100) == 28);
    QCOMPARE(Money::fromJson(QJsonValue(0.29))->minorUnits(), 29);
}

void TestMoney::jsonNumberAndStringOfTheSameAmountAreEqual()
{
    const QJsonObject row = QJsonDocument::fromJson(R"({"a": 98765.43, "b": "98765.43", "c": "98765.430"})").object();
    const Money a = *Money::fromJson(row.value(QStringLiteral("a")));
    QCOMPARE(a, *Money::fromJson(row.value(QStringLiteral("b"))));
    QCOMPARE(a, *Money::fromJson(row.value(QStringLiteral("c"))));
}

void TestMoney::tenDimesMakeExactlyOneDollar()
{
    double floating = 0;
    Money exact;
    for (int i = 0; i < 10; ++i) {
        floating += 0.1;
        exact += *Money::fromJson(QJsonValue(0.1));
    }
    QVERIFY(floating != 1.0);   // the drift this type exists to avoid
    QCOMPARE(exact, Money::fromMinor(100));
    QCOMPARE(exact.toDecimalString(), QStringLiteral("1.00"));
}

void TestMoney::sumOfManyCentsHasNoDrift()
{
    double floating = 0;
    Money exact;
    for (int i = 0; i < 100000; ++i) {
        floating += 1234567.89;
        exact += *Money::parse(u"1234567.89");
    }
    QCOMPARE(exact.toDecimalString(), QStringLiteral("123456789000.00"));
    QVERIFY(QString::number(floating, 'f', 2) != exact.toDecimalString());
}

void TestMoney::roundsHalfAwayFromZeroToTheMinorUnit()
{
    QCOMPARE(Money::parse(u"0.005")->minorUnits(), 1);
    QCOMPARE(Money::parse(u"-0.005")->minorUnits(), -1);
    QCOMPARE(Money::parse(u"0.0049")->minorUnits(), 0);
    QCOMPARE(Money::parse(u"2.675")->minorUnits(), 268);   // the double 2.675 is below 2.675
    QCOMPARE(Money::parse(u"1234.5", 0)->minorUnits(), 1235);
    QCOMPARE(Money::parse(u"0.4", 0)->minorUnits(), 0);
    QCOMPARE(Money::fromMinor(12345, 2).rescaled(0).minorUnits(), 123);
    QCOMPARE(Money::fromMinor(-12350, 2).rescaled(0).minorUnits(), -124);
    QCOMPARE(Money::fromMinor(5, 0).rescaled(2).minorUnits(), 500);
}

void TestMoney::currencyMinorUnits()
{
    QCOMPARE(Money::decimalsFor(QStringLiteral("USD")), 2);
    QCOMPARE(Money::decimalsFor(QStringLiteral("chf")), 2);
    QCOMPARE(Money::decimalsFor(QStringLiteral("JPY")), 0);
    QCOMPARE(Money::decimalsFor(QStringLiteral("KWD")), 3);
    QCOMPARE(Money::fromJson(QJsonValue(QStringLiteral("12000.0")), 0)->toDecimalString(), QStringLiteral("12000"));
    // Mixed scales add in the finer one.
    QCOMPARE((Money::fromMinor(1, 0) + Money::fromMinor(5, 2)).toDecimalString(), QStringLiteral("1.05"));
}

void TestMoney::overflowIsRejectedNotWrapped()
{
    QVERIFY(!Money::parse(u"100000000000000000000").has_value());
    QVERIFY(!Money::parse(u"1e30").has_value());
    QVERIFY(!Money::fromJson(QJsonValue(1e300)).has_value());
    const Money max = Money::fromMinor(std::numeric_limits<qint64>::max());
    QCOMPARE((max + Money::fromMinor(1)).minorUnits(), std::numeric_limits<qint64>::max());
}

void TestMoney::decimalStringRoundTrips()
{
    for (const char *text : {"0.00", "-0.01", "1234567.89", "-9223372036854775.08"}) {
        const auto money = Money::parse(QString::fromLatin1(text));
        QVERIFY(money);
        QCOMPARE(money->toDecimalString(), QString::fromLatin1(text));
    }
}

void TestMoney::formatsInTheLocaleWithCurrency()
{
    const Money amount = *Money::parse(u"1234567.5");
    QCOMPARE(amount.toString(QLocale(QLocale::English, QLocale::UnitedStates), QStringLiteral("USD")), QStringLiteral("$1,234,567.50"));
    QCOMPARE(amount.toString(QLocale(QLocale::German, QLocale::Germany), QStringLiteral("EUR")), QStringLiteral("1.234.567,50\u00a0€"));
    QCOMPARE(amount.toString(QLocale(QLocale::German, QLocale::Switzerland), QStringLiteral("CHF")), QStringLiteral("1’234’567.50\u00a0CHF"));
    // A currency the locale does not use shows its ISO code.
    QVERIFY(amount.toString(QLocale(QLocale::English, QLocale::UnitedStates), QStringLiteral("CHF")).contains(QStringLiteral("CHF")));
    // Whole yen, no decimals.
    const Money yen = *Money::parse(u"12000.0", 0);
    QVERIFY(!yen.toString(QLocale(QLocale::Japanese, QLocale::Japan), QStringLiteral("JPY")).contains(QLatin1Char('.')));
    QVERIFY(yen.toString(QLocale(QLocale::Japanese, QLocale::Japan), QStringLiteral("JPY")).contains(QStringLiteral("12,000")));
    // Amounts beyond a double's 53 bits keep every digit.
    QCOMPARE(Money::fromMinor(9007199254740993, 2).toString(QLocale::c()), QStringLiteral("90071992547409.93"));
    QCOMPARE(Money::fromMinor(9007199254740993, 2).toString(QLocale(QLocale::English, QLocale::UnitedStates)), QStringLiteral("90,071,992,547,409.93"));
}

void TestMoney::negativeAmountsShowTheSign()
{
    const Money negative = *Money::parse(u"-254135.05");
    const QString german = negative.toString(QLocale(QLocale::German, QLocale::Germany), QStringLiteral("EUR"));
    QVERIFY2(german.startsWith(QLatin1Char('-')), qPrintable(german));
    QVERIFY(german.contains(QStringLiteral("254.135,05")));
    const QString us = negative.toString(QLocale(QLocale::English, QLocale::UnitedStates), QStringLiteral("USD"));
    QVERIFY2(us.contains(QLatin1Char('-')) || us.startsWith(QLatin1Char('(')), qPrintable(us));
    QCOMPARE(negative.toString(QLocale::c()), QStringLiteral("-254135.05"));
}

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
