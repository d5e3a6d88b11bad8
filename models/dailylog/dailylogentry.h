#pragma once

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace sitedesk {

namespace json {
class Record;
}

// One entry of any daily log type (manpower, notes, weather … timecard entries). The columns
// the day view, totals and filters need are typed; everything else stays in `raw`, verbatim.
struct DailyLogEntry
{
    qint64 projectId = 0;
    QString type;          // "manpower_logs" … (DailyLogType::name)
    qint64 id = 0;
    QDate date;            // "date", else the date part of "datetime"
    qint64 vendorId = 0;   // "vendor" / "company" / "issued_to" …: {id,name} or a plain name
    QString vendor;
    qint64 locationId = 0;
    QString location;      // multi-tier as Procore names it: "Building 1>Level 2"
    QString summary;       // a one-line digest of the type's own fields
    int workers = 0;       // manpower num_workers, scheduled work/report "workers"
    double hours = 0;      // man-hours: manpower num_workers × num_hours; others their "hours"
    QString status;        // "approved", "pending" …
    QString createdBy;
    QString updatedAt;     // ISO 8601 as sent
    QJsonObject raw;
    QByteArray rawJson;    // `raw` as the bytes Procore sent, when a sync has them: what the cache stores

    // The names of the files Procore lists in `attachments` ({name} or the older {filename}).
    QStringList attachmentNames() const;

    // nullopt without a usable id or date. Numbers may come as numbers or decimal strings,
    // ids as numbers or strings, related records as {id,name} objects or plain names.
    static std::optional<DailyLogEntry> fromJson(const QJsonObject &object, const QString &type, qint64 projectId);
    static std::optional<DailyLogEntry> fromJson(const json::Record &record, const QString &type, qint64 projectId);
};

} // namespace sitedesk
