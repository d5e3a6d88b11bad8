#include "budget/budgetmodificationstore.h"

#include "cache/cachedatabase.h"
#include "cache/sqlerror.h"
#include "cache/transaction.h"

#include <QJsonDocument>

namespace sitedesk {

BudgetModificationStore::BudgetModificationStore(CacheDatabase &database)
    : m_database(database)
{
}

bool BudgetModificationStore::replaceForProject(qint64 projectId, const QList<BudgetModification> &modifications, QString *error)
{
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    if (!transaction.isActive())
        return sql::fail(error, QStringLiteral("starting to save budget modifications"), transaction.errorText());
    QSqlQuery remove(db);
    remove.prepare(QStringLiteral("DELETE FROM budget_modifications WHERE project_id = ?"));
    remove.addBindValue(projectId);
    if (!remove.exec())
        return sql::fail(error, QStringLiteral("replacing budget modifications"), remove);
    QSqlQuery query(db);
    if (!query.prepare(QStringLiteral("INSERT OR REPLACE INTO budget_modifications (id, project_id, from_line_item_id,"
                                      " to_line_item_id, amount, notes, created_at, updated_at, raw)"
                                      " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")))
        return sql::fail(error, QStringLiteral("preparing the budget modification insert"), query);
    for (const BudgetModification &m : modifications) {
        query.bindValue(0, m.id);
        query.bindValue(1, projectId);
        query.bindValue(2, m.fromLineItemId);
        query.bindValue(3, m.toLineItemId);
        query.bindValue(4, m.amount.toDecimalString());
        query.bindValue(5, sql::text(m.notes));
        query.bindValue(6, sql::text(m.createdAt));
        query.bindValue(7, sql::text(m.updatedAt));
        query.bindValue(8, QString::fromUtf8(QJsonDocument(m.raw).toJson(QJsonDocument::Compact)));
        if (!query.exec())
            return sql::fail(error, QStringLiteral("saving budget modification %1").arg(m.id), query);
    }
    if (!transaction.commit())
        return sql::fail(error, QStringLiteral("saving budget modifications"), transaction.errorText());
    m_database.notifyChanged({QStringLiteral("budget_modifications")});
    return true;
}

QList<BudgetModification> BudgetModificationStore::forProject(qint64 projectId, int decimals) const
{
    QList<BudgetModification> list;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, from_line_item_id, to_line_item_id, amount, notes, created_at, updated_at, raw"
                                 " FROM budget_modifications WHERE project_id = ? ORDER BY created_at, id"));
    query.addBindValue(projectId);
    if (!query.exec())
        return list;
    while (query.next()) {
        BudgetModification m;
        m.id = query.value(0).toLongLong();
        m.projectId = projectId;
        m.fromLineItemId = query.value(1).toLongLong();
        m.toLineItemId = query.value(2).toLongLong();
        m.amount = Money::parse(query.value(3).toString(), decimals).value_or(Money::fromMinor(0, decimals));
        m.notes = query.value(4).toString();
        m.createdAt = query.value(5).toString();
        m.updatedAt = query.value(6).toString();
        m.raw = QJsonDocument::fromJson(query.value(7).toByteArray()).object();
        list.append(m);
    }
    return list;
}

} // namespace sitedesk
