#include "budget/budgetview.h"

#include "core/jsonfields.h"

namespace sitedesk {

std::optional<BudgetView> BudgetView::fromJson(const QJsonObject &object, qint64 projectId)
{
    BudgetView view;
    view.id = json::toId(object.value(QLatin1String("id")));
    if (view.id == 0)
        return std::nullopt;
    view.projectId = projectId;
    view.name = json::toText(object.value(QLatin1String("name")));
    view.description = json::toText(object.value(QLatin1String("description")));
    view.role = json::toText(object.value(QLatin1String("role")));
    view.updatedAt = json::toText(object.value(QLatin1String("updated_at")));
    view.raw = object;
    return view;
}

} // namespace sitedesk
