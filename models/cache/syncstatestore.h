#pragma once

#include <QDateTime>
#include <QString>
#include <QVariantList>
#include <optional>

namespace sitedesk {

class CacheDatabase;

// One row per (scope, tool): when that tool last synced successfully for a project (or a
// company, for company-wide tools) and the `updated_at` watermark for the next incremental run.
struct SyncState
{
    qint64 scopeId = 0;        // project id; company id for company-scoped tools; 0 for global
    QString tool;              // "companies", "projects", later "drawings", "photos", …
    QDateTime lastSuccess;     // UTC
    QString watermark;         // ISO 8601 max(updated_at) seen, for filters[updated_at]
    QString lastError;         // user-facing text of the last failure, empty after a success
};

class SyncStateStore
{
public:
    explicit SyncStateStore(CacheDatabase &database);

    std::optional<SyncState> state(qint64 scopeId, const QString &tool) const;
    // Latest lastSuccess over the scope's tools (for "last synced …" in the status bar).
    std::optional<QDateTime> lastSuccess(qint64 scopeId) const;
    // Writes inside the caller's open transaction when there is one (then the caller
    // notifies "sync_state" after its commit). An empty watermark keeps the stored one.
    bool markSuccess(qint64 scopeId, const QString &tool, const QDateTime &when,
                     const QString &watermark);
    bool markFailure(qint64 scopeId, const QString &tool, const QString &error);

private:
    bool write(const QString &sql, const QVariantList &values);

    CacheDatabase &m_database;
};

} // namespace sitedesk
