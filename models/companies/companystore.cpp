#include "companies/companystore.h"

#include "cache/cachedatabase.h"
#include "cache/sqlerror.h"
#include "cache/transaction.h"
#include "core/jsonfields.h"

#include <QJsonDocument>

namespace sitedesk {

namespace {

const QString kColumns = QStringLiteral("id, name, is_active, raw");

Company companyFrom(const QSqlQuery &query)
{
    Company company;
    company.id = query.value(0).toLongLong();
    company.name = query.value(1).toString();
    company.isActive = query.value(2).toBool();
    company.raw = QJsonDocument::fromJson(query.value(3).toByteArray()).object();
    company.isMine = json::toBool(company.raw.value(QLatin1String("my_company")));
    return company;
}

bool upsertAll(QSqlDatabase &db, const QList<Company> &companies, QString *error)
{
    QSqlQuery query(db);
    if (!query.prepare(QStringLiteral(
            "INSERT INTO companies (id, name, is_active, raw) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (id) DO UPDATE SET name = excluded.name,"
            " is_active = excluded.is_active, raw = excluded.raw")))
        return sql::fail(error, QStringLiteral("preparing the company insert"), query);
    for (const Company &company : companies) {
        query.bindValue(0, company.id);
        query.bindValue(1, sql::text(company.name));
        query.bindValue(2, company.isActive);
        query.bindValue(3, QString::fromUtf8(QJsonDocument(company.raw).toJson(QJsonDocument::Compact)));
        if (!query.exec())
            return sql::fail(error, QStringLiteral("saving company %1").arg(company.id), query);
    }
    return true;
}

bool removeMissing(QSqlDatabase &db, const QList<Company> &companies, QString *error)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "DELETE FROM companies WHERE id NOT IN (SELECT value FROM json_each(?))"));
    query.addBindValue(sql::idArray(companies, [](const Company &c) { return c.id; }));
    if (!query.exec())
        return sql::fail(error, QStringLiteral("removing companies no longer listed"), query);
    // Projects have no foreign key to companies (see migrations.cpp): drop orphans here.
    if (!query.exec(QStringLiteral(
            "DELETE FROM projects WHERE company_id NOT IN (SELECT id FROM companies)")))
        return sql::fail(error, QStringLiteral("removing projects of removed companies"), query);
    return true;
}

} // namespace

CompanyStore::CompanyStore(CacheDatabase &database)
    : m_database(database)
{
}

bool CompanyStore::replaceAll(const QList<Company> &companies, QString *error)
{
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    if (!transaction.isActive())
        return sql::fail(error, QStringLiteral("starting to save companies"), transaction.errorText());
    if (!upsertAll(db, companies, error) || !removeMissing(db, companies, error))
        return false; // the transaction rolls back: the previous list stays
    if (!transaction.commit())
        return sql::fail(error, QStringLiteral("saving companies"), transaction.errorText());
    m_database.notifyChanged({QStringLiteral("companies"), QStringLiteral("projects")});
    return true;
}

QList<Company> CompanyStore::all() const
{
    QList<Company> companies;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT ") + kColumns
                    + QStringLiteral(" FROM companies ORDER BY name COLLATE NOCASE, id")))
        return companies;
    while (query.next())
        companies.append(companyFrom(query));
    return companies;
}

std::optional<Company> CompanyStore::find(qint64 id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM companies WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return companyFrom(query);
}

} // namespace sitedesk
