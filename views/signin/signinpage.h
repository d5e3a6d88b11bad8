#pragma once

#include "auth/authservice.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace sitedesk {

class AppSettings;
class NoticeBar;
class PasteCodePanel;

// The page shown while nobody is signed in and nothing is cached: the "Sign in with Procore"
// button, which Procore it talks to, the state of the browser flow (with Cancel), the
// paste-the-code fallback and the reason of a failed sign-in.
class SignInPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInPage)

public:
    SignInPage(AuthService *auth, AppSettings *settings, QWidget *parent = nullptr);

    // For tests and the window: what the state line says now (empty when hidden).
    QString stateText() const;
    QString errorText() const;
    bool isPasteCodeShown() const;
    // Offers "Back to Cached Data" (signed out, but a cache is there to browse).
    void setBackAvailable(bool available);

signals:
    void settingsRequested();
    void backRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void onStateChanged(AuthService::State state);
    void onSignInFailed(const QString &message);
    void onPasteCodeRequired(const QUrl &authorizeUrl);
    void startSignIn();
    void updateEnvironment();
    void setStateLine(const QString &text, bool cancellable);

    AuthService *m_auth;
    AppSettings *m_settings;
    QPushButton *m_signIn;
    QLabel *m_environment;
    QPushButton *m_changeServer;
    QPushButton *m_back;
    QWidget *m_stateRow;
    QLabel *m_stateText;
    QPushButton *m_cancel;
    NoticeBar *m_error;
    PasteCodePanel *m_pasteCode;
};

} // namespace sitedesk
