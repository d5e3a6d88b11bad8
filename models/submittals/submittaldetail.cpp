#include "submittals/submittaldetail.h"

#include "core/jsonfields.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace sitedesk {

namespace {

QString text(const QJsonObject &object, const char *key)
{
    return json::toText(object.value(QLatin1String(key)));
}

QList<SubmittalDetail::Approver> approversOf(const QJsonArray &list)
{
    QList<SubmittalDetail::Approver> out;
    for (const QJsonValue &value : list) {
        const QJsonObject a = value.toObject();
        SubmittalDetail::Approver approver;
        approver.name = text(a, "user");
        if (approver.name.isEmpty())
            approver.name = text(a, "name");
        approver.role = text(a, "approver_type");
        approver.response = text(a, "response");
        approver.comment = text(a, "comment");
        approver.sentDate = text(a, "sent_date");
        approver.dueDate = text(a, "due_date");
        approver.returnedDate = text(a, "returned_date");
        approver.step = int(json::toId(a.value(QLatin1String("workflow_group_number"))));
        out.append(approver);
    }
    std::stable_sort(out.begin(), out.end(), [](const auto &l, const auto &r) { return l.step < r.step; });
    return out;
}

void addAttachments(const QJsonArray &list, const char *idKey, QSet<QString> *seen, QList<SubmittalDetail::Attachment> *out)
{
    for (const QJsonValue &value : list) {
        const QJsonObject a = value.toObject();
        SubmittalDetail::Attachment attachment;
        attachment.id = json::toId(a.value(QLatin1String(idKey)));
        if (attachment.id == 0)
            attachment.id = json::toId(a.value(QLatin1String("id")));
        attachment.filename = text(a, "filename");
        if (attachment.filename.isEmpty())
            attachment.filename = text(a, "name");
        attachment.url = text(a, "url");
        attachment.contentType = text(a, "content_type");
        // The show endpoint repeats the associated attachments under "attachments".
        if (attachment.id == 0 || seen->contains(attachment.fileKey()))
            continue;
        seen->insert(attachment.fileKey());
        out->append(attachment);
    }
}

} // namespace

SubmittalDetail SubmittalDetail::fromJson(const QJsonObject &raw)
{
    SubmittalDetail d;
    d.description = text(raw, "description");
    d.issueDate = text(raw, "issue_date");
    d.receivedDate = text(raw, "received_date");
    d.submitBy = text(raw, "submit_by");
    d.closedAt = text(raw, "closed_at");
    d.submittalManager = text(raw, "submittal_manager");
    d.receivedFrom = text(raw, "received_from");
    d.approvers = approversOf(raw.value(QLatin1String("approvers")).toArray());
    QSet<QString> seen;
    addAttachments(raw.value(QLatin1String("associated_attachments")).toArray(), "attachment_id", &seen, &d.attachments);
    addAttachments(raw.value(QLatin1String("attachments")).toArray(), "id", &seen, &d.attachments);
    for (const char *key : {"linked_drawing_ids", "drawing_ids"})
        for (const QJsonValue &id : raw.value(QLatin1String(key)).toArray())
            if (const qint64 drawing = json::toNestedId(id); drawing != 0 && !d.linkedDrawingIds.contains(drawing))
                d.linkedDrawingIds.append(drawing);
    return d;
}

} // namespace sitedesk
