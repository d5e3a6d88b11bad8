#pragma once

#include "uploads/uploadentry.h"

#include <QList>
#include <QString>

#include <optional>

namespace sitedesk {

class CacheDatabase;

// The upload_queue table: every file upload the user started, oldest first, until the user
// clears it. Each write is its own transaction and announces "upload_queue".
class UploadStore
{
public:
    static QString table() { return QStringLiteral("upload_queue"); }

    explicit UploadStore(CacheDatabase &database);

    // Stores a new entry (createdAt defaults to now); its id, or 0 with *error set.
    qint64 add(UploadEntry entry, QString *error = nullptr);
    bool update(const UploadEntry &entry, QString *error = nullptr);
    bool remove(qint64 id, QString *error = nullptr);
    // Removes attached and cancelled entries (projectId 0 = every project).
    int removeFinished(qint64 projectId = 0);

    std::optional<UploadEntry> entry(qint64 id) const;
    QList<UploadEntry> entries(qint64 projectId = 0) const;
    // The newest unfinished entry for the same file and target, to resume instead of
    // starting over (the CLI run again after an interruption).
    std::optional<UploadEntry> unfinished(const QString &localPath, const QString &tool, qint64 targetId) const;

    // At start-up: entries left "uploading" by a crash or a quit go back to the queue.
    int recoverInterrupted();

    CacheDatabase &database() const { return m_database; }

private:
    bool write(const QString &sql, const QVariantList &values, QString *error, qint64 *insertedId = nullptr);

    CacheDatabase &m_database;
};

} // namespace sitedesk
