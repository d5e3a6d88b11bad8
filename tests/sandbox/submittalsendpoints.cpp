#include "submittalsendpoints.h"

#include "listendpoint.h"
#include "procoreerror.h"

#include <QDate>
#include <QHash>
#include <QJsonArray>

namespace sandbox {

namespace {

const QString projectKey = QStringLiteral("_project_id");
const QString statusesCollection = QStringLiteral("submittal_statuses");

template <typename T, std::size_t N>
int countOf(const T (&)[N]) { return int(N); }

QString utf8(const char *text) { return QString::fromUtf8(text); }

struct Status { const char *name; const char *status; };
const Status statuses[] = {{"Draft", "Draft"}, {"Open", "Open"}, {"In Review", "Open"}, {"Revise and Resubmit", "Open"},
                           {"Approved", "Closed"}, {"Closed", "Closed"}};

struct Section { const char *number; const char *description; };
const Section sections[] = {{"03 30 00", "Cast-in-Place Concrete"}, {"05 12 00", "Structural Steel Framing"},
                            {"08 11 13", "Hollow Metal Doors and Frames"}, {"08 44 13", "Glazed Aluminum Curtain Walls"},
                            {"09 29 00", "Gypsum Board"}, {"23 05 00", "Common Work Results for HVAC"},
                            {"26 05 00", "Common Work Results for Electrical"}};
const char *const types[] = {"Shop Drawing", "Product Data", "Sample", "Mock-Up", "Certificate", "Field Measurement"};
const char *const subjects[] = {"Rebar shop drawings", "Anchor bolt layout", "Façade mock-up", "Door hardware schedule",
                                "Curtain wall anchors", "Fire-rated assemblies", "Duct sealant data", "Switchgear submittal",
                                "Concrete mix design", "Gypsum board samples", "Steel connection calcs", "Glazing samples"};
const char *const vendorNames[] = {"Bétons Laurentides", "Acme Electric", "Müller Gerüstbau", "Northwind Mechanical",
                                   "Pacific Glazing", "Østergaard Steel"};
const char *const people[] = {"Ana Souza", "Jürgen Weiß", "Marie-Ève Tremblay", "Kenji Sato", "Sam Carter", "Zoë Martin"};
struct Response { const char *name; const char *considered; };
const Response responses[] = {{"Pending", "pending"}, {"Approved", "approved"}, {"Approved as Noted", "approved_as_noted"},
                              {"Revise and Resubmit", "revise_and_resubmit"}, {"Rejected", "rejected"}};
const char *const comments[] = {"These look great to me!", "See markups on sheet 3.", "Provide the fire rating certificate.",
                                "Coordinate with the MEP sleeves.", ""};

QJsonObject idName(qint64 id, const QString &name) { return QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("name"), name}}; }

QJsonObject vendor(int index) { return idName(5200000000001 + index, utf8(vendorNames[index])); }

QJsonObject person(int index) { return idName(7300000000001 + index, utf8(people[index])); }

QString initials(const QString &name)
{
    QString out;
    for (const QString &part : name.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        out += part.at(0);
    return out;
}

qint64 statusId(qint64 companyId, int index) { return 9100000000000 + companyId % 1000 * 10 + index; }

QString date(const QDate &day) { return day.toString(Qt::ISODate); }

QJsonObject attachment(qint64 id, const QString &filename, const QDateTime &at)
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("attachment_id"), id + 1},
                       {QStringLiteral("file_unavailable"), false},
                       {QStringLiteral("additional_page_count"), 0},
                       {QStringLiteral("attached_at"), SandboxData::timestamp(at)},
                       {QStringLiteral("content_type"), QStringLiteral("pdf")},
                       {QStringLiteral("document_markup_layer_id"), QJsonValue()},
                       {QStringLiteral("filename"), filename},
                       {QStringLiteral("markup_updated_at"), QJsonValue()},
                       {QStringLiteral("state"), QStringLiteral("current")},
                       {QStringLiteral("updated_at"), SandboxData::timestamp(at)},
                       {QStringLiteral("url"), QStringLiteral("/__files/submittal_attachments/%1/%2").arg(id).arg(filename)},
                       {QStringLiteral("version_timestamp"), SandboxData::timestamp(at)}};
}

