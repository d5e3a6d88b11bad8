#include "core/jsonrecord.h"

#include "core/jsonfields.h"
#include "core/jsonscanner.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cstring>

namespace sitedesk::json {

namespace {

int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// The text between a string's quotes, its escapes resolved (\uXXXX as the UTF-16 unit it
// names, as QJsonDocument reads it).
QString decodeString(const char *text, qsizetype size)
{
    if (!std::memchr(text, '\\', size_t(size)))
        return QString::fromUtf8(text, size);
    QString result;
    result.reserve(size);
    qsizetype runStart = 0;
    for (qsizetype i = 0; i < size; ++i) {
        if (text[i] != '\\')
            continue;
        result += QString::fromUtf8(text + runStart, i - runStart);
        if (++i >= size)
            break;
        switch (text[i]) {
        case 'b': result += QLatin1Char('\b'); break;
        case 'f': result += QLatin1Char('\f'); break;
        case 'n': result += QLatin1Char('\n'); break;
        case 'r': result += QLatin1Char('\r'); break;
        case 't': result += QLatin1Char('\t'); break;
        case 'u': {
            char16_t unit = 0;
            for (int k = 1; k <= 4 && i + k < size; ++k)
                unit = char16_t(unit * 16 + std::max(0, hexDigit(text[i + k])));
            result += QChar(unit);
            i += 4;
            break;
        }
        default: result += QLatin1Char(text[i]); break;   // \" \\ \/
        }
        runStart = i + 1;
    }
    if (runStart < size)
        result += QString::fromUtf8(text + runStart, size - runStart);
    return result;
}

// An integer that fits in 64 bits stays exact, as QJsonDocument keeps it; anything else is a double.
QJsonValue decodeNumber(const char *text, qsizetype size)
{
    const QByteArray number = QByteArray::fromRawData(text, size);
    bool ok = false;
    if (!number.contains('.') && !number.contains('e') && !number.contains('E')) {
        const qint64 integer = number.toLongLong(&ok);
        if (ok)
            return QJsonValue(integer);
    }
    const double real = number.toDouble(&ok);
    return ok ? QJsonValue(real) : QJsonValue(QJsonValue::Undefined);
}

QJsonValue decodeValue(const char *text, qsizetype size)
{
    if (size <= 0)
        return QJsonValue(QJsonValue::Undefined);
    switch (text[0]) {
    case '"':
        return size >= 2 ? QJsonValue(decodeString(text + 1, size - 2)) : QJsonValue(QJsonValue::Undefined);
    case '{':
        return QJsonDocument::fromJson(QByteArray::fromRawData(text, size)).object();
    case '[':
        return QJsonDocument::fromJson(QByteArray::fromRawData(text, size)).array();
    case 't':
        return true;
    case 'f':
        return false;
    case 'n':
        return QJsonValue(QJsonValue::Null);
    default:
        return decodeNumber(text, size);
    }
}

} // namespace

void Record::findMembers() const
{
    m_membersFound = true;
    Scanner scanner(m_bytes);
    if (!scanner.take('{') || scanner.take('}'))
        return;
    do {
        Member member;
        if (scanner.peek() != '"')
            break;
        member.key = scanner.position() + 1;
        if (!scanner.skipString(&member.keyEscaped))
            break;
        member.keyLength = scanner.position() - 1 - member.key;
        if (!scanner.take(':'))
            break;
        scanner.peek();
        member.value = scanner.position();
        if (!scanner.skipValue())
            break;
        member.valueLength = scanner.position() - member.value;
        m_members.append(member);
    } while (scanner.take(','));
}

const Record::Member *Record::find(QLatin1StringView key) const
{
    if (!m_membersFound)
        findMembers();
    const char *text = m_bytes.constData();
    for (qsizetype i = m_members.size() - 1; i >= 0; --i) {
        const Member &member = m_members.at(i);
        const bool same = member.keyEscaped
                              ? decodeString(text + member.key, member.keyLength) == key
                              : member.keyLength == key.size() && std::memcmp(text + member.key, key.data(), size_t(key.size())) == 0;
        if (same)
            return &member;
    }
    return nullptr;
}

QJsonValue Record::value(QLatin1StringView key) const
{
    const Member *member = find(key);
    return member ? decodeValue(m_bytes.constData() + member->value, member->valueLength) : QJsonValue(QJsonValue::Undefined);
}

std::optional<Record> Record::object(QLatin1StringView key) const
{
    const Member *member = find(key);
    if (!member || m_bytes.at(member->value) != '{')
        return std::nullopt;
    return Record(m_bytes.mid(member->value, member->valueLength));
}

std::optional<Record> Record::firstObjectIn(QLatin1StringView key) const
{
    const Member *member = find(key);
    if (!member || m_bytes.at(member->value) != '[')
        return std::nullopt;
    Scanner scanner(m_bytes.constData() + member->value, member->valueLength);
    scanner.take('[');
    if (scanner.peek() != '{')
        return std::nullopt;
    const qsizetype start = scanner.position();
    if (!scanner.skipValue())
        return std::nullopt;
    return Record(m_bytes.mid(member->value + start, scanner.position() - start));
}

QJsonObject Record::toObject() const
{
    return QJsonDocument::fromJson(m_bytes).object();
}

std::optional<QJsonObject> objectIn(const QJsonObject &object, QLatin1StringView key)
{
    const QJsonValue value = object.value(key);
    return value.isObject() ? std::optional<QJsonObject>(value.toObject()) : std::nullopt;
}

QString toText(const Record &object)
{
    const QString name = toText(object.value(QLatin1String("name")));
    return name.isEmpty() ? toText(object.value(QLatin1String("title"))) : name;
}

qint64 nestedId(const QJsonObject &object, QLatin1StringView key)
{
    return toNestedId(object.value(key));
}

qint64 nestedId(const Record &record, QLatin1StringView key)
{
    if (const auto object = record.object(key))
        return toId(object->value(QLatin1String("id")));
    return toNestedId(record.value(key));
}

QString nestedText(const QJsonObject &object, QLatin1StringView key)
{
    return toText(object.value(key));
}

QString nestedText(const Record &record, QLatin1StringView key)
{
    if (const auto object = record.object(key))
        return toText(*object);
    return toText(record.value(key));
}

} // namespace sitedesk::json
