#pragma once

#include "submittals/submittaldetail.h"
#include "submittals/submittalstore.h"

#include <QStringList>
#include <QWidget>

#include <optional>

class QFormLayout;
class QLabel;
class QListWidget;
class QPushButton;
class QScrollArea;
class QTableWidget;

namespace sitedesk {

class SubmittalEditForm;
struct OutboxEntry;
struct Submittal;

// One submittal beside the log: number and title, status and ball in court, dates, the
// description, the workflow (each approver with their response and comment), linked drawings
// and the attachments. An edit that waits for Procore is shown over Procore's values with a
// line saying so (or why Procore refused it). Files dropped on the pane, or chosen with
// "Attach files…", are handed on to be uploaded and attached.
class SubmittalDetailPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SubmittalDetailPane)

public:
    explicit SubmittalDetailPane(QWidget *parent = nullptr);

    void showSubmittal(const Submittal &submittal, const std::optional<OutboxEntry> &waiting,
                       const QList<SubmittalStore::Status> &statuses);
    void showMessage(const QString &message);
    void setAttachmentStatus(const QString &text);
    // A note after an attachment's name: "kept offline", "on this computer" or "" (only in Procore).
    void setAttachmentNote(int index, const QString &note);
    void openEditor();

    qint64 submittalId() const { return m_submittalId; }
    const QList<SubmittalDetail::Attachment> &attachments() const { return m_detail.attachments; }
    SubmittalEditForm *editForm() const { return m_form; }
    QListWidget *attachmentsList() const { return m_attachments; }
    QTableWidget *workflowTable() const { return m_workflow; }
    QLabel *waitingLabel() const { return m_waiting; }
    QString fieldText(const QString &name) const;   // a detail line's shown value, by its label

signals:
    void editSaved(const QJsonObject &fields);
    void attachmentOpenRequested(int index);
    void attachmentKeepOfflineRequested(int index);
    void attachFilesClicked();
    void filesDropped(const QStringList &paths);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void fillFields(const Submittal &submittal, const QJsonObject &edits, const QString &statusName);
    void fillWorkflow();
    void fillAttachments();
    void showWaiting(const std::optional<OutboxEntry> &waiting);

    QLabel *m_heading;
    QLabel *m_message;
    QLabel *m_waiting;
    QWidget *m_body;
    QScrollArea *m_scroll;
    QFormLayout *m_fields;
    QLabel *m_description;
    QTableWidget *m_workflow;
    QLabel *m_drawings;
    QListWidget *m_attachments;
    QLabel *m_attachmentStatus;
    QPushButton *m_edit;
    SubmittalEditForm *m_form;
    SubmittalDetail m_detail;
    qint64 m_submittalId = 0;
};

} // namespace sitedesk
