#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace sitedesk {

// The daily log types Procore offers, each named by its list endpoint's last path segment
// (GET /rest/v1.0/projects/{project_id}/<name>): "manpower_logs" … "timecard_entries".
// The order is the day view's section order.
struct DailyLogType
{
    QString name;          // "manpower_logs"
    QString bodyKey;       // the create/update body's key: "manpower_log"

    static const QList<DailyLogType> &all();
    static QStringList names();
    static bool isKnown(const QString &name);
    // Accepts "manpower_logs", "manpower_log" and "manpower" (the CLI's --type).
    static QString normalized(const QString &text);
    // Translated, for section titles: "Manpower", "Safety Violations" …
    static QString displayName(const QString &name);
    // Whether Procore takes files on an entry of this type: its create/update bodies have
    // `attachments[]` (multipart/form-data) for every type but visitors, productivity and
    // timecard entries, whose bodies are JSON only (Procore's REST reference, v1.0).
    static bool takesAttachments(const QString &name);
};

} // namespace sitedesk
