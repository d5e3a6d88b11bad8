#include "core/money.h"

#include <QtNumeric>

#include <cmath>
#include <limits>

namespace sitedesk {

namespace {

constexpr int kMaxDecimals = 6;
constexpr qint64 kMax = std::numeric_limits<qint64>::max();
constexpr qint64 kMin = std::numeric_limits<qint64>::min();

qint64 powerOfTen(int exponent)
{
    qint64 value = 1;
    for (int i = 0; i < exponent; ++i)
        value *= 10;
    return value;
}

int clampDecimals(int decimals)
{
    return std::clamp(decimals, 0, kMaxDecimals);
}

qint64 saturatedAdd(qint64 a, qint64 b)
{
    qint64 sum = 0;
    if (qAddOverflow(a, b, &sum))
        return b > 0 ? kMax : kMin;
    return sum;
}

// The number's decimal digits (no sign, no point) and the power of ten they are scaled by:
// "-12.50e1" → digits "1250", exponent -1 (value 1250 × 10^-1), negative.
struct Decimal
{
    QString digits;
    int exponent = 0;
    bool negative = false;
};

std::optional<Decimal> splitDecimal(QStringView text)
{
    text = text.trimmed();
    Decimal decimal;
    qsizetype i = 0;
    if (i < text.size() && (text[i] == u'-' || text[i] == u'+'))
        decimal.negative = text[i++] == u'-';
    bool sawDigit = false;
    bool sawPoint = false;
    int fractionDigits = 0;
    for (; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c >= u'0' && c <= u'9') {
            decimal.digits += c;
            sawDigit = true;
            if (sawPoint)
                ++fractionDigits;
        } else if (c == u'.' && !sawPoint) {
            sawPoint = true;
        } else {
            break;
        }
    }
    if (!sawDigit)
        return std::nullopt;
    int exponent = 0;
    if (i < text.size() && (text[i] == u'e' || text[i] == u'E')) {
        bool ok = false;
        exponent = text.mid(i + 1).toInt(&ok);
        if (!ok || std::abs(exponent) > 400)
            return std::nullopt;
        i = text.size();
    }
    if (i != text.size())
        return std::nullopt;
    decimal.exponent = exponent - fractionDigits;
    // Leading zeros carry nothing; keep at least one digit.
    qsizetype firstNonZero = 0;
    while (firstNonZero + 1 < decimal.digits.size() && decimal.digits[firstNonZero] == u'0')
        ++firstNonZero;
    decimal.digits.remove(0, firstNonZero);
    return decimal;
}

// digits × 10^shift as an integer, rounded half away from zero when shift < 0.
std::optional<qint64> scaleDigits(const QString &digits, int shift)
{
    QString kept = digits;
    bool roundUp = false;
    if (shift < 0) {
        const qsizetype cut = digits.size() + shift;   // digits kept before the rounding digit
        if (cut < 0) {
            kept.clear();
        } else {
            roundUp = digits[cut] >= u'5';
            kept = digits.left(cut);
        }
    } else {
        if (digits != QLatin1String("0"))
            kept += QString(shift, u'0');
    }
    if (kept.isEmpty())
        kept = QStringLiteral("0");
    while (kept.size() > 1 && kept.front() == u'0')
        kept.remove(0, 1);
    if (kept.size() > 18)
        return std::nullopt;   // 19 digits may not fit in 63 bits; no budget needs them
    qint64 value = kept.toLongLong();
    if (roundUp)
        ++value;
    return value;
}

QString currencySymbolFor(const QLocale &locale, const QString &isoCode)
{
    if (isoCode.isEmpty())
        return {};
    if (locale.currencySymbol(QLocale::CurrencyIsoCode).compare(isoCode, Qt::CaseInsensitive) == 0)
        return locale.currencySymbol(QLocale::CurrencySymbol);
    return isoCode.toUpper();
}

// ASCII digits in the locale's own digits (most locales use ASCII; Arabic, Bengali … do not).
QString localDigits(const QLocale &locale, QString digits)
{
    const QString zero = locale.zeroDigit();
    if (zero == QLatin1String("0"))
        return digits;
    QString out;
    for (const QChar c : digits)
        out += locale.toString(c.digitValue());
    return out;
}

} // namespace

std::optional<Money> Money::parse(QStringView text, int decimals)
{
    decimals = clampDecimals(decimals);
    const std::optional<Decimal> decimal = splitDecimal(text);
    if (!decimal)
        return std::nullopt;
    const std::optional<qint64> minor = scaleDigits(decimal->digits, decimal->exponent + decimals);
    if (!minor)
        return std::nullopt;
    return Money(decimal->negative ? -*minor : *minor, decimals);
}

