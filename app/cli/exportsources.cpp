#include "exportsources.h"

#include "budget/budgetmodificationstore.h"
#include "budget/budgetstore.h"
#include "budget/directcoststore.h"
#include "companies/companystore.h"
#include "dailylog/dailylogstore.h"
#include "photos/photostore.h"
#include "drawings/drawingstore.h"
#include "projects/projectstore.h"
#include "submittals/submittalstore.h"

#include <QCoreApplication>

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

// The budget view to export: the one asked for, else the project's first (lowest id, which
// is Procore's standard view in a project that never deleted it).
qint64 budgetViewOf(CacheDatabase &cache, const Scope &scope)
{
    qint64 first = 0;
    for (const BudgetView &view : BudgetStore(cache).views(scope.projectId)) {
        if (scope.viewId != 0 && view.id == scope.viewId)
            return view.id;
        if (first == 0 || view.id < first)
            first = view.id;
    }
    return scope.viewId != 0 ? 0 : first;
}

// Daily log entries of the scope's days and type, by day; each is Procore's record verbatim
// plus "log_type" (the endpoint it came from), since one export mixes every type.
QList<QJsonObject> dailyLogOf(CacheDatabase &cache, const Scope &scope)
{
    const QDate from = scope.from.isValid() ? scope.from : QDate(1900, 1, 1);
    const QDate to = scope.to.isValid() ? scope.to : QDate(9999, 12, 31);
    QList<QJsonObject> records;
    for (const DailyLogEntry &entry : DailyLogStore(cache).between(scope.projectId, from, to,
                                                                    scope.logType.isEmpty() ? QStringList() : QStringList{scope.logType})) {
        QJsonObject record = entry.raw;
        record.insert(QStringLiteral("log_type"), entry.type);
        records.append(record);
    }
    return records;
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
        {QStringLiteral("budget"), false, true,
         [](CacheDatabase &cache, const Scope &scope) {
             return rawOf(BudgetStore(cache).rows(scope.projectId, budgetViewOf(cache, scope)));
         }},
        {QStringLiteral("budget_views"), false, true,
         [](CacheDatabase &cache, const Scope &scope) { return rawOf(BudgetStore(cache).views(scope.projectId)); }},
        {QStringLiteral("budget_modifications"), false, true,
         [](CacheDatabase &cache, const Scope &scope) { return rawOf(BudgetModificationStore(cache).forProject(scope.projectId)); }},
        {QStringLiteral("direct_costs"), false, true,
         [](CacheDatabase &cache, const Scope &scope) { return rawOf(DirectCostStore(cache).forProject(scope.projectId)); }},
        {QStringLiteral("daily_log"), false, true, &dailyLogOf},
        // Photos and albums as Procore sent them (URLs in them expire: re-sync for fresh ones).
        {QStringLiteral("photos"), false, true,
         [](CacheDatabase &cache, const Scope &scope) { return rawOf(PhotoStore(cache).photos(scope.projectId)); }},
        {QStringLiteral("albums"), false, true,
         [](CacheDatabase &cache, const Scope &scope) { return rawOf(PhotoStore(cache).albums(scope.projectId)); }},
        // The drawing log as Procore's drawings endpoint sends it (current_revision inside).
        {QStringLiteral("drawings"), false, true,
         [](CacheDatabase &cache, const Scope &scope) { return rawOf(DrawingStore(cache).drawings(scope.projectId)); }},
        {QStringLiteral("drawing_revisions"), false, true,
         [](CacheDatabase &cache, const Scope &scope) { return rawOf(DrawingStore(cache).allRevisions(scope.projectId)); }},
        {QStringLiteral("drawing_sets"), false, true,
         [](CacheDatabase &cache, const Scope &scope) { return rawOf(DrawingStore(cache).sets(scope.projectId)); }},
        {QStringLiteral("drawing_areas"), false, true,
         [](CacheDatabase &cache, const Scope &scope) { return rawOf(DrawingStore(cache).areas(scope.projectId)); }},
        // The submittal log as Procore sent it (the show endpoint's fuller record where the detail was opened).
        {QStringLiteral("submittals"), false, true,
         [](CacheDatabase &cache, const Scope &scope) { return rawOf(SubmittalStore(cache).all(scope.projectId)); }},
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

QString scopeProblem(CacheDatabase &cache, const QString &tool, const Scope &scope)
{
    if (tool == QLatin1String("budget") && budgetViewOf(cache, scope) == 0) {
        if (scope.viewId != 0)
            return QCoreApplication::translate("ExportSources", "Budget view %1 is not cached for project %2. Run \"sitedesk sync --tools budget\" first.")
                .arg(scope.viewId).arg(scope.projectId);
        return QCoreApplication::translate("ExportSources", "No budget view is cached for project %1. Run \"sitedesk sync --tools budget\" first.")
            .arg(scope.projectId);
    }
    return {};
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
