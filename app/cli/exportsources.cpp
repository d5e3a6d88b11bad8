#include "exportsources.h"

#include "companies/companystore.h"
#include "projects/projectstore.h"

#include <functional>

namespace sitedesk::exportsources {

namespace {

struct Source
{
    QString tool;
    bool needsCompany;
    bool needsProject;
    std::function<QList<QJsonObject>(CacheDatabase &, const Scope &)> read;
};

template<typename Record>
QList<QJsonObject> rawOf(const QList<Record> &records)
{
    QList<QJsonObject> raw;
    raw.reserve(records.size());
    for (const Record &record : records)
        raw.append(record.raw);
    return raw;
}

const QList<Source> &sources()
{
    static const QList<Source> all{
        {QStringLiteral("companies"), false, false,
         [](CacheDatabase &cache, const Scope &) { return rawOf(CompanyStore(cache).all()); }},
        {QStringLiteral("projects"), true, false,
         [](CacheDatabase &cache, const Scope &scope) {
             return rawOf(ProjectStore(cache).forCompany(scope.companyId));
         }},
    };
    return all;
}

const Source *find(const QString &tool)
{
    for (const Source &source : sources())
        if (source.tool == tool)
            return &source;
    return nullptr;
}

} // namespace

QStringList toolNames()
{
    QStringList names;
    for (const Source &source : sources())
        names << source.tool;
    return names;
}

std::optional<QList<QJsonObject>> records(CacheDatabase &cache, const QString &tool, const Scope &scope)
{
    const Source *source = find(tool);
    if (!source)
        return std::nullopt;
    return source->read(cache, scope);
}

bool needsCompany(const QString &tool)
{
    const Source *source = find(tool);
    return source && source->needsCompany;
}

bool needsProject(const QString &tool)
{
    const Source *source = find(tool);
    return source && source->needsProject;
}

} // namespace sitedesk::exportsources
