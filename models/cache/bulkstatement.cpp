#include "cache/bulkstatement.h"

#include <QDateTime>
#include <QSqlDriver>
#include <QSqlError>

#ifdef SITEDESK_SQLITE_DIRECT
#include <dlfcn.h>
#include <link.h>
#include <sqlite3.h>

#include <cstring>
#include <string>
#endif

namespace sitedesk {

namespace {

#ifdef SITEDESK_SQLITE_DIRECT

// Whether the loaded Qt SQLite plugin resolves SQLite's functions to the very library this
// program calls. Build time checked that the plugin links the system SQLite; this guards against
// another plugin found at run time (QT_PLUGIN_PATH, a bundled copy): two copies of SQLite in one
// process must never share a connection.
bool qtUsesThisSqlite()
{
    std::string plugin;
    dl_iterate_phdr(
        [](dl_phdr_info *info, size_t, void *found) {
            if (info->dlpi_name && std::strstr(info->dlpi_name, "qsqlite"))
                *static_cast<std::string *>(found) = info->dlpi_name;
            return 0;
        },
        &plugin);
    if (plugin.empty())
        return false;
    void *handle = dlopen(plugin.c_str(), RTLD_LAZY | RTLD_NOLOAD);
    if (!handle)
        return false;
    const void *theirs = dlsym(handle, "sqlite3_bind_parameter_count");
    dlclose(handle);
    return theirs == reinterpret_cast<const void *>(&sqlite3_bind_parameter_count);
}

sqlite3 *directHandle(const QSqlDatabase &database)
{
    static const bool sameLibrary = qgetenv("SITEDESK_SQLITE_BINDING") != "qtsql" && qtUsesThisSqlite();
    if (!sameLibrary || !database.driver())
        return nullptr;
    const QVariant handle = database.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

// QtSql's own choices (QSQLiteResult::exec in Qt 6.4), so both paths store the same values.
int bind(sqlite3_stmt *statement, int index, const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::UnknownType:
    case QMetaType::Nullptr:
        return sqlite3_bind_null(statement, index);
    case QMetaType::QByteArray: {
        const auto *bytes = static_cast<const QByteArray *>(value.constData());
        return bytes->isNull() ? sqlite3_bind_null(statement, index)
                               : sqlite3_bind_blob(statement, index, bytes->constData(), int(bytes->size()), SQLITE_STATIC);
    }
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
        return sqlite3_bind_int64(statement, index, value.toLongLong());
    case QMetaType::Double:
        return sqlite3_bind_double(statement, index, value.toDouble());
    case QMetaType::QString: {
        const auto *text = static_cast<const QString *>(value.constData());
        if (text->isNull())
            return sqlite3_bind_null(statement, index);
        const QByteArray utf8 = text->toUtf8();
        return sqlite3_bind_text(statement, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }
    case QMetaType::QDateTime: {
        const auto *time = static_cast<const QDateTime *>(value.constData());
        if (time->isNull())
            return sqlite3_bind_null(statement, index);
        const QByteArray utf8 = time->toString(Qt::ISODateWithMs).toUtf8();
        return sqlite3_bind_text(statement, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }
    default: {
        const QByteArray utf8 = value.toString().toUtf8();
        return sqlite3_bind_text(statement, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }
    }
}

#endif

} // namespace

BulkStatement::BulkStatement(const QSqlDatabase &database, const QString &sql, Binding binding)
{
#ifdef SITEDESK_SQLITE_DIRECT
    if (binding == Binding::Fastest) {
        if (sqlite3 *handle = directHandle(database)) {
            const QByteArray utf8 = sql.toUtf8();
            if (sqlite3_prepare_v2(handle, utf8.constData(), int(utf8.size()), &m_statement, nullptr) != SQLITE_OK) {
                m_error = QString::fromUtf8(sqlite3_errmsg(handle));
                sqlite3_finalize(m_statement);
                m_statement = nullptr;
            }
            return;
        }
    }
#else
    Q_UNUSED(binding)
#endif
    m_query.emplace(database);
    m_prepared = m_query->prepare(sql);
    if (!m_prepared)
        m_error = m_query->lastError().text();
}

BulkStatement::~BulkStatement()
{
#ifdef SITEDESK_SQLITE_DIRECT
    sqlite3_finalize(m_statement);
#endif
}

bool BulkStatement::exec(const QVariantList &values)
{
    if (!isPrepared())
        return false;
    return m_statement ? execDirect(values) : execQuery(values);
}

bool BulkStatement::execDirect(const QVariantList &values)
{
#ifdef SITEDESK_SQLITE_DIRECT
    sqlite3 *handle = sqlite3_db_handle(m_statement);
    if (values.size() != sqlite3_bind_parameter_count(m_statement)) {
        m_error = QStringLiteral("%1 values for %2 placeholders").arg(values.size()).arg(sqlite3_bind_parameter_count(m_statement));
        return false;
    }
    for (int i = 0; i < values.size(); ++i) {
        if (bind(m_statement, i + 1, values.at(i)) != SQLITE_OK) {
            m_error = QString::fromUtf8(sqlite3_errmsg(handle));
            sqlite3_reset(m_statement);
            return false;
        }
    }
    const int result = sqlite3_step(m_statement);
    const bool ok = result == SQLITE_DONE || result == SQLITE_ROW;
    if (!ok)
        m_error = QString::fromUtf8(sqlite3_errmsg(handle));
    sqlite3_reset(m_statement);
    return ok;
#else
    Q_UNUSED(values)
    return false;
#endif
}

bool BulkStatement::execQuery(const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i)
        m_query->bindValue(i, values.at(i));
    if (m_query->exec())
        return true;
    m_error = m_query->lastError().text();
    return false;
}

} // namespace sitedesk
