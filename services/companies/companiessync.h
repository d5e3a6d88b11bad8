#pragma once

#include "sync/listsync.h"

namespace sitedesk {

// The companies the signed-in user can see (GET /rest/v1.0/companies).
class CompaniesSync final : public ListSync
{
    Q_OBJECT

public:
    using ListSync::ListSync;
    static QString name() { return QStringLiteral("companies"); }

protected:
    QString toolName() const override { return name(); }
    qint64 scopeId(const SyncContext &) const override { return 0; }
    ApiRequest request(const SyncContext &context) const override;
    StoreFunction store() const override { return &storeItems; }

private:
    static int storeItems(const SyncContext &context, const QJsonArray &items, QString *error);
};

} // namespace sitedesk
