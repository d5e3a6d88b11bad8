#include "signin/signinpage.h"

#include "common/icons.h"
#include "common/noticebar.h"
#include "settings/appsettings.h"
#include "signin/pastecodepanel.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace sitedesk {

namespace {

QLabel *titleLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.8);
    font.setBold(true);
    label->setFont(font);
    label->setAlignment(Qt::AlignHCenter);
    return label;
}

} // namespace

SignInPage::SignInPage(AuthService *auth, AppSettings *settings, QWidget *parent)
    : QWidget(parent)
    , m_auth(auth)
    , m_settings(settings)
    , m_signIn(new QPushButton(tr("Sign &in with Procore"), this))
    , m_environment(new QLabel(this))
    , m_changeServer(new QPushButton(tr("C&hange Server…"), this))
    , m_back(new QPushButton(tr("&Back to Cached Data"), this))
    , m_stateRow(new QWidget(this))
    , m_stateText(new QLabel(m_stateRow))
    , m_cancel(new QPushButton(tr("&Cancel"), m_stateRow))
    , m_error(new NoticeBar(this))
    , m_pasteCode(new PasteCodePanel(this))
{
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_signIn->setDefault(true);
    m_environment->setObjectName(QStringLiteral("environmentLabel"));
    m_environment->setAlignment(Qt::AlignHCenter);
    m_environment->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_changeServer->setObjectName(QStringLiteral("changeServerButton"));
    m_changeServer->setFlat(true);
    m_back->setObjectName(QStringLiteral("backToCacheButton"));
    m_back->setFlat(true);
    m_back->hide();
    m_stateText->setObjectName(QStringLiteral("signInState"));
    m_stateText->setWordWrap(true);
    m_cancel->setObjectName(QStringLiteral("cancelSignInButton"));
    m_error->setObjectName(QStringLiteral("signInError"));
    m_error->setKind(NoticeBar::Kind::Error);
    m_error->setCloseable(true);
    m_error->hide();
    m_pasteCode->hide();

    auto *logo = new QLabel(this);
    logo->setPixmap(Icons::app().pixmap(96, 96));
    logo->setAlignment(Qt::AlignHCenter);
    logo->setMinimumHeight(96);   // word-wrapped rows below make the layout squeeze it otherwise
    auto *subtitle = new QLabel(tr("Your Procore projects on the desktop, also offline."), this);
    subtitle->setAlignment(Qt::AlignHCenter);

    auto *stateLayout = new QHBoxLayout(m_stateRow);
    stateLayout->setContentsMargins(0, 0, 0, 0);
    stateLayout->addWidget(m_stateText, 1);
    stateLayout->addWidget(m_cancel);
    m_stateRow->hide();

    // A centred column of readable width, whatever the window size.
    auto *column = new QVBoxLayout;
    column->addWidget(logo);
    column->addWidget(titleLabel(tr("Sitedesk"), this));
    column->addWidget(subtitle);
    column->addSpacing(16);
    column->addWidget(m_signIn, 0, Qt::AlignHCenter);
    column->addWidget(m_environment);
    column->addWidget(m_changeServer, 0, Qt::AlignHCenter);
    column->addWidget(m_back, 0, Qt::AlignHCenter);
    column->addSpacing(8);
    column->addWidget(m_stateRow);
    column->addWidget(m_error);
    column->addWidget(m_pasteCode);

    auto *centre = new QWidget(this);
    centre->setLayout(column);
    // A fixed width keeps the height of the word-wrapped rows (state, error) predictable;
    // with a range the layout squeezed the logo into the title.
    centre->setFixedWidth(520);
    auto *outer = new QVBoxLayout(this);
    outer->addStretch(1);
    outer->addWidget(centre, 0, Qt::AlignHCenter);
    outer->addStretch(2);

    connect(m_signIn, &QPushButton::clicked, this, &SignInPage::startSignIn);
    connect(m_cancel, &QPushButton::clicked, m_auth, &AuthService::cancelSignIn);
    connect(m_changeServer, &QPushButton::clicked, this, &SignInPage::settingsRequested);
    connect(m_back, &QPushButton::clicked, this, &SignInPage::backRequested);
    connect(m_pasteCode, &PasteCodePanel::codeSubmitted, m_auth, &AuthService::submitPastedCode);
    connect(m_auth, &AuthService::stateChanged, this, &SignInPage::onStateChanged);
    connect(m_auth, &AuthService::signInFailed, this, &SignInPage::onSignInFailed);
    connect(m_auth, &AuthService::pasteCodeRequired, this, &SignInPage::onPasteCodeRequired);
    connect(m_settings, &AppSettings::serverConfigChanged, this, &SignInPage::updateEnvironment);

    setTabOrder(m_signIn, m_changeServer);
    setTabOrder(m_changeServer, m_back);
    setTabOrder(m_back, m_cancel);
    updateEnvironment();
    onStateChanged(m_auth->state());
}

QString SignInPage::stateText() const
{
    return m_stateRow->isHidden() ? QString() : m_stateText->text();
}

QString SignInPage::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

bool SignInPage::isPasteCodeShown() const
{
    return !m_pasteCode->isHidden();
}

void SignInPage::setBackAvailable(bool available)
{
    m_back->setVisible(available);
}

void SignInPage::keyPressEvent(QKeyEvent *event)
{
    // A default button only reacts to Enter inside a dialog; this page is not one.
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && m_signIn->isEnabled() && m_signIn->isVisible()) {
        m_signIn->click();
        return;
    }
    QWidget::keyPressEvent(event);
}

void SignInPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_signIn->isEnabled())
        m_signIn->setFocus();
}

void SignInPage::onStateChanged(AuthService::State state)
{
    const bool idle = state == AuthService::State::SignedOut;
    m_signIn->setEnabled(idle);
    switch (state) {
    case AuthService::State::SignedOut:
        setStateLine({}, false);
        m_pasteCode->hide();
        m_pasteCode->clear();
        break;
    case AuthService::State::Restoring:
        setStateLine(tr("Restoring your session…"), false);
        break;
    case AuthService::State::WaitingForBrowser:
        m_error->hide();
        if (!isPasteCodeShown())
            setStateLine(tr("Waiting for your browser… Approve Sitedesk there, then come back."), true);
        break;
    case AuthService::State::ExchangingCode:
        setStateLine(tr("Signing in…"), true);
        break;
    case AuthService::State::SignedIn:
        setStateLine(tr("Signed in."), false);
        m_pasteCode->hide();
        m_error->hide();
        break;
    }
}

void SignInPage::onSignInFailed(const QString &message)
{
    m_error->showNotice(NoticeBar::Kind::Error, message);
}

void SignInPage::onPasteCodeRequired(const QUrl &authorizeUrl)
{
    setStateLine(tr("Waiting for the code from your browser…"), true);
    m_pasteCode->setAuthorizeUrl(authorizeUrl);
    m_pasteCode->show();
    setTabOrder(m_cancel, m_pasteCode);
}

void SignInPage::startSignIn()
{
    m_error->hide();
    m_auth->signIn();
}

void SignInPage::updateEnvironment()
{
    const ServerConfig config = m_settings->serverConfig();
    m_environment->setText(tr("%1 — %2")
                               .arg(ServerConfig::environmentName(config.environment),
                                    config.loginBase.toDisplayString()));
}

void SignInPage::setStateLine(const QString &text, bool cancellable)
{
    m_stateText->setText(text);
    m_cancel->setVisible(cancellable);
    m_stateRow->setVisible(!text.isEmpty());
}

} // namespace sitedesk
