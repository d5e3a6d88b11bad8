#pragma once

#include <QFrame>

class QHBoxLayout;
class QLabel;
class QToolButton;

namespace sitedesk {

// A slim coloured bar above the content (like KDE's KMessageWidget): the offline banner and
// non-modal sync errors. The only custom colouring in the app; it is derived from the palette
// so it stays readable in dark themes.
class NoticeBar : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NoticeBar)

public:
    enum class Kind { Information, Warning, Error };

    explicit NoticeBar(QWidget *parent = nullptr);

    void setKind(Kind kind);
    Kind kind() const;
    void setText(const QString &text);
    QString text() const;
    void setIcon(const QIcon &icon);
    void setCloseable(bool closeable);
    // Adds a flat button at the right end; returns it so callers can connect clicked().
    QToolButton *addActionButton(const QString &text);
    // Text, kind and visibility in one call.
    void showNotice(Kind kind, const QString &text);

signals:
    void closed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColours();

    Kind m_kind = Kind::Information;
    QLabel *m_icon;
    QLabel *m_text;
    QHBoxLayout *m_actions;
    QToolButton *m_close;
    bool m_applyingColours = false;
};

} // namespace sitedesk
