#include "submittals/submittaldetailpane.h"

#include "outbox/outboxentry.h"
#include "submittals/submittal.h"
#include "submittals/submittaleditform.h"

#include <QDate>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMimeData>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sitedesk {

namespace {

QString day(const QString &iso)
{
    const QDate date = QDate::fromString(iso.left(10), Qt::ISODate);
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : iso;
}

QStringList localFiles(const QMimeData *mime)
{
    QStringList paths;
    if (mime)
        for (const QUrl &url : mime->urls())
            if (url.isLocalFile())
                paths << url.toLocalFile();
    return paths;
}

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

SubmittalDetailPane::SubmittalDetailPane(QWidget *parent)
    : QWidget(parent),
      m_heading(new QLabel(this)),
      m_message(new QLabel(this)),
      m_waiting(new QLabel(this)),
      m_body(new QWidget(this)),
      m_scroll(new QScrollArea(this)),
      m_fields(new QFormLayout),
      m_description(new QLabel(this)),
      m_workflow(new QTableWidget(0, 6, this)),
      m_drawings(new QLabel(this)),
      m_attachments(new QListWidget(this)),
      m_attachmentStatus(new QLabel(this)),
      m_edit(new QPushButton(tr("&Edit…"), this)),
      m_form(new SubmittalEditForm(this))
{
    setAcceptDrops(true);
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_heading->setFont(big);
    m_heading->setWordWrap(true);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_waiting->setObjectName(QStringLiteral("submittalWaiting"));
    m_waiting->setWordWrap(true);
    m_description->setWordWrap(true);
    m_description->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_workflow->setObjectName(QStringLiteral("submittalWorkflow"));
    m_workflow->setHorizontalHeaderLabels({tr("Step"), tr("Name"), tr("Role"), tr("Response"), tr("Returned"), tr("Comment")});
    m_workflow->verticalHeader()->hide();
    m_workflow->horizontalHeader()->setStretchLastSection(true);
    m_workflow->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_workflow->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_workflow->setWordWrap(false);
    m_attachments->setObjectName(QStringLiteral("submittalAttachments"));
    m_attachments->setMaximumHeight(m_attachments->fontMetrics().height() * 6 + 8);
    m_drawings->setWordWrap(true);
    m_attachmentStatus->setWordWrap(true);   // a long sentence must not widen the pane
    m_form->hide();

    auto *openButton = new QPushButton(tr("Ope&n"), this);
    auto *keepButton = new QPushButton(tr("&Keep offline"), this);
    keepButton->setObjectName(QStringLiteral("submittalKeepOffline"));
    keepButton->setToolTip(tr("Download the chosen attachment and keep it on this computer"));
    auto *attachButton = new QPushButton(tr("&Attach files…"), this);
    attachButton->setObjectName(QStringLiteral("submittalAttach"));
    attachButton->setToolTip(tr("Upload files to Procore and attach them to this submittal (or drop files here)"));
    connect(openButton, &QPushButton::clicked, this, [this] {
        if (m_attachments->currentRow() >= 0)
            emit attachmentOpenRequested(m_attachments->currentRow());
    });
    connect(keepButton, &QPushButton::clicked, this, [this] {
        if (m_attachments->currentRow() >= 0)
            emit attachmentKeepOfflineRequested(m_attachments->currentRow());
    });
    connect(m_attachments, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit attachmentOpenRequested(m_attachments->row(item));
    });
    connect(attachButton, &QPushButton::clicked, this, &SubmittalDetailPane::attachFilesClicked);
    connect(m_edit, &QPushButton::clicked, this, &SubmittalDetailPane::openEditor);
    connect(m_form, &SubmittalEditForm::cancelled, this, [this] { m_form->hide(); m_edit->show(); });
    connect(m_form, &SubmittalEditForm::saveRequested, this, [this](const QJsonObject &fields) {
        m_form->hide();
        m_edit->show();
        if (!fields.isEmpty())
            emit editSaved(fields);
    });

    auto *attachmentButtons = new QHBoxLayout;
    attachmentButtons->addWidget(m_attachmentStatus, 1);
    attachmentButtons->addWidget(openButton);
    attachmentButtons->addWidget(keepButton);
    attachmentButtons->addWidget(attachButton);
    auto *top = new QHBoxLayout;
    top->addWidget(m_heading, 1);
    top->addWidget(m_edit, 0, Qt::AlignTop);

