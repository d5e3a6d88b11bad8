#pragma once

#include <QByteArray>
#include <QList>

#include <optional>

namespace sitedesk {

// The records of a list body exactly as Procore sent them: the elements of a bare array (v1.x)
// or of the "data" array of an object (v2.x), each as its own bytes. The cache stores these
// instead of re-serialising every parsed record, which cost a tenth of a sync's CPU and could
// reformat what Procore wrote. Empty when the body is no such list or is malformed; callers
// check the count against the parsed document before trusting it.
QList<QByteArray> listBodyItems(const QByteArray &body);

// The same records, after checking in the same pass that the whole body is well-formed JSON
// (RFC 8259: strings of valid UTF-8 without raw control characters, numbers, literals, nesting),
// without building a tree: what lets a long list skip QJsonDocument. nullopt when the body is no
// such list or anything in it is not plainly valid; the caller then asks QJsonDocument, whose
// verdict (and error message) is final. It never accepts a body QJsonDocument rejects.
std::optional<QList<QByteArray>> checkedListItems(const QByteArray &body);

} // namespace sitedesk
