#pragma once

#include <QJsonObject>
#include <QString>
#include <optional>

namespace sitedesk {

// A Procore project as listed by GET /rest/v1.0/projects?company_id=…; `raw` is kept verbatim.
struct Project
{
    qint64 id = 0;
    qint64 companyId = 0;
    QString name;
    QString displayName;   // "display_name", falls back to "number - name"
    QString projectNumber; // "project_number"
    QString city;
    QString stage;         // "project_stage" as text (string or {id,name})
    bool active = true;
    QString updatedAt;     // ISO 8601 as sent
    QJsonObject raw;

    // nullopt when the object has no usable id. companyId is taken from the object's
    // "company" field when present, else from the argument.
    static std::optional<Project> fromJson(const QJsonObject &object, qint64 companyId);
};

} // namespace sitedesk