    auto *body = new QVBoxLayout(m_body);
    body->addLayout(top);
    body->addWidget(m_waiting);
    body->addWidget(m_form);
    body->addLayout(m_fields);
    body->addWidget(heading(tr("Description"), m_body));
    body->addWidget(m_description);
    body->addWidget(heading(tr("Workflow"), m_body));
    body->addWidget(m_workflow, 1);
    body->addWidget(m_drawings);
    body->addWidget(heading(tr("Attachments"), m_body));
    body->addWidget(m_attachments);
    body->addLayout(attachmentButtons);

    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(m_body);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_message);
    layout->addWidget(m_scroll, 1);
    showMessage(tr("Choose a submittal in the log to see it here."));
}

void SubmittalDetailPane::showMessage(const QString &message)
{
    m_submittalId = 0;
    m_detail = {};
    m_message->setText(message);
    m_message->show();
    m_scroll->hide();
}

void SubmittalDetailPane::showSubmittal(const Submittal &submittal, const std::optional<OutboxEntry> &waiting,
                                        const QList<SubmittalStore::Status> &statuses)
{
    const bool sameSubmittal = submittal.id == m_submittalId;
    m_submittalId = submittal.id;
    m_detail = SubmittalDetail::fromJson(submittal.raw);
    const QJsonObject edits = waiting ? waiting->body.value(QLatin1String("submittal")).toObject() : QJsonObject();
    if (edits.contains(QLatin1String("description")))
        m_detail.description = edits.value(QLatin1String("description")).toString();
    m_message->hide();
    m_scroll->show();
    QString statusName = submittal.statusName;
    if (edits.contains(QLatin1String("status_id")))
        for (const SubmittalStore::Status &status : statuses)
            if (status.id == edits.value(QLatin1String("status_id")).toInteger())
                statusName = status.name;
    fillFields(submittal, edits, statusName);
    fillWorkflow();
    fillAttachments();
    showWaiting(waiting);
    // A refused edit reopens with the user's values and Procore's words under each field.
    if (waiting && waiting->state == OutboxEntry::State::Rejected && !waiting->fieldErrors.isEmpty()) {
        if (!sameSubmittal || m_form->isHidden())   // never over what the user is typing
            m_form->load(submittal, edits, statuses);
        m_form->setFieldErrors(waiting->fieldErrors);
        m_form->show();
        m_edit->hide();
    } else if (!sameSubmittal || m_form->isHidden()) {
        m_form->load(submittal, edits, statuses);
        m_form->hide();
        m_edit->show();
    }
}

void SubmittalDetailPane::openEditor()
{
    if (m_submittalId == 0)
        return;
    m_form->show();
    m_edit->hide();
    m_form->titleField()->setFocus();
}

void SubmittalDetailPane::fillFields(const Submittal &submittal, const QJsonObject &edits, const QString &statusName)
{
    const QString title = edits.contains(QLatin1String("title")) ? edits.value(QLatin1String("title")).toString() : submittal.title;
    const QString due = edits.contains(QLatin1String("due_date")) ? edits.value(QLatin1String("due_date")).toString() : submittal.dueDate;
    m_heading->setText(submittal.revision.isEmpty() || submittal.revision == QLatin1String("0")
                           ? tr("%1 – %2").arg(submittal.number, title)
                           : tr("%1 – %2 (revision %3)").arg(submittal.number, title, submittal.revision));
    while (m_fields->rowCount() > 0)
        m_fields->removeRow(0);
    const auto add = [this](const QString &label, const QString &value) {
        auto *text = new QLabel(value.isEmpty() ? QStringLiteral("—") : value);
        text->setWordWrap(true);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_fields->addRow(label, text);
    };
    add(tr("Status"), statusName);
    add(tr("Ball in court"), submittal.ballInCourtNames());
    add(tr("Responsible contractor"), submittal.responsibleContractor);
    add(tr("Spec section"), submittal.specSection);
    add(tr("Type"), submittal.type);
    add(tr("Due"), day(due));
    add(tr("Required on site"), day(submittal.requiredOnSiteDate));
    add(tr("Issued"), day(m_detail.issueDate));
    add(tr("Received"), day(m_detail.receivedDate));
    add(tr("Submit by"), day(m_detail.submitBy));
    add(tr("Submittal manager"), m_detail.submittalManager);
    add(tr("Received from"), m_detail.receivedFrom);
    m_description->setText(m_detail.description.isEmpty() ? tr("No description.") : m_detail.description);
}

