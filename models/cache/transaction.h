#pragma once

#include <QSqlDatabase>
#include <QString>

namespace sitedesk {

// RAII write transaction on one connection: rolls back in the destructor unless commit()
// succeeded. The outermost Transaction on a connection issues BEGIN IMMEDIATE (takes the write
// lock up front, so busy_timeout applies instead of a late SQLITE_BUSY on lock upgrade);
// a Transaction opened while another is active on the same connection becomes a SAVEPOINT,
// so store methods can be called inside a caller's transaction and still be atomic.
class Transaction final
{
    Q_DISABLE_COPY_MOVE(Transaction)

public:
    explicit Transaction(QSqlDatabase database);
    ~Transaction();

    // false when BEGIN failed (locked past the busy timeout, closed connection …).
    bool isActive() const { return m_active; }
    bool isNested() const { return !m_savepoint.isEmpty(); }
    bool commit();
    void rollback();
    // The SQLite message of the failed BEGIN/COMMIT.
    QString errorText() const { return m_error; }

    // Whether a Transaction is open on this connection (connections are per thread).
    static bool isOpen(const QSqlDatabase &database);

private:
    bool exec(const QString &sql);
    void finish();

    QSqlDatabase m_database;
    QString m_savepoint; // empty for the outermost transaction
    QString m_error;
    bool m_active = false;
};

} // namespace sitedesk
