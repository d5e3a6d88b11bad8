#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

// Tolerant readers for Procore JSON. Real payloads carry 15-digit ids as numbers or strings,
// nulls where a value is optional, and the same field as a plain value in one endpoint and
// an object ({id, name}) in another. These readers accept every such shape and never throw.
namespace sitedesk::json {

// An id given as a JSON number or a decimal string; 0 when absent or unreadable.
qint64 toId(const QJsonValue &value);

// Text from a string, a number, a bool, or an object's "name" (then "title"); empty for null.
QString toText(const QJsonValue &value);

// true/false from a bool, a number (non-zero) or a string ("true", "1", "yes").
bool toBool(const QJsonValue &value, bool fallback = false);

// The id of a field that is either a plain id or an object with "id".
qint64 toNestedId(const QJsonValue &value);

} // namespace sitedesk::json
