#pragma once

#include <QDateTime>
#include <QString>

namespace sitedesk {

// One downloaded file as the FileStore's index knows it. `path` is relative to the store's
// folder, so a moved cache folder keeps working.
struct CachedFile
{
    QString key;            // "drawing_revision:562949955400001", "submittal_attachment:7" …
    QString path;           // relative to the FileStore's folder
    qint64 size = 0;
    QString sha256;         // hex
    QString contentType;
    bool pinned = false;    // kept offline; never evicted
    QDateTime fetchedAt;    // UTC
    QDateTime lastUsedAt;   // UTC, orders LRU eviction
};

} // namespace sitedesk
