#pragma once

#include "dailylog/dailylogfield.h"
#include "dailylog/dailylogstore.h"

#include <QDate>
#include <QDialog>
#include <QHash>
#include <QJsonObject>

class QFormLayout;
class QLabel;

namespace sitedesk {

// Adds or edits one daily log entry. The form is built from the type's DailyLogField list, so
// one dialog serves manpower, notes, weather, deliveries, equipment and safety violations.
// Procore's refusal (a 422's field messages) is shown above the form and beside each field.
class DailyLogEntryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DailyLogEntryDialog)

public:
    DailyLogEntryDialog(const QString &type, const QDate &date, QWidget *parent = nullptr);

    QString type() const { return m_type; }
    void setVendors(const QList<DailyLogStore::Vendor> &vendors);
    void setLocations(const QStringList &locations);
    // Starts from an entry as Procore sent it (or a waiting change's body): an edit, which
    // then returns only the fields the user changed.
    void setValues(const QJsonObject &raw);
    void setProblem(const QString &message, const QJsonObject &fieldErrors);

    // The create/update body's fields (all filled ones for a new entry, changed ones for an edit).
    QJsonObject fields() const;
    QWidget *editor(const QString &key) const { return m_editors.value(key); }
    QString problemText() const;

    void accept() override;

private:
    QWidget *makeEditor(const DailyLogField &field);
    QJsonValue value(const DailyLogField &field) const;
    void setValue(const DailyLogField &field, const QJsonValue &value);
    QJsonObject allFields() const;

    QString m_type;
    QList<DailyLogField> m_fields;
    QHash<QString, QWidget *> m_editors;
    QHash<QString, QLabel *> m_errors;
    QFormLayout *m_form;
    QLabel *m_problem;
    bool m_editing = false;
    QJsonObject m_initial;
};

} // namespace sitedesk
