#pragma once

#include <QJsonObject>
#include <QString>
#include <optional>

namespace sitedesk {

// A configured budget view of a project (GET /rest/v1.0/budget_views?project_id=…): Procore's
// views are company templates, listed per project; `raw` is kept verbatim.
struct BudgetView
{
    qint64 id = 0;
    qint64 projectId = 0;
    QString name;
    QString description;
    QString role;        // "budgeting", "forecasting", "custom_reporting" …
    QString updatedAt;
    QJsonObject raw;

    // nullopt without a usable id.
    static std::optional<BudgetView> fromJson(const QJsonObject &object, qint64 projectId);
};

} // namespace sitedesk
