#pragma once

#include <QMap>
#include <QStringList>

namespace sitedesk {
class CacheDatabase;
}

// Every row of every data table of a cache as text, sorted per table: two caches holding the same
// Procore records compare equal, however and in whatever order their syncs stored them. Tables that
// record how a sync ran (sync state, outbox, coverage) are left out, and so are the parts of
// signed file URLs that change with the hour they were served in.
QMap<QString, QStringList> cacheContents(sitedesk::CacheDatabase &cache);

// Empty when equal; otherwise the first difference in words, for a test's failure message.
QString cacheDifference(const QMap<QString, QStringList> &expected, const QMap<QString, QStringList> &actual);
