#pragma once

#include "submittals/submittalstore.h"

#include <QJsonObject>
#include <QList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace sitedesk {

struct Submittal;

// The fields of a submittal a user may change in Procore: title, description, due date and
// status. Each field has a line under it for Procore's 422 message about that field, so a
// refused edit reads "can't be blank" right under the title. Save hands over only the fields
// that differ from the submittal as Procore has it.
class SubmittalEditForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SubmittalEditForm)

public:
    explicit SubmittalEditForm(QWidget *parent = nullptr);

    // Fills the form with `submittal` (Procore's) and the user's waiting `edits` laid over it.
    void load(const Submittal &submittal, const QJsonObject &edits, const QList<SubmittalStore::Status> &statuses);
    // Procore's {"field": ["message", …]}; an empty object clears every message.
    void setFieldErrors(const QJsonObject &errors);
    QString fieldError(const QString &field) const;
    // The update body's fields that differ from Procore's copy.
    QJsonObject changedFields() const;

    QLineEdit *titleField() const { return m_title; }
    QPlainTextEdit *descriptionField() const { return m_description; }
    QDateEdit *dueDateField() const { return m_dueDate; }
    QCheckBox *hasDueDateBox() const { return m_hasDueDate; }
    QComboBox *statusField() const { return m_status; }

signals:
    void saveRequested(const QJsonObject &fields);
    void cancelled();

private:
    QLabel *errorLabel(const QString &field);

    QLineEdit *m_title;
    QPlainTextEdit *m_description;
    QCheckBox *m_hasDueDate;
    QDateEdit *m_dueDate;
    QComboBox *m_status;
    QList<QLabel *> m_errors;
    QJsonObject m_original;   // title, description, due_date, status_id as Procore has them
};

} // namespace sitedesk
