#include "api/listbody.h"

namespace sitedesk {

namespace {

// A forward-only reader over JSON text that finds where values end; it trusts nothing and
// reports any surprise as failure (the parsed document has the final word on validity).
class Scanner
{
public:
    explicit Scanner(const QByteArray &text) : m_text(text.constData()), m_size(text.size()) {}

    bool atEnd() { skipSpace(); return m_at >= m_size; }
    qsizetype position() const { return m_at; }
    char peek() { skipSpace(); return m_at < m_size ? m_text[m_at] : '\0'; }
    bool take(char expected)
    {
        if (peek() != expected)
            return false;
        ++m_at;
        return true;
    }

    // Moves past one value (string, number, literal, object or array); false when malformed.
    bool skipValue()
    {
        const char first = peek();
        if (first == '"')
            return skipString();
        if (first == '{' || first == '[')
            return skipContainer();
        const qsizetype start = m_at;
        while (m_at < m_size && !isDelimiter(m_text[m_at]))
            ++m_at;
        return m_at > start;
    }

    // True when the next value is the string "data" (as written, without escapes).
    bool nextIsDataKey()
    {
        static constexpr char key[] = "\"data\"";
        const qsizetype length = sizeof(key) - 1;
        return peek() == '"' && m_size - m_at >= length && qstrncmp(m_text + m_at, key, length) == 0;
    }

private:
    static bool isDelimiter(char c) { return c == ',' || c == ']' || c == '}' || c == ' ' || c == '\n' || c == '\r' || c == '\t'; }

    void skipSpace()
    {
        while (m_at < m_size && (m_text[m_at] == ' ' || m_text[m_at] == '\n' || m_text[m_at] == '\r' || m_text[m_at] == '\t'))
            ++m_at;
    }

    bool skipString()
    {
        for (++m_at; m_at < m_size; ++m_at) {
            if (m_text[m_at] == '\\')
                ++m_at;
            else if (m_text[m_at] == '"')
                return ++m_at, true;
        }
        return false;
    }

    // Brackets are counted without telling { from [: a mismatch is the parser's to find.
    bool skipContainer()
    {
        int depth = 0;
        while (m_at < m_size) {
            const char c = m_text[m_at];
            if (c == '"') {
                if (!skipString())
                    return false;
                continue;
            }
            ++m_at;
            if (c == '{' || c == '[')
                ++depth;
            else if ((c == '}' || c == ']') && --depth == 0)
                return true;
        }
        return false;
    }

    const char *m_text;
    qsizetype m_size;
    qsizetype m_at = 0;
};

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
        const bool isData = scanner.nextIsDataKey();
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

} // namespace sitedesk
