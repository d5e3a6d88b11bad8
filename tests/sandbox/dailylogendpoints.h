#pragma once

#include "sandboxtool.h"

#include <QDate>

namespace sandbox {

// Daily log: GET/POST /rest/v1.0/projects/{project_id}/{type}_logs and
// PATCH …/{type}_logs/{id} for every log type, plus timecard_entries. Lists honour Procore's
// date parameters: log_date=YYYY-MM-DD, or start_date/end_date (inclusive); with neither only
// today's logs (the epoch's date) come back. Entries are generated for every working day of
// a project's life, with multi-tier locations ("Building 1>Level 2"). Create and update answer
// 422 {"errors":{field:[message]}} for invalid fields. Each type is its own collection
// ("manpower_logs" …); the project is kept in a hidden "_project_id" key that is never served.
class DailyLogEndpoints final : public SandboxTool
{
public:
    QString name() const override { return QStringLiteral("daily_log"); }
    void generate(SandboxData &data, QRandomGenerator &random, Scale scale) const override;
    void addRoutes(Router &router) const override;

    // Collection names, which are also the last path segment ("manpower_logs", "timecard_entries").
    static QStringList collections();
    // The sandbox's "today": the epoch's date.
    static QDate today();
};

} // namespace sandbox
