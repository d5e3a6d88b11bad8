#include "cache/transaction.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace sitedesk {

namespace {

// Open Transaction depth per connection name. Connections are used only by the thread that
// created them (CacheDatabase::connection()), so a thread-local table needs no lock.
QHash<QString, int> &depths()
{
    thread_local QHash<QString, int> table;
    return table;
}

} // namespace

Transaction::Transaction(QSqlDatabase database)
    : m_database(std::move(database))
{
    const int depth = depths().value(m_database.connectionName());
    if (depth > 0)
        m_savepoint = QStringLiteral("sitedesk_sp%1").arg(depth);
    m_active = exec(m_savepoint.isEmpty() ? QStringLiteral("BEGIN IMMEDIATE")
                                          : QStringLiteral("SAVEPOINT ") + m_savepoint);
    if (m_active)
        ++depths()[m_database.connectionName()];
}

Transaction::~Transaction()
{
    rollback();
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    const bool ok = exec(m_savepoint.isEmpty() ? QStringLiteral("COMMIT")
                                               : QStringLiteral("RELEASE ") + m_savepoint);
    if (!ok) {
        rollback(); // a failed COMMIT leaves the transaction open; end it now
        return false;
    }
    finish();
    return true;
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    const QString error = m_error;
    if (m_savepoint.isEmpty()) {
        exec(QStringLiteral("ROLLBACK"));
    } else {
        exec(QStringLiteral("ROLLBACK TO ") + m_savepoint);
        exec(QStringLiteral("RELEASE ") + m_savepoint);
    }
    if (!error.isEmpty())
        m_error = error; // keep the error that caused the rollback
    finish();
}

bool Transaction::isOpen(const QSqlDatabase &database)
{
    return depths().value(database.connectionName()) > 0;
}

bool Transaction::exec(const QString &sql)
{
    QSqlQuery query(m_database);
    if (query.exec(sql))
        return true;
    m_error = query.lastError().text();
    return false;
}

void Transaction::finish()
{
    m_active = false;
    const QString name = m_database.connectionName();
    if (--depths()[name] <= 0)
        depths().remove(name);
}

} // namespace sitedesk
