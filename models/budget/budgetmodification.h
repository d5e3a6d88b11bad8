#pragma once

#include "core/money.h"

#include <QJsonObject>
#include <QString>
#include <optional>

namespace sitedesk {

// A transfer of budget between line items (GET /rest/v1.0/projects/{id}/budget_modifications).
// fromLineItemId is 0 when the modification adds to the grand total.
struct BudgetModification
{
    qint64 id = 0;
    qint64 projectId = 0;
    qint64 fromLineItemId = 0;
    qint64 toLineItemId = 0;
    Money amount;          // "transfer_amount", a decimal string in Procore
    QString notes;
    QString createdAt;     // ISO 8601 as sent
    QString updatedAt;
    QJsonObject raw;

    static std::optional<BudgetModification> fromJson(const QJsonObject &object, qint64 projectId, int decimals = 2);
};

} // namespace sitedesk
