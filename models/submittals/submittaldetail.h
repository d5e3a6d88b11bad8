#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace sitedesk {

// What the detail pane shows of one submittal beyond the log's columns, read tolerantly from
// the stored record (Procore's JSON as the list or the show endpoint sent it).
struct SubmittalDetail
{
    struct Approver
    {
        QString name;
        QString role;           // "Approver", "Reviewer"
        QString response;       // "Approved as Noted"; "Pending" while unanswered
        QString comment;
        QString sentDate;
        QString dueDate;
        QString returnedDate;
        int step = 0;           // workflow_group_number
    };
    struct Attachment
    {
        qint64 id = 0;
        QString filename;
        QString url;
        QString contentType;

        // The FileStore key of this attachment's bytes.
        QString fileKey() const { return QStringLiteral("submittal_attachment:%1").arg(id); }
    };

    QString description;
    QString issueDate;
    QString receivedDate;
    QString submitBy;
    QString closedAt;
    QString submittalManager;
    QString receivedFrom;
    QList<Approver> approvers;         // in workflow order
    QList<Attachment> attachments;     // associated_attachments, then the show endpoint's own
    QList<qint64> linkedDrawingIds;

    static SubmittalDetail fromJson(const QJsonObject &raw);
};

} // namespace sitedesk
