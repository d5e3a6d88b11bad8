#include "budget/budgetstore.h"

#include "cache/cachedatabase.h"
#include "cache/sqlerror.h"
#include "cache/transaction.h"

#include <QJsonDocument>

namespace sitedesk {

namespace {

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject parsed(const QVariant &text)
{
    return QJsonDocument::fromJson(text.toByteArray()).object();
}

bool exec(QSqlQuery &query, const QString &what, QString *error)
{
    return query.exec() || sql::fail(error, what, query);
}

bool insertColumns(QSqlDatabase &db, qint64 projectId, qint64 viewId, const QList<BudgetColumn> &columns, QString *error)
{
    QSqlQuery query(db);
    if (!query.prepare(QStringLiteral("INSERT INTO budget_view_columns (project_id, view_id, column_id, name, position,"
                                      " type, aggregatable, groupable, raw) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")))
        return sql::fail(error, QStringLiteral("preparing the budget column insert"), query);
    for (const BudgetColumn &column : columns) {
        query.bindValue(0, projectId);
        query.bindValue(1, viewId);
        query.bindValue(2, column.id);
        query.bindValue(3, sql::text(column.name));
        query.bindValue(4, column.position);
        query.bindValue(5, sql::text(column.type));
        query.bindValue(6, column.aggregatable);
        query.bindValue(7, column.groupable);
        query.bindValue(8, compact(column.raw));
        if (!exec(query, QStringLiteral("saving budget column %1").arg(column.id), error))
            return false;
    }
    return true;
}

// One prepared statement for the whole view: large budgets have thousands of lines.
bool insertRows(QSqlDatabase &db, qint64 projectId, qint64 viewId, const QList<BudgetRow> &rows, QString *error)
{
    QSqlQuery query(db);
    if (!query.prepare(QStringLiteral("INSERT OR REPLACE INTO budget_detail_rows (project_id, view_id, row_key, ordinal,"
                                      " line_item_id, division_id, division, cost_code_id, cost_code, cost_type,"
                                      " description, currency, amounts, raw)"
                                      " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")))
        return sql::fail(error, QStringLiteral("preparing the budget row insert"), query);
    int ordinal = 0;
    for (const BudgetRow &row : rows) {
        QJsonObject amounts;
        for (auto it = row.amounts.constBegin(); it != row.amounts.constEnd(); ++it)
            amounts.insert(it.key(), it.value().toDecimalString());
        query.bindValue(0, projectId);
        query.bindValue(1, viewId);
        query.bindValue(2, row.key);
        query.bindValue(3, ordinal++);
        query.bindValue(4, row.lineItemId);
        query.bindValue(5, row.divisionId);
        query.bindValue(6, sql::text(row.division));
        query.bindValue(7, row.costCodeId);
        query.bindValue(8, sql::text(row.costCode));
        query.bindValue(9, sql::text(row.costType));
        query.bindValue(10, sql::text(row.description));
        query.bindValue(11, sql::text(row.currency));
        query.bindValue(12, compact(amounts));
        query.bindValue(13, compact(row.raw));
        if (!exec(query, QStringLiteral("saving budget row %1").arg(row.key), error))
            return false;
    }
    return true;
}

bool run(QSqlDatabase &db, const QString &sqlText, const QVariantList &values, const QString &what, QString *error)
{
    QSqlQuery query(db);
    if (!query.prepare(sqlText))
        return sql::fail(error, what, query);
    for (const QVariant &value : values)
        query.addBindValue(value);
    return exec(query, what, error);
}

} // namespace

BudgetStore::BudgetStore(CacheDatabase &database)
    : m_database(database)
{
}

bool BudgetStore::replaceViews(qint64 projectId, const QList<BudgetView> &views, QString *error)
{
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    if (!transaction.isActive())
        return sql::fail(error, QStringLiteral("starting to save budget views"), transaction.errorText());
    const QString ids = sql::idArray(views, [](const BudgetView &view) { return view.id; });
    const QString gone = QStringLiteral(" WHERE project_id = ? AND %1 NOT IN (SELECT value FROM json_each(?))");
    if (!run(db, QStringLiteral("DELETE FROM budget_views") + gone.arg(QStringLiteral("id")), {projectId, ids},
             QStringLiteral("removing budget views no longer listed"), error)
        || !run(db, QStringLiteral("DELETE FROM budget_view_columns") + gone.arg(QStringLiteral("view_id")), {projectId, ids},
                QStringLiteral("removing columns of removed views"), error)
        || !run(db, QStringLiteral("DELETE FROM budget_detail_rows") + gone.arg(QStringLiteral("view_id")), {projectId, ids},
                QStringLiteral("removing rows of removed views"), error))
        return false;
    QSqlQuery query(db);
    if (!query.prepare(QStringLiteral("INSERT OR REPLACE INTO budget_views (project_id, id, name, description, role, updated_at, raw)"
                                      " VALUES (?, ?, ?, ?, ?, ?, ?)")))
        return sql::fail(error, QStringLiteral("preparing the budget view insert"), query);
    for (const BudgetView &view : views) {
        query.bindValue(0, projectId);
        query.bindValue(1, view.id);
        query.bindValue(2, sql::text(view.name));
        query.bindValue(3, sql::text(view.description));
        query.bindValue(4, sql::text(view.role));
        query.bindValue(5, sql::text(view.updatedAt));
        query.bindValue(6, compact(view.raw));
        if (!exec(query, QStringLiteral("saving budget view %1").arg(view.id), error))
            return false;
    }
    if (!transaction.commit())
        return sql::fail(error, QStringLiteral("saving budget views"), transaction.errorText());
    m_database.notifyChanged({QStringLiteral("budget_views"), QStringLiteral("budget_detail_rows")});
    return true;
}

bool BudgetStore::replaceViewContent(qint64 projectId, qint64 viewId, const QList<BudgetColumn> &columns,
                                     const QList<BudgetRow> &rows, QString *error)
{
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    if (!transaction.isActive())
        return sql::fail(error, QStringLiteral("starting to save a budget view"), transaction.errorText());
    if (!run(db, QStringLiteral("DELETE FROM budget_view_columns WHERE project_id = ? AND view_id = ?"), {projectId, viewId},
             QStringLiteral("replacing the view's columns"), error)
        || !run(db, QStringLiteral("DELETE FROM budget_detail_rows WHERE project_id = ? AND view_id = ?"), {projectId, viewId},
                QStringLiteral("replacing the view's rows"), error)
        || !insertColumns(db, projectId, viewId, columns, error) || !insertRows(db, projectId, viewId, rows, error))
        return false;   // rolled back: the previous columns and rows stay
    if (!transaction.commit())
        return sql::fail(error, QStringLiteral("saving the budget view"), transaction.errorText());
    m_database.notifyChanged({QStringLiteral("budget_detail_rows")});
    return true;
}

QList<BudgetView> BudgetStore::views(qint64 projectId) const
{
    QList<BudgetView> views;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, name, description, role, updated_at, raw FROM budget_views"
                                 " WHERE project_id = ? ORDER BY name COLLATE NOCASE, id"));
    query.addBindValue(projectId);
    if (!query.exec())
        return views;
    while (query.next()) {
        BudgetView view;
        view.id = query.value(0).toLongLong();
        view.projectId = projectId;
        view.name = query.value(1).toString();
        view.description = query.value(2).toString();
        view.role = query.value(3).toString();
        view.updatedAt = query.value(4).toString();
        view.raw = parsed(query.value(5));
        views.append(view);
    }
    return views;
}

