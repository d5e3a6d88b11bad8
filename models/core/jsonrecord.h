#pragma once

#include "core/jsonfields.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QLatin1StringView>
#include <QVarLengthArray>

#include <optional>

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
    // A member that is an object, as a Record of its bytes as sent: its few members are read
    // without building it (a QJsonDocument per nested uploader or revision was a twentieth of a
    // first sync). Nothing when absent or not an object.
    std::optional<Record> object(QLatin1StringView key) const;
    // The same for the first element of a member that is an array.
    std::optional<Record> firstObjectIn(QLatin1StringView key) const;
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
    const Member *find(QLatin1StringView key) const;

    QByteArray m_bytes;
    mutable QVarLengthArray<Member, 48> m_members;
    mutable bool m_membersFound = false;
};

// A record made from a Record gets no parsed tree: its bytes stand for it (keepBytesOnly).
inline QJsonObject parsedTree(const QJsonObject &object) { return object; }
inline QJsonObject parsedTree(const Record &) { return {}; }

// A member that is an object, as the same kind of record; nothing when absent or not an object.
std::optional<QJsonObject> objectIn(const QJsonObject &object, QLatin1StringView key);
inline std::optional<Record> objectIn(const Record &record, QLatin1StringView key) { return record.object(key); }

// toText of a record as an object: its name, else its title.
QString toText(const Record &object);

// jsonfields.h's readers for a member that may be a plain value or an object ({id, name}), one
// overload per kind of record: each gives what toNestedId/toText give for object.value(key).
qint64 nestedId(const QJsonObject &object, QLatin1StringView key);
qint64 nestedId(const Record &record, QLatin1StringView key);
QString nestedText(const QJsonObject &object, QLatin1StringView key);
QString nestedText(const Record &record, QLatin1StringView key);

} // namespace sitedesk::json
