#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <optional>

struct sqlite3_stmt;

namespace sitedesk {

// One INSERT, UPDATE or DELETE prepared once and run for many rows, as the sync's stores write
// tens of thousands of records. Where Qt's SQLite driver uses the same SQLite library as this
// program (Debian's Qt does; Qt's own Windows and macOS builds bundle a private copy), values are
// bound through SQLite's own API on the connection's handle: QtSql 6.4 builds a ":N" placeholder
// string and looks it up in a hash for every bound value, which was ~8 % of a first sync's CPU.
// Elsewhere, or with SITEDESK_SQLITE_BINDING=qtsql in the environment (to compare, or to rule
// this path out when a write misbehaves), it runs through QSqlQuery. Either way values bind as QtSql binds them: a null
// QString or QByteArray as NULL, QString as text, QByteArray as a blob, bool and integers as
// integers, double as real.
class BulkStatement final
{
    Q_DISABLE_COPY_MOVE(BulkStatement)

public:
    enum class Binding { Fastest, QtSql };   // QtSql: the portable path, for tests to compare

    BulkStatement(const QSqlDatabase &database, const QString &sql, Binding binding = Binding::Fastest);
    ~BulkStatement();

    bool isPrepared() const { return m_statement || (m_query && m_prepared); }
    // Binds `values` to the placeholders in order and runs the statement once.
    bool exec(const QVariantList &values);
    // SQLite's message for the failed prepare or exec ("database or disk is full" …).
    QString errorText() const { return m_error; }
    bool bindsDirectly() const { return m_statement != nullptr; }

private:
    bool execDirect(const QVariantList &values);
    bool execQuery(const QVariantList &values);

    sqlite3_stmt *m_statement = nullptr;
    std::optional<QSqlQuery> m_query;
    bool m_prepared = false;
    QString m_error;
};

} // namespace sitedesk
