#include "dailylog/dailylogentrydialog.h"

#include "dailylog/dailylogtype.h"
#include "outbox/outboxmodel.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace sitedesk {

using Kind = DailyLogField::Kind;

DailyLogEntryDialog::DailyLogEntryDialog(const QString &type, const QDate &date, QWidget *parent)
    : QDialog(parent),
      m_type(type),
      m_fields(DailyLogField::forType(type)),
      m_form(new QFormLayout),
      m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("dailyLogEntryDialog"));
    setWindowTitle(tr("%1 – %2").arg(DailyLogType::displayName(type), QLocale().toString(date, QLocale::LongFormat)));
    m_problem->setObjectName(QStringLiteral("dailyLogEntryProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b02020;"));
    m_problem->hide();
    for (const DailyLogField &field : std::as_const(m_fields)) {
        QWidget *editor = makeEditor(field);
        auto *error = new QLabel(this);
        error->setStyleSheet(QStringLiteral("color: #b02020;"));
        error->setWordWrap(true);
        error->hide();
        auto *cell = new QVBoxLayout;
        cell->setSpacing(2);
        cell->addWidget(editor);
        cell->addWidget(error);
        m_form->addRow(field.required ? tr("%1 *").arg(field.label) : field.label, cell);
        m_editors.insert(field.key, editor);
        m_errors.insert(field.key, error);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setToolTip(tr("Saved at once; sent to Procore when online."));
    connect(buttons, &QDialogButtonBox::accepted, this, &DailyLogEntryDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &DailyLogEntryDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_problem);
    layout->addLayout(m_form);
    layout->addWidget(buttons);
    resize(480, sizeHint().height());
}

QWidget *DailyLogEntryDialog::makeEditor(const DailyLogField &field)
{
    switch (field.kind) {
    case Kind::LongText: {
        auto *edit = new QPlainTextEdit(this);
        edit->setTabChangesFocus(true);
        edit->setFixedHeight(fontMetrics().lineSpacing() * 4 + 12);
        return edit;
    }
    case Kind::Integer: {
        auto *spin = new QSpinBox(this);
        spin->setRange(0, 100000);
        return spin;
    }
    case Kind::Decimal: {
        auto *spin = new QDoubleSpinBox(this);
        spin->setRange(0, 100000);
        spin->setDecimals(2);
        return spin;
    }
    case Kind::Vendor: {
        auto *combo = new QComboBox(this);
        combo->addItem(tr("(none)"), qint64(0));
        return combo;
    }
    case Kind::Choice: {
        auto *combo = new QComboBox(this);
        combo->setEditable(true);
        combo->addItem(QString());
        combo->addItems(field.choices);
        return combo;
    }
    case Kind::Location: {
        auto *edit = new QLineEdit(this);
        edit->setPlaceholderText(tr("Building 1>Level 2"));
        edit->setToolTip(tr("Separate the tiers with '>', as Procore does: Building 1>Level 2>Room 204"));
        return edit;
    }
    case Kind::Text:
        break;
    }
    return new QLineEdit(this);
}

void DailyLogEntryDialog::setVendors(const QList<DailyLogStore::Vendor> &vendors)
{
    for (const DailyLogField &field : std::as_const(m_fields)) {
        if (field.kind != Kind::Vendor)
            continue;
        auto *combo = static_cast<QComboBox *>(m_editors.value(field.key));
        for (const DailyLogStore::Vendor &vendor : vendors)
            combo->addItem(vendor.name, vendor.id);
    }
}

void DailyLogEntryDialog::setLocations(const QStringList &locations)
{
    for (const DailyLogField &field : std::as_const(m_fields)) {
        if (field.kind != Kind::Location)
            continue;
        auto *completer = new QCompleter(locations, this);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setFilterMode(Qt::MatchContains);
        static_cast<QLineEdit *>(m_editors.value(field.key))->setCompleter(completer);
    }
}

void DailyLogEntryDialog::setValue(const DailyLogField &field, const QJsonValue &value)
{
    QWidget *editor = m_editors.value(field.key);
    switch (field.kind) {
    case Kind::LongText: static_cast<QPlainTextEdit *>(editor)->setPlainText(value.toString()); break;
    case Kind::Integer: static_cast<QSpinBox *>(editor)->setValue(int(value.toDouble())); break;
    case Kind::Decimal: static_cast<QDoubleSpinBox *>(editor)->setValue(value.toDouble()); break;
    case Kind::Vendor: {
        auto *combo = static_cast<QComboBox *>(editor);
        const int index = combo->findData(value.toInteger());
        combo->setCurrentIndex(std::max(index, 0));
        break;
    }
    case Kind::Choice: static_cast<QComboBox *>(editor)->setCurrentText(value.toString()); break;
    case Kind::Text:
    case Kind::Location: static_cast<QLineEdit *>(editor)->setText(value.toString()); break;
    }
}

