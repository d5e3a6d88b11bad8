#include "budget/directcost.h"

#include "core/jsonfields.h"

namespace sitedesk {

std::optional<DirectCost> DirectCost::fromJson(const QJsonObject &object, qint64 projectId, int fallbackDecimals)
{
    const auto field = [&](const char *key) { return object.value(QLatin1String(key)); };
    DirectCost cost;
    cost.id = json::toId(field("id"));
    if (cost.id == 0)
        return std::nullopt;
    cost.projectId = projectId;
    cost.type = json::toText(field("direct_cost_type"));
    cost.date = json::toText(field("direct_cost_date"));
    cost.vendor = json::toText(field("vendor"));
    if (cost.vendor.isEmpty())
        cost.vendor = json::toText(field("vendor_name"));
    cost.invoiceNumber = json::toText(field("invoice_number"));
    cost.status = json::toText(field("status"));
    cost.description = json::toText(field("description"));
    cost.currency = json::toText(field("currency_configuration").toObject().value(QLatin1String("currency_iso_code"))).toUpper();
    const int decimals = cost.currency.isEmpty() ? fallbackDecimals : Money::decimalsFor(cost.currency);
    const QJsonValue total = field("grand_total");
    cost.amount = Money::fromJsonOrZero(total.isNull() || total.isUndefined() ? field("amount") : total, decimals);
    cost.updatedAt = json::toText(field("updated_at"));
    cost.deleted = !json::toText(field("deleted_at")).isEmpty();
    cost.raw = object;
    return cost;
}

} // namespace sitedesk
