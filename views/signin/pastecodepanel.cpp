#include "signin/pastecodepanel.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace sitedesk {

PasteCodePanel::PasteCodePanel(QWidget *parent)
    : QWidget(parent)
    , m_urlField(new QLineEdit(this))
    , m_copy(new QPushButton(tr("Cop&y"), this))
    , m_openBrowser(new QPushButton(tr("&Open Browser"), this))
    , m_code(new QLineEdit(this))
    , m_continue(new QPushButton(tr("Con&tinue"), this))
{
    m_urlField->setObjectName(QStringLiteral("authorizeUrl"));
    m_urlField->setReadOnly(true);
    m_code->setObjectName(QStringLiteral("pastedCode"));
    m_code->setPlaceholderText(tr("Paste the code Procore shows"));
    m_continue->setObjectName(QStringLiteral("continueButton"));
    m_continue->setEnabled(false);

    auto *explanation = new QLabel(
        tr("Sitedesk could not receive the answer from your browser by itself. Open this "
           "address in a browser, approve Sitedesk, then paste the code you are shown."),
        this);
    explanation->setWordWrap(true);

    auto *urlRow = new QHBoxLayout;
    urlRow->addWidget(m_urlField, 1);
    urlRow->addWidget(m_copy);
    urlRow->addWidget(m_openBrowser);
    auto *codeRow = new QHBoxLayout;
    codeRow->addWidget(m_code, 1);
    codeRow->addWidget(m_continue);

    auto *form = new QFormLayout;
    auto *urlLabel = new QLabel(tr("&Address:"), this);
    urlLabel->setBuddy(m_urlField);
    auto *codeLabel = new QLabel(tr("Co&de:"), this);
    codeLabel->setBuddy(m_code);
    form->addRow(urlLabel, urlRow);
    form->addRow(codeLabel, codeRow);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(explanation);
    layout->addLayout(form);

    connect(m_copy, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_url.toString(QUrl::FullyEncoded)); });
    connect(m_openBrowser, &QPushButton::clicked, this, [this] { QDesktopServices::openUrl(m_url); });
    connect(m_code, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_continue->setEnabled(!text.trimmed().isEmpty()); });
    connect(m_code, &QLineEdit::returnPressed, this, &PasteCodePanel::submit);
    connect(m_continue, &QPushButton::clicked, this, &PasteCodePanel::submit);
    setTabOrder(m_urlField, m_copy);
    setTabOrder(m_copy, m_openBrowser);
    setTabOrder(m_openBrowser, m_code);
    setTabOrder(m_code, m_continue);
}

void PasteCodePanel::setAuthorizeUrl(const QUrl &url)
{
    m_url = url;
    m_urlField->setText(url.toString(QUrl::FullyEncoded));
    m_urlField->setCursorPosition(0);
    m_code->clear();
    m_code->setFocus();
}

QUrl PasteCodePanel::authorizeUrl() const
{
    return m_url;
}

void PasteCodePanel::clear()
{
    m_url.clear();
    m_urlField->clear();
    m_code->clear();
}

void PasteCodePanel::submit()
{
    const QString code = m_code->text().trimmed();
    if (code.isEmpty())
        return;
    m_continue->setEnabled(false);
    emit codeSubmitted(code);
}

} // namespace sitedesk
