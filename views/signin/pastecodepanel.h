#pragma once

#include <QUrl>
#include <QWidget>

class QLineEdit;
class QPushButton;

namespace sitedesk {

// The out-of-band fallback of the browser sign-in: when no loopback listener can receive
// the answer, the user opens the authorize URL themselves and pastes the code Procore shows.
class PasteCodePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PasteCodePanel)

public:
    explicit PasteCodePanel(QWidget *parent = nullptr);

    void setAuthorizeUrl(const QUrl &url);
    QUrl authorizeUrl() const;
    void clear();

signals:
    void codeSubmitted(const QString &code);

private:
    void submit();

    QUrl m_url;
    QLineEdit *m_urlField;
    QPushButton *m_copy;
    QPushButton *m_openBrowser;
    QLineEdit *m_code;
    QPushButton *m_continue;
};

} // namespace sitedesk
