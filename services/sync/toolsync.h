#pragma once

#include "api/apierror.h"

#include <QObject>
#include <QString>

namespace sitedesk {

class ApiClient;
class CacheDatabase;

struct SyncContext
{
    ApiClient *api = nullptr;
    CacheDatabase *cache = nullptr;
    qint64 companyId = 0;
    qint64 projectId = 0;
    // Also re-read what is otherwise re-read only now and then (fullread.h): the user asked
    // to check everything again.
    bool everything = false;
};

// One Procore tool's sync for one scope: fetches, parses, writes the cache in one transaction
// (a failure keeps the previous data), records sync_state. Emits finished() exactly once.
class ToolSync : public QObject
{
    Q_OBJECT

public:
    enum class Scope { Global, Company, Project };

    using QObject::QObject;

    virtual void start(const SyncContext &context) = 0;
    virtual void cancel() = 0;
    // Records written by the last run (for the summary and benchmarks).
    virtual int recordCount() const = 0;

signals:
    void progress(int done, int total);
    void finished(const sitedesk::ApiError &error);
};

} // namespace sitedesk
