#pragma once

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sitedesk {

class CacheDatabase;

// The cached records of each exportable tool, exactly as Procore sent them (raw JSON).
// Each tool issue adds its entry in exportsources.cpp.
namespace exportsources {

struct Scope
{
    qint64 companyId = 0;
    qint64 projectId = 0;
    qint64 viewId = 0;   // budget: the view to export; 0 = the project's first (lowest id)
    QDate from{};        // daily_log: first and last day (invalid = unbounded)
    QDate to{};
    QString logType{};   // daily_log: one type ("manpower_logs"); empty = every type
};

QStringList toolNames();
// nullopt for an unknown tool name.
std::optional<QList<QJsonObject>> records(CacheDatabase &cache, const QString &tool, const Scope &scope);
// The tool needs --company (and --project) to be given.
bool needsCompany(const QString &tool);
bool needsProject(const QString &tool);
// Why the scope cannot be exported (e.g. a budget view that is not cached); empty when it can.
QString scopeProblem(CacheDatabase &cache, const QString &tool, const Scope &scope);

} // namespace exportsources
} // namespace sitedesk
