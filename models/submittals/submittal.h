#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace sitedesk {

// A submittal (GET /rest/v1.1/projects/{project_id}/submittals and …/submittals/{id}), read
// tolerantly: ids as numbers or strings, nulls, `status`, `type`, `specification_section` and
// `responsible_contractor` as objects or plain text, `ball_in_court` as a list of people (or one
// person). `raw` keeps Procore's object verbatim, unknown fields included, for export and the detail.
struct Submittal
{
    struct Person
    {
        qint64 id = 0;
        QString name;
    };

    qint64 id = 0;
    qint64 projectId = 0;
    QString number;                 // "formatted_number" when Procore sends one, else "number"
    QString revision;
    QString title;
    QString description;
    QString specSection;            // "08 11 13 Hollow Metal Doors and Frames"
    QString type;
    qint64 statusId = 0;
    QString statusName;             // "In Review"
    QString statusGroup;            // Procore's mapping: "Draft", "Open" or "Closed"
    QList<Person> ballInCourt;
    QString responsibleContractor;
    QString dueDate;                // ISO day
    QString requiredOnSiteDate;     // ISO day
    QString updatedAt;
    QJsonObject raw;
    QByteArray rawJson;    // `raw` as the bytes Procore sent, when a sync has them: what the cache stores

    QString ballInCourtNames() const;   // "Ana Souza, Kenji Sato"
    QString ballInCourtIds() const;     // ",7300000000001,7300000000004," (stored form)

    static QString tool() { return QStringLiteral("submittals"); }
    static QString itemKey(qint64 id) { return QStringLiteral("submittal:%1").arg(id); }
    static QString pathOf(qint64 projectId, qint64 id)
    {
        return QStringLiteral("/rest/v1.1/projects/%1/submittals/%2").arg(projectId).arg(id);
    }

    // nullopt when the object has no usable id.
    static std::optional<Submittal> fromJson(const QJsonObject &object, qint64 projectId);
};

} // namespace sitedesk