QJsonArray approvers(QRandomGenerator &random, qint64 *nextId, const QDate &sent, bool closed)
{
    QJsonArray out;
    const int count = 1 + random.bounded(3);
    for (int step = 0; step < count; ++step) {
        const Response &response = responses[closed ? 1 + random.bounded(2) : random.bounded(countOf(responses))];
        const bool answered = QLatin1String(response.considered) != QLatin1String("pending");
        const int who = random.bounded(countOf(people));
        out.append(QJsonObject{{QStringLiteral("id"), (*nextId)++},
                               {QStringLiteral("approver_type"), step + 1 == count ? QStringLiteral("Approver") : QStringLiteral("Reviewer")},
                               {QStringLiteral("associated_attachments"), QJsonArray()},
                               {QStringLiteral("comment"), answered ? QJsonValue(utf8(comments[random.bounded(countOf(comments))])) : QJsonValue()},
                               {QStringLiteral("due_date"), date(sent.addDays(7 + 7 * step))},
                               {QStringLiteral("response_required"), true},
                               {QStringLiteral("response"), QJsonObject{{QStringLiteral("id"), qint64(161700 + (&response - responses))},
                                                                       {QStringLiteral("name"), utf8(response.name)},
                                                                       {QStringLiteral("considered"), utf8(response.considered)}}},
                               {QStringLiteral("returned_date"), answered ? QJsonValue(date(sent.addDays(3 + random.bounded(10)))) : QJsonValue()},
                               {QStringLiteral("sent_date"), date(sent)},
                               {QStringLiteral("days_to_respond"), 7},
                               {QStringLiteral("user"), person(who)},
                               {QStringLiteral("variance"), QJsonValue()},
                               {QStringLiteral("workflow_group_number"), step}});
    }
    return out;
}

