#include "budget/budgetmodification.h"

#include "core/jsonfields.h"

namespace sitedesk {

std::optional<BudgetModification> BudgetModification::fromJson(const QJsonObject &object, qint64 projectId, int decimals)
{
    BudgetModification modification;
    modification.id = json::toId(object.value(QLatin1String("id")));
    if (modification.id == 0)
        return std::nullopt;
    modification.projectId = projectId;
    const auto lineItem = [&](const char *key) {
        const QJsonValue value = object.value(QLatin1String(key));
        return value.isObject() ? json::toNestedId(value) : json::toId(value);
    };
    modification.fromLineItemId = lineItem("from_budget_line_item_id");
    modification.toLineItemId = lineItem("to_budget_line_item_id");
    modification.amount = Money::fromJsonOrZero(object.value(QLatin1String("transfer_amount")), decimals);
    modification.notes = json::toText(object.value(QLatin1String("notes")));
    modification.createdAt = json::toText(object.value(QLatin1String("created_at")));
    modification.updatedAt = json::toText(object.value(QLatin1String("updated_at")));
    modification.raw = object;
    return modification;
}

} // namespace sitedesk
