#pragma once

#include <QJsonValue>
#include <QLocale>
#include <QString>
#include <QStringView>

#include <compare>
#include <optional>

namespace sitedesk {

// An exact amount of money: a signed 64-bit count of the currency's minor units (cents, or
// whole yen) and the number of decimals those units stand for. Never a binary floating point
// value, so sums of any number of amounts are exact to the unit.
//
// Parsing (fromJson/parse) follows one rule for every shape Procore sends:
//   - decimal strings ("10000.0", "-1234.56", "1.5e3") are read digit by digit;
//   - JSON numbers arrive from QJsonValue as doubles: an integral double below 2^53 is taken as
//     is; any other double is first turned into its shortest round-trip decimal text
//     (QLocale::FloatingPointShortest: 0.1 → "0.1", not 0.1000000000000000055…) and that text
//     is parsed as above. What Procore wrote as 1234.56 is therefore exactly 123456 cents.
//   - digits beyond the currency's minor unit are rounded half away from zero (commercial
//     rounding: "0.005" USD → 0.01, "-0.005" → -0.01).
// Amounts whose minor units do not fit in 63 bits (±92 trillion dollars) are rejected.
class Money
{
public:
    constexpr Money() = default;
    static constexpr Money fromMinor(qint64 minorUnits, int decimals = 2) { return Money(minorUnits, decimals); }

    // nullopt for null/undefined, for text that is not a decimal number, and on overflow.
    static std::optional<Money> fromJson(const QJsonValue &value, int decimals = 2);
    static std::optional<Money> parse(QStringView text, int decimals = 2);
    // fromJson(), with zero for anything unreadable (a missing amount counts as nothing).
    static Money fromJsonOrZero(const QJsonValue &value, int decimals = 2);

    // ISO 4217 minor unit digits: 0 for JPY, KRW, CLP …; 3 for BHD, KWD …; 2 otherwise.
    static int decimalsFor(const QString &currencyIsoCode);

    qint64 minorUnits() const { return m_minor; }
    int decimals() const { return m_decimals; }
    bool isZero() const { return m_minor == 0; }
    bool isNegative() const { return m_minor < 0; }

    // Plain C-locale text with exactly decimals() digits: "-1234.50". For CSV, TSV, SQL, JSON.
    QString toDecimalString() const;
    // For people: the locale's digits, group and decimal separators, negative sign and currency
    // pattern; the currency's own symbol when the locale uses that currency, else its ISO code
    // ("CHF 1’234.50", "-1 234,50 €", "¥12,000"). No currency code: the number alone.
    QString toString(const QLocale &locale, const QString &currencyIsoCode = {}) const;

    // Arithmetic in the finer of the two scales; saturates instead of wrapping on overflow.
    Money operator+(const Money &other) const;
    Money operator-(const Money &other) const;
    Money operator-() const;
    Money &operator+=(const Money &other) { return *this = *this + other; }
    Money &operator-=(const Money &other) { return *this = *this - other; }

    bool operator==(const Money &other) const;
    std::strong_ordering operator<=>(const Money &other) const;

    // The same amount in another number of decimals (rounded half away from zero when fewer).
    Money rescaled(int decimals) const;

private:
    constexpr Money(qint64 minor, int decimals) : m_minor(minor), m_decimals(decimals) {}

    qint64 m_minor = 0;
    int m_decimals = 2;
};

} // namespace sitedesk
