#include "projects/project.h"

#include "core/jsonfields.h"

namespace sitedesk {

namespace {

QJsonValue field(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key));
}

// v1.0 sends "project_stage" ({id,name}); the smaller company-scoped shape may send "stage".
QString stageOf(const QJsonObject &object)
{
    const QString stage = json::toText(field(object, "project_stage"));
    return stage.isEmpty() ? json::toText(field(object, "stage")) : stage;
}

bool activeOf(const QJsonObject &object)
{
    const QJsonValue active = field(object, "active");
    if (!active.isUndefined() && !active.isNull())
        return json::toBool(active, true);
    return json::toBool(field(object, "is_active"), true);
}

QString displayNameOf(const Project &project, const QJsonObject &object)
{
    const QString displayName = json::toText(field(object, "display_name"));
    if (!displayName.isEmpty())
        return displayName;
    if (project.projectNumber.isEmpty())
        return project.name;
    return project.projectNumber + QLatin1String(" - ") + project.name;
}

} // namespace

std::optional<Project> Project::fromJson(const QJsonObject &object, qint64 companyId)
{
    Project project;
    project.id = json::toId(field(object, "id"));
    if (project.id == 0)
        return std::nullopt;
    const qint64 ownCompany = json::toNestedId(field(object, "company"));
    project.companyId = ownCompany != 0 ? ownCompany : companyId;
    project.name = json::toText(field(object, "name"));
    project.projectNumber = json::toText(field(object, "project_number"));
    project.displayName = displayNameOf(project, object);
    project.city = json::toText(field(object, "city"));
    project.stage = stageOf(object);
    project.active = activeOf(object);
    project.updatedAt = json::toText(field(object, "updated_at"));
    project.raw = object;
    return project;
}

} // namespace sitedesk
