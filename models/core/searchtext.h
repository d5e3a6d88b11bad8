#pragma once

#include <QString>
#include <QStringList>

// Text matching for pickers and search boxes: case- and accent-insensitive ("zurich" finds
// "Zürich"), every typed word must occur somewhere, in any order.
namespace sitedesk::search {

// Lower-cased (case folded) text without diacritics; ß → ss, æ → ae, ø → o and the like.
QString fold(const QString &text);

// The folded words of what the user typed; empty when there is nothing to match.
QStringList words(const QString &typed);

// Whether every word occurs in `foldedText` (a string already passed through fold()).
bool matchesAll(const QString &foldedText, const QStringList &foldedWords);

} // namespace sitedesk::search
