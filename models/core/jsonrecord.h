#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QLatin1StringView>
#include <QVarLengthArray>

namespace sitedesk::json {

// One JSON object read from the bytes Procore sent, without building its tree: the members are
// found in one pass when first asked for, and only the values asked for are decoded, each as
// QJsonObject::value would give it. The records of a long list are read this way: a
// QJsonDocument of every page built every member of every record (a fifth of a first sync's
// CPU) for the twenty a record keeps. The bytes are expected to be one valid JSON object (the
// page was checked as a whole); anything else reads as an object without members.
class Record
{
public:
    Record() = default;
    explicit Record(QByteArray bytes) : m_bytes(std::move(bytes)) {}

    const QByteArray &bytes() const { return m_bytes; }
    // Undefined when absent; the last of duplicate keys, as QJsonDocument keeps.
    QJsonValue value(QLatin1StringView key) const;
    QJsonObject toObject() const;   // the whole record, parsed

private:
    struct Member
    {
        qsizetype key = 0;          // offset of the key's first character (after the quote)
        qsizetype keyLength = 0;
        qsizetype value = 0;        // offset and length of the value's text
        qsizetype valueLength = 0;
        bool keyEscaped = false;
    };
    void findMembers() const;

    QByteArray m_bytes;
    mutable QVarLengthArray<Member, 48> m_members;
    mutable bool m_membersFound = false;
};

// A record made from a Record gets no parsed tree: its bytes stand for it (keepBytesOnly).
inline QJsonObject parsedTree(const QJsonObject &object) { return object; }
inline QJsonObject parsedTree(const Record &) { return {}; }

} // namespace sitedesk::json
