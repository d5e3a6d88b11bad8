#include "submittals/submittal.h"

#include "core/jsonfields.h"

#include <QJsonArray>

namespace sitedesk {

namespace {

QJsonValue field(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key));
}

// A spec section as {number, description, label}, or plain text.
QString sectionText(const QJsonValue &value)
{
    if (!value.isObject())
        return json::toText(value);
    const QJsonObject section = value.toObject();
    const QString label = json::toText(field(section, "label"));
    if (!label.isEmpty())
        return label;
    const QString number = json::toText(field(section, "number"));
    const QString description = json::toText(field(section, "description"));
    return (number + QLatin1Char(' ') + description).trimmed();
}

QList<Submittal::Person> people(const QJsonValue &value)
{
    QJsonArray list;
    if (value.isArray())
        list = value.toArray();
    else if (value.isObject() || value.isString())
        list.append(value);
    QList<Submittal::Person> out;
    for (const QJsonValue &member : list) {
        Submittal::Person person{json::toNestedId(member), json::toText(member)};
        if (member.isObject() && person.name.isEmpty())
            person.name = json::toText(member.toObject().value(QLatin1String("login")));
        if (person.id != 0 || !person.name.isEmpty())
            out.append(person);
    }
    return out;
}

} // namespace

QString Submittal::ballInCourtNames() const
{
    QStringList names;
    for (const Person &person : ballInCourt)
        names << person.name;
    return names.join(QStringLiteral(", "));
}

QString Submittal::ballInCourtIds() const
{
    QString ids;
    for (const Person &person : ballInCourt)
        if (person.id != 0)
            ids += QLatin1Char(',') + QString::number(person.id);
    return ids.isEmpty() ? QString() : ids + QLatin1Char(',');
}

std::optional<Submittal> Submittal::fromJson(const QJsonObject &object, qint64 projectId)
{
    Submittal s;
    s.id = json::toId(field(object, "id"));
    if (s.id == 0)
        return std::nullopt;
    s.projectId = projectId;
    s.number = json::toText(field(object, "formatted_number"));
    if (s.number.isEmpty())
        s.number = json::toText(field(object, "number"));
    s.revision = json::toText(field(object, "revision"));
    s.title = json::toText(field(object, "title"));
    s.description = json::toText(field(object, "description"));
    s.specSection = sectionText(field(object, "specification_section"));
    s.type = json::toText(field(object, "type"));
    const QJsonValue status = field(object, "status");
    s.statusId = json::toNestedId(status);
    if (s.statusId == 0)
        s.statusId = json::toId(field(object, "status_id"));
    s.statusName = json::toText(status);
    s.statusGroup = status.isObject() ? json::toText(status.toObject().value(QLatin1String("status"))) : QString();
    s.ballInCourt = people(field(object, "ball_in_court"));
    s.responsibleContractor = json::toText(field(object, "responsible_contractor"));
    s.dueDate = json::toText(field(object, "due_date"));
    s.requiredOnSiteDate = json::toText(field(object, "required_on_site_date"));
    s.updatedAt = json::toText(field(object, "updated_at"));
    s.raw = object;
    return s;
}

} // namespace sitedesk