QJsonObject makeSubmittal(QRandomGenerator &random, qint64 id, qint64 projectId, qint64 companyId, int index, qint64 *nextChildId)
{
    const Section &section = sections[random.bounded(countOf(sections))];
    const int statusIndex = random.bounded(countOf(statuses));
    const Status &status = statuses[statusIndex];
    const bool closed = QLatin1String(status.status) == QLatin1String("Closed");
    const int typeIndex = random.bounded(countOf(types));
    const int contractor = random.bounded(countOf(vendorNames));
    const QDateTime created = SandboxData::epoch().addDays(-300 + random.bounded(290)).addSecs(random.bounded(86400));
    // Never after the sandbox's clock: an edit made through /__admin must be the newest change.
    const QDateTime updated = std::min(created.addSecs(random.bounded(20 * 86400)), SandboxData::epoch().addSecs(-3600));
    const QDate issued = created.date();
    // Due dates straddle the epoch's date, so some open items are overdue.
    const QDate due = SandboxData::epoch().date().addDays(-40 + random.bounded(90));
    const int revision = random.bounded(5) == 0 ? 1 : 0;

    QJsonArray ballInCourt;
    if (!closed && QLatin1String(status.status) != QLatin1String("Draft")) {
        const int who = random.bounded(countOf(people));
        QJsonObject member = person(who);
        member.insert(QStringLiteral("initials"), initials(utf8(people[who])));
        member.insert(QStringLiteral("vendor"), random.bounded(3) == 0 ? QJsonValue() : QJsonValue(vendor(contractor)));
        ballInCourt.append(member);
    }
    QJsonArray attachments;
    const int attachmentCount = random.bounded(4);
    for (int a = 0; a < attachmentCount; ++a) {
        const qint64 attachmentId = (*nextChildId);
        *nextChildId += 2;
        attachments.append(attachment(attachmentId, QStringLiteral("%1-%2.pdf").arg(QString::fromLatin1(section.number).remove(QLatin1Char(' '))).arg(a + 1),
                                      created.addSecs(3600 * (a + 1))));
    }
    const QString number = QString::number(index + 1);
    return QJsonObject{
        {QStringLiteral("id"), id},
        {projectKey, projectId},
        {QStringLiteral("number"), number},
        {QStringLiteral("formatted_number"), QStringLiteral("%1-%2").arg(utf8(section.number), number)},
        {QStringLiteral("title"), utf8(subjects[random.bounded(countOf(subjects))])},
        {QStringLiteral("description"), random.bounded(4) == 0 ? QJsonValue() : QJsonValue(QStringLiteral("Submit %1 for %2.").arg(utf8(types[typeIndex]).toLower(), utf8(section.description)))},
        {QStringLiteral("revision"), QString::number(revision)},
        {QStringLiteral("current_revision"), true},
        {QStringLiteral("private"), random.bounded(10) == 0},
        {QStringLiteral("created_at"), SandboxData::timestamp(created)},
        {QStringLiteral("updated_at"), SandboxData::timestamp(updated)},
        {QStringLiteral("due_date"), date(due)},
        {QStringLiteral("issue_date"), date(issued)},
        {QStringLiteral("received_date"), random.bounded(2) ? QJsonValue(date(issued.addDays(2))) : QJsonValue()},
        {QStringLiteral("submit_by"), date(issued.addDays(14))},
        {QStringLiteral("actual_delivery_date"), QJsonValue()},
        {QStringLiteral("required_on_site_date"), random.bounded(3) == 0 ? QJsonValue() : QJsonValue(date(due.addDays(30 + random.bounded(60))))},
        {QStringLiteral("distributed_at"), closed ? QJsonValue(SandboxData::timestamp(updated)) : QJsonValue()},
        {QStringLiteral("closed_at"), closed ? QJsonValue(SandboxData::timestamp(updated)) : QJsonValue()},
        {QStringLiteral("lead_time"), random.bounded(2) ? QJsonValue(7 * (1 + random.bounded(8))) : QJsonValue()},
        {QStringLiteral("location_id"), QJsonValue()},
        {QStringLiteral("cost_code_id"), QJsonValue()},
        {QStringLiteral("created_by"), person(random.bounded(countOf(people)))},
        {QStringLiteral("received_from"), person(random.bounded(countOf(people)))},
        {QStringLiteral("submittal_manager"), person(0)},
        {QStringLiteral("responsible_contractor"), vendor(contractor)},
        {QStringLiteral("distribution_members"), QJsonArray{person(2), person(4)}},
        {QStringLiteral("ball_in_court"), ballInCourt},
        {QStringLiteral("status"), QJsonObject{{QStringLiteral("id"), statusId(companyId, statusIndex)},
                                              {QStringLiteral("name"), utf8(status.name)},
                                              {QStringLiteral("status"), utf8(status.status)}}},
        {QStringLiteral("type"), QJsonObject{{QStringLiteral("id"), 40 + typeIndex},
                                            {QStringLiteral("name"), utf8(types[typeIndex])},
                                            {QStringLiteral("translated_name"), utf8(types[typeIndex])}}},
        {QStringLiteral("specification_section"), QJsonObject{{QStringLiteral("id"), qint64(8800000000000 + (&section - sections))},
                                                             {QStringLiteral("number"), utf8(section.number)},
                                                             {QStringLiteral("description"), utf8(section.description)},
                                                             {QStringLiteral("label"), QStringLiteral("%1 %2").arg(utf8(section.number), utf8(section.description))},
                                                             {QStringLiteral("current_revision_id"), QJsonValue()}}},
        {QStringLiteral("submittal_workflow_template"), idName(161072, QStringLiteral("Standard Review"))},
        {QStringLiteral("drawing_ids"), QJsonArray()},
        {QStringLiteral("linked_drawing_ids"), QJsonArray()},
        {QStringLiteral("associated_attachments"), attachments},
        {QStringLiteral("approvers"), approvers(random, nextChildId, issued.addDays(2), closed)},
        {QStringLiteral("submittal_package"), QJsonValue()},
        {QStringLiteral("custom_fields"), QJsonObject()},
    };
}

// The project of the path, checked against the company header: nullptr and *error otherwise.
const QJsonObject *projectOf(const QRegularExpressionMatch &match, RestContext &context, HttpResponse *error)
{
    const QJsonObject *project = context.data.find(QStringLiteral("projects"), match.captured(QStringLiteral("project_id")).toLongLong());
    if (!project) {
        *error = ProcoreError::notFound();
        return nullptr;
    }
    if (!context.checkCompany(project->value(QLatin1String("company")).toObject().value(QLatin1String("id")).toInteger(), error))
        return nullptr;
    return project;
}

} // namespace

QJsonObject SubmittalsEndpoints::served(QJsonObject record, const QUrl &base)
{
    record.remove(projectKey);
    QJsonArray attachments = record.value(QLatin1String("associated_attachments")).toArray();
    for (qsizetype i = 0; i < attachments.size(); ++i) {
        QJsonObject a = attachments.at(i).toObject();
        a.insert(QStringLiteral("url"), base.resolved(QUrl(a.value(QLatin1String("url")).toString())).toString());
        attachments.replace(i, a);
    }
    record.insert(QStringLiteral("associated_attachments"), attachments);
    return record;
}