std::optional<Money> Money::fromJson(const QJsonValue &value, int decimals)
{
    decimals = clampDecimals(decimals);
    if (value.isString())
        return parse(value.toString(), decimals);
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    if (!std::isfinite(number))
        return std::nullopt;
    constexpr double exactLimit = 9007199254740992.0;   // 2^53: every integer below is a double
    if (std::trunc(number) == number && std::abs(number) < exactLimit) {
        const qint64 whole = qint64(number);
        qint64 minor = 0;
        if (qMulOverflow(whole, powerOfTen(decimals), &minor))
            return std::nullopt;
        return Money(minor, decimals);
    }
    return parse(QString::number(number, 'g', QLocale::FloatingPointShortest), decimals);
}

Money Money::fromJsonOrZero(const QJsonValue &value, int decimals)
{
    return fromJson(value, decimals).value_or(Money(0, clampDecimals(decimals)));
}

int Money::decimalsFor(const QString &currencyIsoCode)
{
    static const QStringList none{QStringLiteral("JPY"), QStringLiteral("KRW"), QStringLiteral("CLP"),
                                  QStringLiteral("ISK"), QStringLiteral("VND"), QStringLiteral("PYG"),
                                  QStringLiteral("UGX"), QStringLiteral("XAF"), QStringLiteral("XOF")};
    static const QStringList three{QStringLiteral("BHD"), QStringLiteral("KWD"), QStringLiteral("OMR"),
                                   QStringLiteral("JOD"), QStringLiteral("TND"), QStringLiteral("IQD"),
                                   QStringLiteral("LYD")};
    const QString code = currencyIsoCode.trimmed().toUpper();
    if (none.contains(code))
        return 0;
    if (three.contains(code))
        return 3;
    return 2;
}

QString Money::toDecimalString() const
{
    const qint64 scale = powerOfTen(m_decimals);
    // Work on the magnitude as unsigned so the most negative value prints too.
    const quint64 magnitude = m_minor < 0 ? quint64(0) - quint64(m_minor) : quint64(m_minor);
    QString text = QString::number(magnitude / quint64(scale));
    if (m_decimals > 0)
        text += QLatin1Char('.') + QStringLiteral("%1").arg(magnitude % quint64(scale), m_decimals, 10, QLatin1Char('0'));
    return m_minor < 0 ? QLatin1Char('-') + text : text;
}

QString Money::toString(const QLocale &locale, const QString &currencyIsoCode) const
{
    const qint64 scale = powerOfTen(m_decimals);
    const quint64 magnitude = m_minor < 0 ? quint64(0) - quint64(m_minor) : quint64(m_minor);
    QString number = locale.toString(qulonglong(magnitude / quint64(scale)));
    if (m_decimals > 0)
        number += locale.decimalPoint() + localDigits(locale, QStringLiteral("%1").arg(magnitude % quint64(scale), m_decimals, 10, QLatin1Char('0')));
    // The locale's own pattern (sign and symbol placement), taken from formatting ±1 and
    // swapping in the exact digits: no double ever holds the amount itself.
    const QString one = locale.toString(1.0, 'f', m_decimals);
    const double sample = m_minor < 0 ? -1.0 : 1.0;
    const QString symbol = currencySymbolFor(locale, currencyIsoCode);
    const QString pattern = symbol.isEmpty() ? locale.toString(sample, 'f', m_decimals)
                                             : locale.toCurrencyString(sample, symbol, m_decimals);
    const qsizetype at = pattern.lastIndexOf(one);
    if (at < 0)
        return (m_minor < 0 ? locale.negativeSign() : QString()) + number;
    return QString(pattern).replace(at, one.size(), number);
}

Money Money::rescaled(int decimals) const
{
    decimals = clampDecimals(decimals);
    if (decimals == m_decimals)
        return *this;
    if (decimals > m_decimals) {
        qint64 minor = 0;
        if (qMulOverflow(m_minor, powerOfTen(decimals - m_decimals), &minor))
            minor = m_minor < 0 ? kMin : kMax;
        return Money(minor, decimals);
    }
    const qint64 divisor = powerOfTen(m_decimals - decimals);
    qint64 quotient = m_minor / divisor;
    const qint64 remainder = m_minor % divisor;
    if (std::abs(remainder) * 2 >= divisor)
        quotient += m_minor < 0 ? -1 : 1;
    return Money(quotient, decimals);
}

Money Money::operator+(const Money &other) const
{
    const int decimals = std::max(m_decimals, other.m_decimals);
    return Money(saturatedAdd(rescaled(decimals).m_minor, other.rescaled(decimals).m_minor), decimals);
}

Money Money::operator-(const Money &other) const
{
    return *this + (-other);
}

Money Money::operator-() const
{
    return Money(m_minor == kMin ? kMax : -m_minor, m_decimals);
}

bool Money::operator==(const Money &other) const
{
    const int decimals = std::max(m_decimals, other.m_decimals);
    return rescaled(decimals).m_minor == other.rescaled(decimals).m_minor;
}

std::strong_ordering Money::operator<=>(const Money &other) const
{
    const int decimals = std::max(m_decimals, other.m_decimals);
    return rescaled(decimals).m_minor <=> other.rescaled(decimals).m_minor;
}

} // namespace sitedesk
