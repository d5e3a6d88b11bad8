#pragma once

#include <QCollator>
#include <QString>

namespace sitedesk {

// Orders text the way people number things: "B-9" before "B-10". Runs of digits compare by
// value, the text between them through the collator (locale order, case-insensitive).
// QCollator's own numeric mode is not used: Qt ignores it for the C locale and on builds
// without ICU, which is where tests and many CLI runs happen.
int naturalCompare(const QString &left, const QString &right, const QCollator &collator);

} // namespace sitedesk
