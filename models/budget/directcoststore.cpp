#include "budget/directcoststore.h"

#include "cache/cachedatabase.h"
#include "cache/sqlerror.h"
#include "cache/transaction.h"

#include <QJsonDocument>

namespace sitedesk {

DirectCostStore::DirectCostStore(CacheDatabase &database)
    : m_database(database)
{
}

bool DirectCostStore::replaceForProject(qint64 projectId, const QList<DirectCost> &costs, QString *error)
{
    return write(projectId, costs, true, error);
}

bool DirectCostStore::merge(qint64 projectId, const QList<DirectCost> &changed, QString *error)
{
    return write(projectId, changed, false, error);
}

bool DirectCostStore::write(qint64 projectId, const QList<DirectCost> &costs, bool replace, QString *error)
{
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    if (!transaction.isActive())
        return sql::fail(error, QStringLiteral("starting to save direct costs"), transaction.errorText());
    if (replace) {
        QSqlQuery remove(db);
        remove.prepare(QStringLiteral("DELETE FROM direct_costs WHERE project_id = ?"));
        remove.addBindValue(projectId);
        if (!remove.exec())
            return sql::fail(error, QStringLiteral("replacing direct costs"), remove);
    }
    QSqlQuery insert(db);
    QSqlQuery remove(db);
    if (!insert.prepare(QStringLiteral("INSERT OR REPLACE INTO direct_costs (id, project_id, direct_cost_type, direct_cost_date,"
                                       " vendor, invoice_number, status, description, amount, currency, updated_at, raw)"
                                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
        || !remove.prepare(QStringLiteral("DELETE FROM direct_costs WHERE id = ?")))
        return sql::fail(error, QStringLiteral("preparing the direct cost statements"), insert);
    for (const DirectCost &cost : costs) {
        if (cost.deleted) {
            remove.bindValue(0, cost.id);
            if (!remove.exec())
                return sql::fail(error, QStringLiteral("removing direct cost %1").arg(cost.id), remove);
            continue;
        }
        insert.bindValue(0, cost.id);
        insert.bindValue(1, projectId);
        insert.bindValue(2, sql::text(cost.type));
        insert.bindValue(3, sql::text(cost.date));
        insert.bindValue(4, sql::text(cost.vendor));
        insert.bindValue(5, sql::text(cost.invoiceNumber));
        insert.bindValue(6, sql::text(cost.status));
        insert.bindValue(7, sql::text(cost.description));
        insert.bindValue(8, cost.amount.toDecimalString());
        insert.bindValue(9, sql::text(cost.currency));
        insert.bindValue(10, sql::text(cost.updatedAt));
        insert.bindValue(11, QString::fromUtf8(QJsonDocument(cost.raw).toJson(QJsonDocument::Compact)));
        if (!insert.exec())
            return sql::fail(error, QStringLiteral("saving direct cost %1").arg(cost.id), insert);
    }
    if (!transaction.commit())
        return sql::fail(error, QStringLiteral("saving direct costs"), transaction.errorText());
    m_database.notifyChanged({QStringLiteral("direct_costs")});
    return true;
}

QList<DirectCost> DirectCostStore::forProject(qint64 projectId) const
{
    QList<DirectCost> list;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, direct_cost_type, direct_cost_date, vendor, invoice_number, status, description,"
                                 " amount, currency, updated_at, raw FROM direct_costs WHERE project_id = ?"
                                 " ORDER BY direct_cost_date, id"));
    query.addBindValue(projectId);
    if (!query.exec())
        return list;
    while (query.next()) {
        DirectCost cost;
        cost.id = query.value(0).toLongLong();
        cost.projectId = projectId;
        cost.type = query.value(1).toString();
        cost.date = query.value(2).toString();
        cost.vendor = query.value(3).toString();
        cost.invoiceNumber = query.value(4).toString();
        cost.status = query.value(5).toString();
        cost.description = query.value(6).toString();
        cost.currency = query.value(8).toString();
        const int decimals = cost.currency.isEmpty() ? 2 : Money::decimalsFor(cost.currency);
        cost.amount = Money::parse(query.value(7).toString(), decimals).value_or(Money::fromMinor(0, decimals));
        cost.updatedAt = query.value(9).toString();
        cost.raw = QJsonDocument::fromJson(query.value(10).toByteArray()).object();
        list.append(cost);
    }
    return list;
}

} // namespace sitedesk
