#pragma once

#include "core/money.h"

#include <QJsonObject>
#include <QString>
#include <optional>

namespace sitedesk {

// A direct cost item (GET /rest/v1.1/projects/{id}/direct_costs): an invoice, expense or
// payroll charged to the project. `vendor` is a name in the list and an object in other
// endpoints; both are read.
struct DirectCost
{
    qint64 id = 0;
    qint64 projectId = 0;
    QString type;            // "invoice", "expense", "payroll"
    QString date;            // "direct_cost_date", YYYY-MM-DD
    QString vendor;
    QString invoiceNumber;
    QString status;
    QString description;
    Money amount;            // "grand_total", else "amount"
    QString currency;
    QString updatedAt;
    bool deleted = false;    // "deleted_at" set
    QJsonObject raw;

    static std::optional<DirectCost> fromJson(const QJsonObject &object, qint64 projectId, int fallbackDecimals = 2);
};

} // namespace sitedesk