QJsonValue DailyLogEntryDialog::value(const DailyLogField &field) const
{
    QWidget *editor = m_editors.value(field.key);
    switch (field.kind) {
    case Kind::LongText: return static_cast<QPlainTextEdit *>(editor)->toPlainText().trimmed();
    case Kind::Integer: return static_cast<QSpinBox *>(editor)->value();
    case Kind::Decimal: return static_cast<QDoubleSpinBox *>(editor)->value();
    case Kind::Vendor: {
        const qint64 id = static_cast<QComboBox *>(editor)->currentData().toLongLong();
        return id == 0 ? QJsonValue() : QJsonValue(id);
    }
    case Kind::Choice: return static_cast<QComboBox *>(editor)->currentText().trimmed();
    case Kind::Location: {
        const QStringList tiers = DailyLogField::locationTiers(static_cast<QLineEdit *>(editor)->text());
        return tiers.isEmpty() ? QJsonValue() : QJsonValue(QJsonArray::fromStringList(tiers));
    }
    case Kind::Text: break;
    }
    return static_cast<QLineEdit *>(editor)->text().trimmed();
}

void DailyLogEntryDialog::setValues(const QJsonObject &raw)
{
    for (const DailyLogField &field : std::as_const(m_fields))
        setValue(field, field.initialValue(raw));
    m_editing = true;
    m_initial = allFields();
}

QJsonObject DailyLogEntryDialog::allFields() const
{
    QJsonObject fields;
    for (const DailyLogField &field : m_fields)
        fields.insert(field.key, value(field));
    return fields;
}

QJsonObject DailyLogEntryDialog::fields() const
{
    QJsonObject fields;
    const QJsonObject all = allFields();
    for (auto it = all.begin(); it != all.end(); ++it) {
        const bool empty = it.value().isNull() || (it.value().isString() && it.value().toString().isEmpty());
        if (m_editing ? it.value() != m_initial.value(it.key()) : !empty)
            fields.insert(it.key(), it.value());
    }
    return fields;
}

void DailyLogEntryDialog::setProblem(const QString &message, const QJsonObject &fieldErrors)
{
    QStringList unplaced;
    for (auto it = fieldErrors.begin(); it != fieldErrors.end(); ++it) {
        QStringList messages;
        for (const QJsonValue &text : it.value().toArray())
            messages << text.toString();
        if (messages.isEmpty())
            messages << it.value().toString();
        // Procore names the related record ("vendor", "location") as often as the sent key.
        QString key = it.key();
        for (const DailyLogField &field : std::as_const(m_fields))
            if (field.relatedKey() == key || (field.kind == Kind::Location && key == QLatin1String("location")))
                key = field.key;
        if (QLabel *label = m_errors.value(key)) {
            label->setText(messages.join(QStringLiteral("; ")));
            label->show();
        } else {
            unplaced << OutboxModel::fieldErrorsText(QJsonObject{{it.key(), it.value()}});
        }
    }
    QStringList lines{fieldErrors.isEmpty() ? message : tr("Procore did not accept this entry. Correct it and save to send it again.")};
    lines += unplaced;
    lines.removeAll(QString());
    m_problem->setText(lines.join(QLatin1Char('\n')));
    m_problem->setVisible(!lines.isEmpty());
}

QString DailyLogEntryDialog::problemText() const
{
    QStringList lines{m_problem->text()};
    for (QLabel *label : m_errors)
        if (!label->isHidden())
            lines << label->text();
    lines.removeAll(QString());
    return lines.join(QLatin1Char('\n'));
}

void DailyLogEntryDialog::accept()
{
    // Only what Procore would refuse for certain is checked here; the rest is Procore's call.
    for (const DailyLogField &field : std::as_const(m_fields)) {
        const QJsonValue current = value(field);
        if (field.required && current.isString() && current.toString().isEmpty()) {
            m_errors.value(field.key)->setText(tr("Required."));
            m_errors.value(field.key)->show();
            m_editors.value(field.key)->setFocus();
            return;
        }
    }
    QDialog::accept();
}

} // namespace sitedesk
