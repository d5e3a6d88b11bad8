#pragma once

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
};

QStringList toolNames();
// nullopt for an unknown tool name.
std::optional<QList<QJsonObject>> records(CacheDatabase &cache, const QString &tool, const Scope &scope);
// The tool needs --company (and --project) to be given.
bool needsCompany(const QString &tool);
bool needsProject(const QString &tool);

} // namespace exportsources
} // namespace sitedesk
