#pragma once

#include "sync/listsync.h"

namespace sitedesk {

// The company's projects (GET /rest/v1.0/projects?company_id=…), read in full every time:
// a few requests at the largest page size, and projects removed in Procore leave the cache.
class ProjectsSync final : public ListSync
{
    Q_OBJECT

public:
    using ListSync::ListSync;
    static QString name() { return QStringLiteral("projects"); }

protected:
    QString toolName() const override { return name(); }
    qint64 scopeId(const SyncContext &context) const override { return context.companyId; }
    ApiRequest request(const SyncContext &context) const override;
    StoreFunction store() const override { return &storeItems; }

private:
    static int storeItems(const SyncContext &context, const QJsonArray &items, QString *error);
};

} // namespace sitedesk
