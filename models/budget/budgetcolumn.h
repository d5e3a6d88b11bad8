#pragma once

#include <QJsonObject>
#include <QString>
#include <optional>

namespace sitedesk {

// One column of a budget view (GET /rest/v1.0/budget_views/{id}/budget_detail_columns). Its id
// (a slug such as "original_budget_amount", or a template column's number as text) is the key
// of its value in the view's detail rows. Amount columns are the aggregatable ones.
struct BudgetColumn
{
    // What a column means, for the chart and "over budget only"; read from Procore's slug or,
    // for template columns (numeric ids), from Procore's standard column names.
    enum class Kind {
        Other,
        OriginalBudget,
        BudgetModifications,
        ApprovedChanges,
        RevisedBudget,
        PendingBudgetChanges,
        ProjectedBudget,
        CommittedCosts,
        DirectCosts,
        PendingCostChanges,
        ProjectedCosts,
        ForecastToComplete,
        EstimatedCostAtCompletion,
        ProjectedOverUnder,
    };

    QString id;
    QString name;
    int position = 0;
    QString type;          // "standard", "source", "budget_forecast"
    bool aggregatable = false;
    bool groupable = false;
    Kind kind = Kind::Other;
    QJsonObject raw;

    bool isAmount() const { return aggregatable; }

    // nullopt without an id.
    static std::optional<BudgetColumn> fromJson(const QJsonObject &object);
    static Kind kindOf(const QString &id, const QString &name);
};

} // namespace sitedesk