std::optional<HttpResponse> SubmittalsEndpoints::checkEdit(const QJsonObject &fields, qint64 companyId, SandboxData &data,
                                                           QJsonObject *changes)
{
    QJsonObject errors;
    const auto refuse = [&errors](const char *field, const QString &message) {
        errors.insert(QLatin1String(field), QJsonArray{message});
    };
    if (fields.contains(QLatin1String("title"))) {
        const QString title = fields.value(QLatin1String("title")).toString();
        if (title.trimmed().isEmpty())
            refuse("title", QStringLiteral("can't be blank"));
        else if (title.size() > 255)
            refuse("title", QStringLiteral("is too long (maximum is 255 characters)"));
        changes->insert(QStringLiteral("title"), title);
    }
    if (fields.contains(QLatin1String("description")))
        changes->insert(QStringLiteral("description"), fields.value(QLatin1String("description")));
    if (fields.contains(QLatin1String("due_date"))) {
        const QJsonValue due = fields.value(QLatin1String("due_date"));
        if (!due.isNull() && !QDate::fromString(due.toString(), Qt::ISODate).isValid())
            refuse("due_date", QStringLiteral("is not a valid date"));
        changes->insert(QStringLiteral("due_date"), due);
    }
    if (fields.contains(QLatin1String("status_id"))) {
        const qint64 statusId = fields.value(QLatin1String("status_id")).toInteger();
        const QJsonObject *status = data.find(statusesCollection, statusId);
        if (!status || status->value(QLatin1String("_company_id")).toInteger() != companyId)
            refuse("status_id", QStringLiteral("is not a submittal status of this company"));
        else
            changes->insert(QStringLiteral("status"), QJsonObject{{QStringLiteral("id"), statusId},
                                                                  {QStringLiteral("name"), status->value(QLatin1String("name"))},
                                                                  {QStringLiteral("status"), status->value(QLatin1String("status"))}});
    }
    if (errors.isEmpty())
        return std::nullopt;
    return HttpResponse::json(422, QJsonObject{{QStringLiteral("errors"), errors}});
}

namespace {

bool matchesQuery(const QJsonObject &s, const QString &query)
{
    for (const char *key : {"title", "number", "formatted_number", "description"})
        if (s.value(QLatin1String(key)).toString().contains(query, Qt::CaseInsensitive))
            return true;
    return false;
}

HttpResponse list(const HttpRequest &request, const QRegularExpressionMatch &match, RestContext &context)
{
    HttpResponse error;
    const QJsonObject *project = projectOf(match, context, &error);
    if (!project)
        return error;
    const qint64 projectId = project->value(QLatin1String("id")).toInteger();
    QList<QJsonObject> records = context.data.collection(QStringLiteral("submittals"));
    records.removeIf([projectId](const QJsonObject &s) { return s.value(projectKey).toInteger() != projectId; });
    const QString status = request.queryValue(QStringLiteral("filters[status_id]"));
    if (!status.isEmpty())
        records.removeIf([&](const QJsonObject &s) { return s.value(QLatin1String("status")).toObject().value(QLatin1String("id")).toInteger() != status.toLongLong(); });
    const QString ballInCourt = request.queryValue(QStringLiteral("filters[ball_in_court_id]"));
    if (!ballInCourt.isEmpty()) {
        records.removeIf([&](const QJsonObject &s) {
            for (const QJsonValue &member : s.value(QLatin1String("ball_in_court")).toArray())
                if (member.toObject().value(QLatin1String("id")).toInteger() == ballInCourt.toLongLong())
                    return false;
            return true;
        });
    }
    const QString query = request.queryValue(QStringLiteral("filters[query]"));
    if (!query.isEmpty())
        records.removeIf([&](const QJsonObject &s) { return !matchesQuery(s, query); });
    ListEndpoint::Options options;
    options.maxPerPage = 1000;
    const QUrl base = context.baseUrl;
    return ListEndpoint(options).respond(request, context, records, [base](const QJsonObject &s) { return SubmittalsEndpoints::served(s, base); });
}

HttpResponse show(const HttpRequest &, const QRegularExpressionMatch &match, RestContext &context)
{
    HttpResponse error;
    const QJsonObject *project = projectOf(match, context, &error);
    if (!project)
        return error;
    const QJsonObject *record = context.data.find(QStringLiteral("submittals"), match.captured(QStringLiteral("id")).toLongLong());
    if (!record || record->value(projectKey).toInteger() != project->value(QLatin1String("id")).toInteger())
        return ProcoreError::notFound();
    QJsonObject out = SubmittalsEndpoints::served(*record, context.baseUrl);
    QJsonArray attachments;
    for (const QJsonValue &value : out.value(QLatin1String("associated_attachments")).toArray()) {
        const QJsonObject a = value.toObject();
        attachments.append(QJsonObject{{QStringLiteral("id"), a.value(QLatin1String("attachment_id"))},
                                       {QStringLiteral("url"), a.value(QLatin1String("url"))},
                                       {QStringLiteral("filename"), a.value(QLatin1String("filename"))}});
    }
    out.insert(QStringLiteral("attachments"), attachments);
    return HttpResponse::json(200, out);
}

HttpResponse companyStatuses(const HttpRequest &request, const QRegularExpressionMatch &match, RestContext &context)
{
    const qint64 companyId = match.captured(QStringLiteral("company_id")).toLongLong();
    HttpResponse error;
    if (!context.checkCompany(companyId, &error))
        return error;
    QList<QJsonObject> records = context.data.collection(statusesCollection);
    records.removeIf([companyId](const QJsonObject &s) { return s.value(QLatin1String("_company_id")).toInteger() != companyId; });
    ListEndpoint::Options options;
    options.filterUpdatedAt = false;
    return ListEndpoint(options).respond(request, context, records, [](QJsonObject s) {
        s.remove(QStringLiteral("_company_id"));
        return s;
    });
}

} // namespace

