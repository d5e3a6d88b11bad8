#include "common/noticebar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace sitedesk {

namespace {

QColor accentFor(NoticeBar::Kind kind)
{
    switch (kind) {
    case NoticeBar::Kind::Information: return QColor(0x3d, 0xae, 0xe9);
    case NoticeBar::Kind::Warning: return QColor(0xf6, 0x74, 0x00);
    case NoticeBar::Kind::Error: return QColor(0xda, 0x44, 0x53);
    }
    return {};
}

QColor mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(a.redF() * (1 - t) + b.redF() * t, a.greenF() * (1 - t) + b.greenF() * t,
                            a.blueF() * (1 - t) + b.blueF() * t);
}

} // namespace

NoticeBar::NoticeBar(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_actions(new QHBoxLayout)
    , m_close(new QToolButton(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);

    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
    m_icon->setVisible(false);

    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(tr("Close"));
    m_close->setAccessibleName(tr("Close notice"));
    m_close->setVisible(false);
    connect(m_close, &QToolButton::clicked, this, [this] {
        hide();
        emit closed();
    });

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 3, 4, 3);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addLayout(m_actions);
    layout->addWidget(m_close);
    applyColours();
}

void NoticeBar::setKind(Kind kind)
{
    m_kind = kind;
    applyColours();
}

NoticeBar::Kind NoticeBar::kind() const
{
    return m_kind;
}

void NoticeBar::setText(const QString &text)
{
    m_text->setText(text);
}

QString NoticeBar::text() const
{
    return m_text->text();
}

void NoticeBar::setIcon(const QIcon &icon)
{
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(icon.pixmap(size, size));
    m_icon->setVisible(!icon.isNull());
}

void NoticeBar::setCloseable(bool closeable)
{
    m_close->setVisible(closeable);
}

QToolButton *NoticeBar::addActionButton(const QString &text)
{
    auto *button = new QToolButton(this);
    button->setText(text);
    button->setAutoRaise(true);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_actions->addWidget(button);
    return button;
}

void NoticeBar::showNotice(Kind kind, const QString &text)
{
    setKind(kind);
    setText(text);
    show();
}

void NoticeBar::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    // Follow theme switches; our own setPalette() also lands here, hence the guard.
    if (event->type() == QEvent::PaletteChange && !m_applyingColours)
        applyColours();
}

void NoticeBar::applyColours()
{
    m_applyingColours = true;
    QPalette pal = parentWidget() ? parentWidget()->palette() : palette();
    const QColor window = pal.color(QPalette::Window);
    const QColor accent = accentFor(m_kind);
    pal.setColor(QPalette::Window, mix(window, accent, 0.22));
    pal.setColor(QPalette::Light, accent);
    pal.setColor(QPalette::Dark, accent);
    pal.setColor(QPalette::Mid, accent);
    setPalette(pal);
    m_applyingColours = false;
}

} // namespace sitedesk
