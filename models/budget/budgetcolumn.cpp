#include "budget/budgetcolumn.h"

#include "core/jsonfields.h"

#include <QHash>

namespace sitedesk {

namespace {

// Procore's slugs and English column names, folded to lower case letters only.
QString folded(const QString &text)
{
    QString out;
    for (const QChar c : text)
        if (c.isLetter())
            out += c.toLower();
    return out;
}

} // namespace

BudgetColumn::Kind BudgetColumn::kindOf(const QString &id, const QString &name)
{
    static const QHash<QString, Kind> known{
        {QStringLiteral("originalbudgetamount"), Kind::OriginalBudget},
        {QStringLiteral("originalbudget"), Kind::OriginalBudget},
        {QStringLiteral("budgetmodifications"), Kind::BudgetModifications},
        {QStringLiteral("approvedcos"), Kind::ApprovedChanges},
        {QStringLiteral("approvedchangeorders"), Kind::ApprovedChanges},
        {QStringLiteral("approvedbudgetchanges"), Kind::ApprovedChanges},
        {QStringLiteral("revisedbudget"), Kind::RevisedBudget},
        {QStringLiteral("pendingbudgetchanges"), Kind::PendingBudgetChanges},
        {QStringLiteral("projectedbudget"), Kind::ProjectedBudget},
        {QStringLiteral("committedcosts"), Kind::CommittedCosts},
        {QStringLiteral("directcosts"), Kind::DirectCosts},
        {QStringLiteral("pendingcostchanges"), Kind::PendingCostChanges},
        {QStringLiteral("projectedcosts"), Kind::ProjectedCosts},
        {QStringLiteral("forecasttocomplete"), Kind::ForecastToComplete},
        {QStringLiteral("estimatedcostatcompletion"), Kind::EstimatedCostAtCompletion},
        {QStringLiteral("projectedoverunder"), Kind::ProjectedOverUnder},
    };
    const auto bySlug = known.constFind(folded(id));
    if (bySlug != known.constEnd())
        return *bySlug;
    return known.value(folded(name), Kind::Other);
}

std::optional<BudgetColumn> BudgetColumn::fromJson(const QJsonObject &object)
{
    BudgetColumn column;
    column.id = json::toText(object.value(QLatin1String("id")));
    if (column.id.isEmpty())
        return std::nullopt;
    column.name = json::toText(object.value(QLatin1String("name")));
    column.position = object.value(QLatin1String("position")).toInt();
    column.type = json::toText(object.value(QLatin1String("type")));
    column.aggregatable = json::toBool(object.value(QLatin1String("aggregatable")));
    column.groupable = json::toBool(object.value(QLatin1String("groupable")));
    column.kind = kindOf(column.id, column.name);
    column.raw = object;
    return column;
}

} // namespace sitedesk
