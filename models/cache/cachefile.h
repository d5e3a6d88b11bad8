#pragma once

#include <QString>

namespace sitedesk {

// Checks an existing cache file before CacheDatabase opens it for writing, and moves a
// damaged one out of the way. Kept apart so that the checks never modify a file they judge.
class CacheFile final
{
public:
    enum class State {
        Healthy,    // an SQLite database this build can open and migrate
        TooNew,     // schema newer than this build knows
        Corrupt,    // not SQLite, truncated, or failing PRAGMA quick_check
        Unreadable  // cannot be read at all (permissions, I/O error): not ours to move
    };
    struct Probe
    {
        State state = State::Healthy;
        int version = 0;
        QString detail; // why it is not healthy, for the user-facing sentence
    };

    // Reads the header and PRAGMA user_version through a read-only connection, and with
    // `fullCheck` PRAGMA quick_check, which reads every page: ~0.6 s for a 300 MB cache in the
    // page cache, ~11 s from a cold disk. CacheDatabase asks for it after an unclean end.
    static Probe probe(const QString &filePath, int latestVersion, bool fullCheck = true);

    // Renames the file (and its -wal/-shm/-journal companions, which must not be replayed
    // into a fresh database) to "<file>.corrupt-<yyyyMMdd-HHmmss>".
    static bool moveAside(const QString &filePath, QString *movedTo, QString *error);
};

} // namespace sitedesk