QString SubmittalDetailPane::fieldText(const QString &name) const
{
    for (int row = 0; row < m_fields->rowCount(); ++row) {
        auto *label = qobject_cast<QLabel *>(m_fields->itemAt(row, QFormLayout::LabelRole)->widget());
        auto *value = qobject_cast<QLabel *>(m_fields->itemAt(row, QFormLayout::FieldRole)->widget());
        if (label && value && label->text() == name)
            return value->text();
    }
    return {};
}

void SubmittalDetailPane::fillWorkflow()
{
    m_workflow->setRowCount(int(m_detail.approvers.size()));
    for (int row = 0; row < m_detail.approvers.size(); ++row) {
        const SubmittalDetail::Approver &a = m_detail.approvers.at(row);
        const QStringList cells{QString::number(a.step + 1), a.name, a.role, a.response, day(a.returnedDate), a.comment};
        for (int column = 0; column < cells.size(); ++column)
            m_workflow->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_workflow->resizeColumnsToContents();
    m_drawings->setText(m_detail.linkedDrawingIds.isEmpty() ? QString()
                                                            : tr("Linked drawings: %n", nullptr, int(m_detail.linkedDrawingIds.size())));
    m_drawings->setVisible(!m_detail.linkedDrawingIds.isEmpty());
}

void SubmittalDetailPane::fillAttachments()
{
    m_attachments->clear();
    for (const SubmittalDetail::Attachment &a : std::as_const(m_detail.attachments))
        m_attachments->addItem(a.filename.isEmpty() ? tr("Attachment %1").arg(a.id) : a.filename);
    m_attachmentStatus->setText(m_detail.attachments.isEmpty() ? tr("No attachments yet: drop files here to attach them.") : QString());
}

void SubmittalDetailPane::setAttachmentNote(int index, const QString &note)
{
    QListWidgetItem *item = m_attachments->item(index);
    if (!item || index >= m_detail.attachments.size())
        return;
    const SubmittalDetail::Attachment &a = m_detail.attachments.at(index);
    const QString name = a.filename.isEmpty() ? tr("Attachment %1").arg(a.id) : a.filename;
    item->setText(note.isEmpty() ? name : tr("%1 (%2)").arg(name, note));
}

void SubmittalDetailPane::setAttachmentStatus(const QString &text)
{
    m_attachmentStatus->setText(text);
}

void SubmittalDetailPane::showWaiting(const std::optional<OutboxEntry> &waiting)
{
    if (!waiting) {
        m_waiting->hide();
        return;
    }
    switch (waiting->state) {
    case OutboxEntry::State::Rejected:
        m_waiting->setText(tr("Procore refused your change: %1").arg(waiting->error));
        break;
    case OutboxEntry::State::Conflict:
        m_waiting->setText(tr("Someone changed this submittal in Procore since you edited it. Resolve it in the Outbox."));
        break;
    case OutboxEntry::State::Uncertain:
        m_waiting->setText(tr("Your change may not have reached Procore: %1").arg(waiting->error));
        break;
    default:
        m_waiting->setText(tr("Your change waits to be sent to Procore."));
    }
    m_waiting->setStyleSheet(waiting->needsUser() ? QStringLiteral("color: #b3261e;") : QStringLiteral("color: #8a5a00;"));
    m_waiting->show();
}

void SubmittalDetailPane::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_submittalId != 0 && !localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void SubmittalDetailPane::dropEvent(QDropEvent *event)
{
    const QStringList paths = localFiles(event->mimeData());
    if (m_submittalId == 0 || paths.isEmpty())
        return;
    event->acceptProposedAction();
    emit filesDropped(paths);
}

} // namespace sitedesk
