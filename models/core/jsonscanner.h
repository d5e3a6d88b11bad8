#pragma once

#include <QByteArray>

#include <cstring>

namespace sitedesk::json {

// A forward-only reader over JSON text that finds where values end without decoding them. It
// checks only what it needs to find those ends and reports any surprise as failure: validity
// is for QJsonDocument or listbody's checked reading to judge. Shared by the cutting of list
// bodies into records and by json::Record's search for a record's members.
class Scanner
{
public:
    Scanner(const char *text, qsizetype size) : m_text(text), m_size(size) {}
    explicit Scanner(const QByteArray &text) : Scanner(text.constData(), text.size()) {}

    qsizetype position() const { return m_at; }
    bool atEnd() { return peek() == '\0' && m_at >= m_size; }
    // The next character after white space; '\0' at the end.
    char peek()
    {
        while (m_at < m_size && isSpace(m_text[m_at]))
            ++m_at;
        return m_at < m_size ? m_text[m_at] : '\0';
    }
    bool take(char expected)
    {
        if (peek() != expected)
            return false;
        ++m_at;
        return true;
    }
    // True when the next value is exactly this string, quotes included ("\"data\""), as written.
    bool nextIs(const char *quoted)
    {
        const qsizetype length = qsizetype(std::strlen(quoted));
        return peek() == '"' && m_size - m_at >= length && std::memcmp(m_text + m_at, quoted, size_t(length)) == 0;
    }

    // At an opening quote: moves past the closing one, the first quote not escaped by an odd run
    // of backslashes (found with memchr: strings are most of a record's bytes). `escaped` tells
    // whether the string holds any escape.
    bool skipString(bool *escaped = nullptr)
    {
        const qsizetype first = m_at + 1;
        for (qsizetype from = first; from < m_size;) {
            const auto *found = static_cast<const char *>(std::memchr(m_text + from, '"', size_t(m_size - from)));
            if (!found)
                return false;
            const qsizetype quote = found - m_text;
            qsizetype backslashes = 0;
            while (quote - 1 - backslashes >= first && m_text[quote - 1 - backslashes] == '\\')
                ++backslashes;
            if (backslashes % 2 == 0) {
                if (escaped)
                    *escaped = std::memchr(m_text + first, '\\', size_t(quote - first)) != nullptr;
                m_at = quote + 1;
                return true;
            }
            from = quote + 1;
        }
        return false;
    }

    // Moves past one value (string, number, literal, object or array); false when cut short.
    // Brackets are counted without telling { from [: a mismatch is the parser's to find.
    bool skipValue()
    {
        const char first = peek();
        if (first == '"')
            return skipString();
        if (first != '{' && first != '[') {
            const qsizetype start = m_at;
            while (m_at < m_size && !isSpace(m_text[m_at]) && m_text[m_at] != ',' && m_text[m_at] != '}' && m_text[m_at] != ']')
                ++m_at;
            return m_at > start;
        }
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

private:
    static bool isSpace(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; }

    const char *m_text;
    qsizetype m_size;
    qsizetype m_at = 0;
};

} // namespace sitedesk::json
