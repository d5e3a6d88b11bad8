#pragma once

#include "budget/budgetcolumn.h"
#include "core/money.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace sitedesk {

// One detail row of a budget view (GET /rest/v1.0/budget_views/{id}/detail_rows, also the
// Budget Detail report's rows): a budget line item under its division (root cost code) and
// cost code, with one amount per amount column of the view. Tolerant of both shapes Procore
// uses: root_cost_code/cost_code as a name with *_id beside it, or as an object {id, name};
// the cost type as "category" or "cost_type"; amounts as numbers or decimal strings.
struct BudgetRow
{
    QString key;               // the row's id as text ("562949954200000", "budget_line_items-12")
    qint64 lineItemId = 0;
    qint64 divisionId = 0;
    QString division;          // "03 - Concrete"
    qint64 costCodeId = 0;
    QString costCode;          // "03-300 - Cast-in-Place Concrete"
    QString costType;          // "Labor"
    QString description;
    QString currency;          // ISO 4217, "" when the row does not say
    QHash<QString, Money> amounts;   // by column id; a column the row lacks counts as zero
    QJsonObject raw;

    Money amount(const QString &columnId) const;

    // nullopt for a row without an id. Amounts are read for the given columns only, in the
    // row's currency's minor unit (or `fallbackDecimals` when it names none).
    static std::optional<BudgetRow> fromJson(const QJsonObject &object, const QList<BudgetColumn> &columns,
                                             int fallbackDecimals = 2);
};

} // namespace sitedesk
