#include "api/listbody.h"

#include "core/jsonscanner.h"

#include <array>

namespace sitedesk {

namespace {

using json::Scanner;

QList<QByteArray> arrayItems(const QByteArray &body, Scanner &scanner)
{
    QList<QByteArray> items;
    if (!scanner.take('['))
        return {};
    if (scanner.take(']'))
        return items;
    do {
        scanner.peek();
        const qsizetype start = scanner.position();
        if (!scanner.skipValue())
            return {};
        items.append(body.sliced(start, scanner.position() - start));
    } while (scanner.take(','));
    return scanner.take(']') ? items : QList<QByteArray>{};
}

QList<QByteArray> dataItems(const QByteArray &body, Scanner &scanner)
{
    if (!scanner.take('{'))
        return {};
    do {
        const bool isData = scanner.nextIs("\"data\"");
        if (!scanner.skipValue() || !scanner.take(':'))
            return {};
        if (isData)
            return scanner.peek() == '[' ? arrayItems(body, scanner) : QList<QByteArray>{};
        if (!scanner.skipValue())
            return {};
    } while (scanner.take(','));
    return {};
}

} // namespace

QList<QByteArray> listBodyItems(const QByteArray &body)
{
    Scanner scanner(body);
    if (scanner.peek() != '[')
        return dataItems(body, scanner);
    const QList<QByteArray> items = arrayItems(body, scanner);
    return scanner.atEnd() ? items : QList<QByteArray>{};   // nothing may follow a bare list
}

namespace {

// A validating reader: every value is checked as RFC 8259 writes it, and the elements of the
// list's array are recorded as they pass. Stricter than QJsonDocument where the two differ (the
// caller falls back to it), never more lenient.
class Checker
{
public:
    explicit Checker(const QByteArray &text) : m_text(text.constData()), m_size(text.size()) {}

    std::optional<QList<QByteArray>> list(const QByteArray &body)
    {
        bool listed = false;
        if (peek() == '[') {
            listed = array(&body);
        } else if (take('{')) {
            listed = dataObject(body);
        }
        if (!listed || peek() != '\0' || m_at != m_size)
            return std::nullopt;
        return std::move(m_items);
    }

private:
    static constexpr int maxDepth = 1024;   // QJsonDocument's own limit

    char peek()
    {
        while (m_at < m_size && (m_text[m_at] == ' ' || m_text[m_at] == '\n' || m_text[m_at] == '\r' || m_text[m_at] == '\t'))
            ++m_at;
        return m_at < m_size ? m_text[m_at] : '\0';
    }
    bool take(char c)
    {
        if (peek() != c)
            return false;
        ++m_at;
        return true;
    }

    bool value()
    {
        switch (peek()) {
        case '"': return string();
        case '{': return object();
        case '[': return array(nullptr);
        case 't': return literal("true");
        case 'f': return literal("false");
        case 'n': return literal("null");
        default: return number();
        }
    }

    bool literal(const char *word)
    {
        const qsizetype length = qsizetype(qstrlen(word));
        if (m_size - m_at < length || qstrncmp(m_text + m_at, word, size_t(length)) != 0)
            return false;
        m_at += length;
        return true;
    }

    bool digits()
    {
        const qsizetype start = m_at;
        while (m_at < m_size && m_text[m_at] >= '0' && m_text[m_at] <= '9')
            ++m_at;
        return m_at > start;
    }

    // -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?, and a finite double unless a short integer:
    // QJsonDocument calls 1e999 an illegal number.
    bool number()
    {
        const qsizetype start = m_at;
        if (!numberText())
            return false;
        const qsizetype length = m_at - start;
        const QByteArray text = QByteArray::fromRawData(m_text + start, length);
        if (length <= 18 && !text.contains('.') && !text.contains('e') && !text.contains('E'))
            return true;
        bool ok = false;
        const double value = text.toDouble(&ok);
        return ok && qIsFinite(value);
    }

    bool numberText()
    {
        if (m_at < m_size && m_text[m_at] == '-')
            ++m_at;
        if (m_at < m_size && m_text[m_at] == '0')
            ++m_at;
        else if (!(m_at < m_size && m_text[m_at] >= '1' && m_text[m_at] <= '9') || !digits())
            return false;
        if (m_at < m_size && m_text[m_at] == '.' && (++m_at, !digits()))
            return false;
        if (m_at < m_size && (m_text[m_at] == 'e' || m_text[m_at] == 'E')) {
            ++m_at;
            if (m_at < m_size && (m_text[m_at] == '+' || m_text[m_at] == '-'))
                ++m_at;
            if (!digits())
                return false;
        }
        return true;
    }