QList<BudgetColumn> BudgetStore::columns(qint64 projectId, qint64 viewId) const
{
    QList<BudgetColumn> columns;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT column_id, name, position, type, aggregatable, groupable, raw FROM budget_view_columns"
                                 " WHERE project_id = ? AND view_id = ? ORDER BY position, column_id"));
    query.addBindValue(projectId);
    query.addBindValue(viewId);
    if (!query.exec())
        return columns;
    while (query.next()) {
        BudgetColumn column;
        column.id = query.value(0).toString();
        column.name = query.value(1).toString();
        column.position = query.value(2).toInt();
        column.type = query.value(3).toString();
        column.aggregatable = query.value(4).toBool();
        column.groupable = query.value(5).toBool();
        column.kind = BudgetColumn::kindOf(column.id, column.name);
        column.raw = parsed(query.value(6));
        columns.append(column);
    }
    return columns;
}

QList<BudgetRow> BudgetStore::rows(qint64 projectId, qint64 viewId) const
{
    QList<BudgetRow> rows;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT row_key, line_item_id, division_id, division, cost_code_id, cost_code, cost_type,"
                                 " description, currency, amounts, raw FROM budget_detail_rows"
                                 " WHERE project_id = ? AND view_id = ? ORDER BY ordinal"));
    query.addBindValue(projectId);
    query.addBindValue(viewId);
    if (!query.exec())
        return rows;
    while (query.next()) {
        BudgetRow row;
        row.key = query.value(0).toString();
        row.lineItemId = query.value(1).toLongLong();
        row.divisionId = query.value(2).toLongLong();
        row.division = query.value(3).toString();
        row.costCodeId = query.value(4).toLongLong();
        row.costCode = query.value(5).toString();
        row.costType = query.value(6).toString();
        row.description = query.value(7).toString();
        row.currency = query.value(8).toString();
        const int decimals = row.currency.isEmpty() ? 2 : Money::decimalsFor(row.currency);
        const QJsonObject amounts = parsed(query.value(9));
        for (auto it = amounts.constBegin(); it != amounts.constEnd(); ++it)
            row.amounts.insert(it.key(), Money::fromJsonOrZero(it.value(), decimals));
        row.raw = parsed(query.value(10));
        rows.append(row);
    }
    return rows;
}

QString BudgetStore::currency(qint64 projectId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT currency FROM budget_detail_rows WHERE project_id = ? AND currency != '' LIMIT 1"));
    query.addBindValue(projectId);
    if (!query.exec() || !query.next())
        return {};
    return query.value(0).toString();
}

QHash<qint64, QString> BudgetStore::lineItemLabels(qint64 projectId) const
{
    QHash<qint64, QString> labels;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT line_item_id, cost_code, cost_type FROM budget_detail_rows"
                                 " WHERE project_id = ? AND line_item_id != 0 GROUP BY line_item_id"));
    query.addBindValue(projectId);
    if (!query.exec())
        return labels;
    while (query.next()) {
        const QString type = query.value(2).toString();
        labels.insert(query.value(0).toLongLong(),
                      type.isEmpty() ? query.value(1).toString() : query.value(1).toString() + QStringLiteral(" · ") + type);
    }
    return labels;
}

} // namespace sitedesk
