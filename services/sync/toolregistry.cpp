#include "sync/toolregistry.h"

#include "budget/budgetservice.h"
#include "companies/companiessync.h"
#include "dailylog/dailylogsync.h"
#include "photos/photossync.h"
#include "drawings/drawingssync.h"
#include "projects/projectssync.h"
#include "submittals/submittalssync.h"

#include <QCoreApplication>

namespace sitedesk {

const QList<ToolRegistry::Entry> &ToolRegistry::entries()
{
    static const QList<Entry> all{
        {CompaniesSync::name(), ToolSync::Scope::Global,
         [] { return QCoreApplication::translate("ToolRegistry", "Companies"); },
         [](QObject *parent) -> ToolSync * { return new CompaniesSync(parent); }},
        {ProjectsSync::name(), ToolSync::Scope::Company,
         [] { return QCoreApplication::translate("ToolRegistry", "Projects"); },
         [](QObject *parent) -> ToolSync * { return new ProjectsSync(parent); }},
        {BudgetService::name(), ToolSync::Scope::Project,
         [] { return QCoreApplication::translate("ToolRegistry", "Budget"); },
         [](QObject *parent) -> ToolSync * { return new BudgetService(parent); }},
        {DailyLogSync::name(), ToolSync::Scope::Project,
         [] { return QCoreApplication::translate("ToolRegistry", "Daily Log"); },
         [](QObject *parent) -> ToolSync * { return new DailyLogSync(parent); }},
        {PhotosSync::name(), ToolSync::Scope::Project,
         [] { return QCoreApplication::translate("ToolRegistry", "Photos"); },
         [](QObject *parent) -> ToolSync * { return new PhotosSync(parent); }},
        {DrawingsSync::name(), ToolSync::Scope::Project,
         [] { return QCoreApplication::translate("ToolRegistry", "Drawings"); },
         [](QObject *parent) -> ToolSync * { return new DrawingsSync(parent); }},
        {SubmittalsSync::name(), ToolSync::Scope::Project,
         [] { return QCoreApplication::translate("ToolRegistry", "Submittals"); },
         [](QObject *parent) -> ToolSync * { return new SubmittalsSync(parent); }},
    };
    return all;
}

const ToolRegistry::Entry *ToolRegistry::find(const QString &name)
{
    for (const Entry &entry : entries())
        if (entry.name == name)
            return &entry;
    return nullptr;
}

QStringList ToolRegistry::names()
{
    QStringList list;
    for (const Entry &entry : entries())
        list << entry.name;
    return list;
}

QStringList ToolRegistry::defaultProjectTools()
{
    QStringList list;
    for (const Entry &entry : entries())
        if (entry.scope == ToolSync::Scope::Project)
            list << entry.name;
    return list;
}

} // namespace sitedesk
