#include "dailylog/dailylogtoolbar.h"

#include "dailylog/dailylogfield.h"
#include "dailylog/dailylogtype.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QStyle>
#include <QToolButton>

namespace sitedesk {

DailyLogToolbar::DailyLogToolbar(QWidget *parent) : QWidget(parent)
{
    m_previousDay = makeAction(tr("&Previous Day"), {QKeySequence(Qt::ALT | Qt::Key_Left), QKeySequence(Qt::CTRL | Qt::Key_BracketLeft)},
                               QStringLiteral("dailyLogPreviousDay"));
    m_nextDay = makeAction(tr("&Next Day"), {QKeySequence(Qt::ALT | Qt::Key_Right), QKeySequence(Qt::CTRL | Qt::Key_BracketRight)},
                           QStringLiteral("dailyLogNextDay"));
    m_today = makeAction(tr("&Today"), {QKeySequence(Qt::ALT | Qt::Key_Home)}, QStringLiteral("dailyLogToday"));
    m_edit = makeAction(tr("&Edit Entry…"), {QKeySequence(Qt::CTRL | Qt::Key_E)}, QStringLiteral("dailyLogEdit"));
    m_attach = makeAction(tr("Attach F&iles…"), {}, QStringLiteral("dailyLogAttach"));
    m_attach->setToolTip(tr("Upload files to Procore and attach them to the chosen entry (or drop files on the entry)"));
    m_copyManpower = makeAction(tr("&Copy Manpower from Previous Day"), {}, QStringLiteral("dailyLogCopyManpower"));
    m_previousDay->setIcon(style()->standardIcon(QStyle::SP_ArrowLeft));
    m_nextDay->setIcon(style()->standardIcon(QStyle::SP_ArrowRight));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    for (QAction *action : {m_previousDay, m_today, m_nextDay}) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        layout->addWidget(button);
    }
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("dailyLogDayTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_title->setFont(bold);
    layout->addWidget(m_title, 1);
    layout->addWidget(m_add = makeAddButton());
    for (QAction *action : {m_edit, m_attach, m_copyManpower}) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        layout->addWidget(button);
    }
    layout->addWidget(m_export = makeExportButton());
}

QList<QAction *> DailyLogToolbar::keyedActions() const
{
    return {m_previousDay, m_nextDay, m_today, m_edit, m_attach, m_copyManpower};
}

void DailyLogToolbar::setAddEnabled(bool enabled)
{
    m_add->setEnabled(enabled);
}

void DailyLogToolbar::setExportEnabled(bool enabled)
{
    m_export->setEnabled(enabled);
}

QAction *DailyLogToolbar::makeAction(const QString &text, const QList<QKeySequence> &keys, const QString &name)
{
    auto *action = new QAction(text, this);
    action->setObjectName(name);
    action->setShortcuts(keys);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    if (!keys.isEmpty()) {
        QStringList shown;
        for (const QKeySequence &key : keys)
            shown << key.toString(QKeySequence::NativeText);
        action->setToolTip(tr("%1 (%2)").arg(action->iconText(), shown.join(tr(" or "))));
    }
    return action;
}

QToolButton *DailyLogToolbar::makeAddButton()
{
    auto *add = new QToolButton(this);
    add->setObjectName(QStringLiteral("dailyLogAdd"));
    add->setText(tr("&Add"));
    add->setToolTip(tr("Add an entry to this day (saved at once, sent to Procore when online)"));
    add->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(add);
    for (const QString &type : DailyLogField::editableTypes())
        menu->addAction(DailyLogType::displayName(type), this, [this, type] { emit addRequested(type); });
    add->setMenu(menu);
    return add;
}

QToolButton *DailyLogToolbar::makeExportButton()
{
    auto *button = new QToolButton(this);
    button->setObjectName(QStringLiteral("dailyLogExport"));
    button->setText(tr("E&xport"));
    button->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(button);
    menu->addAction(tr("Day as PDF Report…"), this, [this] { emit exportRequested(false, true); });
    menu->addAction(tr("Day as CSV…"), this, [this] { emit exportRequested(false, false); });
    menu->addSeparator();
    menu->addAction(tr("Week or Month as PDF Report…"), this, [this] { emit exportRequested(true, true); });
    menu->addAction(tr("Week or Month as CSV…"), this, [this] { emit exportRequested(true, false); });
    button->setMenu(menu);
    return button;
}

} // namespace sitedesk