void SubmittalsEndpoints::generate(SandboxData &data, QRandomGenerator &random, Scale scale) const
{
    int projectsWithItems = 3;
    int perProject = 30;
    switch (scale) {
    case Scale::Tiny: projectsWithItems = 3; perProject = 12; break;
    case Scale::Demo: projectsWithItems = 4; perProject = 40; break;
    case Scale::Large: projectsWithItems = 10; perProject = 300; break;
    case Scale::Huge: projectsWithItems = 10; perProject = 2000; break;
    }
    QList<QJsonObject> &statusRecords = data.collection(statusesCollection);
    for (const QJsonObject &company : data.collection(QStringLiteral("companies"))) {
        const qint64 companyId = company.value(QLatin1String("id")).toInteger();
        for (int i = 0; i < countOf(statuses); ++i)
            statusRecords.append(QJsonObject{{QStringLiteral("id"), statusId(companyId, i)},
                                             {QStringLiteral("_company_id"), companyId},
                                             {QStringLiteral("name"), utf8(statuses[i].name)},
                                             {QStringLiteral("status"), utf8(statuses[i].status)}});
    }
    QList<QJsonObject> &submittals = data.collection(name());
    qint64 id = 562949954000000;
    qint64 childId = 562949955000000;
    QHash<qint64, int> seen;
    for (const QJsonObject &project : data.collection(QStringLiteral("projects"))) {
        const qint64 companyId = project.value(QLatin1String("company")).toObject().value(QLatin1String("id")).toInteger();
        if (seen[companyId]++ >= projectsWithItems)
            continue;
        const qint64 projectId = project.value(QLatin1String("id")).toInteger();
        for (int i = 0; i < perProject; ++i) {
            QJsonObject submittal = makeSubmittal(random, id++, projectId, companyId, i, &childId);
            // Every fourth submittal with someone in court waits for the signed-in user (/me),
            // so "my" submittals exist. Decided by index, not drawn: the rest of the data stays as it was.
            QJsonArray court = submittal.value(QLatin1String("ball_in_court")).toArray();
            if (i % 4 == 0 && !court.isEmpty() && !data.me().isEmpty()) {
                QJsonObject member = court.first().toObject();
                member.insert(QStringLiteral("id"), data.me().value(QLatin1String("id")));
                member.insert(QStringLiteral("name"), data.me().value(QLatin1String("name")));
                member.insert(QStringLiteral("initials"), initials(data.me().value(QLatin1String("name")).toString()));
                court.replace(0, member);
                submittal.insert(QStringLiteral("ball_in_court"), court);
            }
            submittals.append(submittal);
        }
    }
}

void SubmittalsEndpoints::addRoutes(Router &router) const
{
    router.add("GET", QStringLiteral("/rest/v1.1/projects/{project_id}/submittals"), &list);
    router.add("GET", QStringLiteral("/rest/v1.1/projects/{project_id}/submittals/{id}"), &show);
    router.add("GET", QStringLiteral("/rest/v1.0/companies/{company_id}/submittal_statuses"), &companyStatuses);
}

} // namespace sandbox
