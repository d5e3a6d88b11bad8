#include "budget/budgetrow.h"

#include "core/jsonfields.h"

namespace sitedesk {

namespace {

QJsonValue field(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key));
}

// "cost_code": "01-100 - Summary" with "cost_code_id" beside it, or {id, name}.
void readCode(const QJsonObject &object, const char *nameKey, const char *idKey, qint64 *id, QString *name)
{
    const QJsonValue value = field(object, nameKey);
    *name = json::toText(value);
    *id = value.isObject() ? json::toNestedId(value) : json::toId(field(object, idKey));
}

} // namespace

Money BudgetRow::amount(const QString &columnId) const
{
    const auto it = amounts.constFind(columnId);
    if (it != amounts.constEnd())
        return *it;
    const int decimals = currency.isEmpty() ? 2 : Money::decimalsFor(currency);
    return Money::fromMinor(0, decimals);
}

std::optional<BudgetRow> BudgetRow::fromJson(const QJsonObject &object, const QList<BudgetColumn> &columns,
                                             int fallbackDecimals)
{
    BudgetRow row;
    row.key = json::toText(field(object, "id"));
    if (row.key.isEmpty())
        return std::nullopt;
    row.lineItemId = json::toId(field(object, "id"));
    if (row.lineItemId == 0) {
        // "budget_line_items-12345" in the Budget Detail report.
        const qsizetype dash = row.key.lastIndexOf(QLatin1Char('-'));
        if (row.key.startsWith(QLatin1String("budget_line_items")) && dash > 0)
            row.lineItemId = row.key.mid(dash + 1).toLongLong();
    }
    readCode(object, "root_cost_code", "root_cost_code_id", &row.divisionId, &row.division);
    readCode(object, "cost_code", "cost_code_id", &row.costCodeId, &row.costCode);
    row.costType = json::toText(field(object, "category"));
    if (row.costType.isEmpty())
        row.costType = json::toText(field(object, "cost_type"));
    row.description = json::toText(field(object, "description"));
    row.currency = json::toText(field(object, "currency_configuration").toObject().value(QLatin1String("currency_iso_code"))).toUpper();
    const int decimals = row.currency.isEmpty() ? fallbackDecimals : Money::decimalsFor(row.currency);
    for (const BudgetColumn &column : columns) {
        if (!column.isAmount())
            continue;
        QJsonValue value = object.value(column.id);
        if (value.isObject())   // budget_forecast {amount, …}
            value = value.toObject().value(QLatin1String("amount"));
        row.amounts.insert(column.id, Money::fromJsonOrZero(value, decimals));
    }
    row.raw = object;
    return row;
}

} // namespace sitedesk
