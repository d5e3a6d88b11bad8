#include "submittals/submittaleditform.h"

#include "submittals/submittal.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sitedesk {

namespace {

const char *const fieldProperty = "procoreField";

// A field with its error line under it.
QWidget *withError(QWidget *field, QLabel *error)
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(error);
    return box;
}

} // namespace

SubmittalEditForm::SubmittalEditForm(QWidget *parent)
    : QWidget(parent),
      m_title(new QLineEdit(this)),
      m_description(new QPlainTextEdit(this)),
      m_hasDueDate(new QCheckBox(tr("Due"), this)),
      m_dueDate(new QDateEdit(this)),
      m_status(new QComboBox(this))
{
    m_title->setObjectName(QStringLiteral("submittalTitleEdit"));
    m_description->setObjectName(QStringLiteral("submittalDescriptionEdit"));
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 4 + 12);
    m_dueDate->setObjectName(QStringLiteral("submittalDueEdit"));
    m_dueDate->setCalendarPopup(true);
    m_dueDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_status->setObjectName(QStringLiteral("submittalStatusEdit"));
    connect(m_hasDueDate, &QCheckBox::toggled, m_dueDate, &QWidget::setEnabled);

    auto *due = new QWidget(this);
    auto *dueLayout = new QHBoxLayout(due);
    dueLayout->setContentsMargins(0, 0, 0, 0);
    dueLayout->addWidget(m_hasDueDate);
    dueLayout->addWidget(m_dueDate, 1);

    // Each label's mnemonic moves the focus to its field (not to the box that holds the error line).
    auto *form = new QFormLayout;
    const auto addRow = [this, form](const QString &text, QWidget *buddy, QWidget *field, const QString &procoreField) {
        auto *label = new QLabel(text, this);
        label->setBuddy(buddy);
        form->addRow(label, withError(field, errorLabel(procoreField)));
    };
    addRow(tr("&Title"), m_title, m_title, QStringLiteral("title"));
    addRow(tr("&Description"), m_description, m_description, QStringLiteral("description"));
    addRow(tr("Due dat&e"), m_hasDueDate, due, QStringLiteral("due_date"));
    addRow(tr("Stat&us"), m_status, m_status, QStringLiteral("status_id"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("submittalSave"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] { emit saveRequested(changedFields()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &SubmittalEditForm::cancelled);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

QLabel *SubmittalEditForm::errorLabel(const QString &field)
{
    auto *label = new QLabel(this);
    label->setProperty(fieldProperty, field);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b3261e;"));
    label->hide();
    m_errors.append(label);
    return label;
}

void SubmittalEditForm::load(const Submittal &submittal, const QJsonObject &edits, const QList<SubmittalStore::Status> &statuses)
{
    m_original = QJsonObject{{QStringLiteral("title"), submittal.title},
                             {QStringLiteral("description"), submittal.description},
                             {QStringLiteral("due_date"), submittal.dueDate.isEmpty() ? QJsonValue() : QJsonValue(submittal.dueDate)},
                             {QStringLiteral("status_id"), submittal.statusId}};
    QJsonObject shown = m_original;
    for (auto it = edits.begin(); it != edits.end(); ++it)
        shown.insert(it.key(), it.value());
    m_title->setText(shown.value(QLatin1String("title")).toString());
    m_description->setPlainText(shown.value(QLatin1String("description")).toString());
    const QDate due = QDate::fromString(shown.value(QLatin1String("due_date")).toString(), Qt::ISODate);
    m_hasDueDate->setChecked(due.isValid());
    m_dueDate->setEnabled(due.isValid());
    m_dueDate->setDate(due.isValid() ? due : QDate::currentDate());
    m_status->clear();
    const qint64 statusId = shown.value(QLatin1String("status_id")).toInteger();
    bool listed = false;
    for (const SubmittalStore::Status &status : statuses) {
        m_status->addItem(status.name, status.id);
        listed = listed || status.id == statusId;
    }
    if (!listed && statusId != 0)   // a status no other submittal uses: keep it choosable
        m_status->insertItem(0, submittal.statusName, statusId);
    m_status->setCurrentIndex(std::max(0, m_status->findData(statusId)));
    setFieldErrors({});
}

void SubmittalEditForm::setFieldErrors(const QJsonObject &errors)
{
    for (QLabel *label : std::as_const(m_errors)) {
        const QJsonValue messages = errors.value(label->property(fieldProperty).toString());
        QStringList lines;
        if (messages.isArray())
            for (const QJsonValue &message : messages.toArray())
                lines << message.toString();
        else if (messages.isString())
            lines << messages.toString();
        label->setText(lines.join(QLatin1Char('\n')));
        label->setVisible(!lines.isEmpty());
    }
}

QString SubmittalEditForm::fieldError(const QString &field) const
{
    for (QLabel *label : m_errors)
        if (label->property(fieldProperty).toString() == field)
            return label->isVisibleTo(this) ? label->text() : QString();
    return {};
}

QJsonObject SubmittalEditForm::changedFields() const
{
    const QJsonObject now{{QStringLiteral("title"), m_title->text()},
                          {QStringLiteral("description"), m_description->toPlainText()},
                          {QStringLiteral("due_date"), m_hasDueDate->isChecked() ? QJsonValue(m_dueDate->date().toString(Qt::ISODate)) : QJsonValue()},
                          {QStringLiteral("status_id"), m_status->currentData().toLongLong()}};
    QJsonObject changed;
    for (auto it = now.begin(); it != now.end(); ++it)
        if (it.value() != m_original.value(it.key()))
            changed.insert(it.key(), it.value());
    return changed;
}

} // namespace sitedesk