    static bool isHex(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
    static bool isContinuation(uchar c) { return (c & 0xC0) == 0x80; }

    // One UTF-8 sequence of two to four bytes at m_at: no overlong forms, no surrogates, at most U+10FFFF.
    bool utf8Sequence()
    {
        const auto byte = [this](qsizetype k) { return m_at + k < m_size ? uchar(m_text[m_at + k]) : uchar(0); };
        const uchar lead = byte(0);
        int length = 0;
        uchar low = 0x80, high = 0xBF;   // the allowed range of the second byte
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            if (lead == 0xE0)
                low = 0xA0;
            else if (lead == 0xED)
                high = 0x9F;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            if (lead == 0xF0)
                low = 0x90;
            else if (lead == 0xF4)
                high = 0x8F;
        } else {
            return false;
        }
        if (byte(1) < low || byte(1) > high)
            return false;
        for (int k = 2; k < length; ++k)
            if (!isContinuation(byte(k)))
                return false;
        m_at += length;
        return true;
    }

    // Bytes a string holds as they are: not a quote, a backslash, a control character or a byte
    // of a UTF-8 sequence. Skipping a run of them by table is most of the check's time.
    static bool isPlain(uchar c)
    {
        static const auto table = [] {
            std::array<bool, 256> plain{};
            for (int c = 0x20; c < 0x80; ++c)
                plain[size_t(c)] = c != '"' && c != '\\';
            return plain;
        }();
        return table[c];
    }

    bool string()
    {
        ++m_at;   // the opening quote
        while (m_at < m_size) {
            while (m_at < m_size && isPlain(uchar(m_text[m_at])))
                ++m_at;
            if (m_at >= m_size)
                return false;
            const uchar c = uchar(m_text[m_at]);
            if (c == '"') {
                ++m_at;
                return true;
            }
            if (c < 0x20)
                return false;
            if (c >= 0x80) {
                if (!utf8Sequence())
                    return false;
                continue;
            }
            if (c == '\\' && !escape())
                return false;
            ++m_at;
        }
        return false;
    }

    // At a backslash; leaves m_at on the escape's last character.
    bool escape()
    {
        if (++m_at >= m_size)
            return false;
        switch (m_text[m_at]) {
        case '"': case '\\': case '/': case 'b': case 'f': case 'n': case 'r': case 't':
            return true;
        case 'u':
            if (m_size - m_at < 5)
                return false;
            for (int k = 1; k <= 4; ++k)
                if (!isHex(m_text[m_at + k]))
                    return false;
            m_at += 4;
            return true;
        default:
            return false;
        }
    }

    bool object()
    {
        if (++m_depth > maxDepth)
            return false;
        ++m_at;   // {
        if (take('}'))
            return --m_depth, true;
        do {
            if (peek() != '"' || !string() || !take(':') || !value())
                return false;
        } while (take(','));
        return take('}') && (--m_depth, true);
    }

    // With `body`, records each element's bytes: the list itself.
    bool array(const QByteArray *body)
    {
        if (++m_depth > maxDepth)
            return false;
        ++m_at;   // [
        if (take(']'))
            return --m_depth, true;
        do {
            const qsizetype start = (peek(), m_at);
            if (!value())
                return false;
            if (body)
                m_items.append(body->sliced(start, m_at - start));
        } while (take(','));
        return take(']') && (--m_depth, true);
    }

    // {"data": [...], ...} (v2.x): the one "data" member must be the list.
    bool dataObject(const QByteArray &body)
    {
        ++m_depth;
        bool found = false;
        if (take('}'))
            return false;
        do {
            if (peek() != '"')
                return false;
            const bool isData = m_size - m_at >= 6 && qstrncmp(m_text + m_at, "\"data\"", 6) == 0;
            if (!string() || !take(':'))
                return false;
            if (isData) {
                if (found || peek() != '[' || !array(&body))
                    return false;   // a second "data", or one that is no list: QJsonDocument decides
                found = true;
            } else if (!value()) {
                return false;
            }
        } while (take(','));
        return take('}') && found;
    }

    const char *m_text;
    qsizetype m_size;
    qsizetype m_at = 0;
    int m_depth = 0;
    QList<QByteArray> m_items;
};

} // namespace

std::optional<QList<QByteArray>> checkedListItems(const QByteArray &body)
{
    return Checker(body).list(body);
}

} // namespace sitedesk
