#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QToolButton;

namespace sitedesk {

// The Daily Log tab's bar: previous day / Today / next day with their keys, the day's title,
// Add (one entry per editable type), Edit, Attach files, Copy manpower and Export. Its actions are added to
// the tab too, so their keys work wherever the focus is inside the tab.
class DailyLogToolbar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DailyLogToolbar)

public:
    explicit DailyLogToolbar(QWidget *parent = nullptr);

    QAction *previousDay() const { return m_previousDay; }
    QAction *nextDay() const { return m_nextDay; }
    QAction *today() const { return m_today; }
    QAction *edit() const { return m_edit; }
    QAction *attach() const { return m_attach; }
    QAction *copyManpower() const { return m_copyManpower; }
    QList<QAction *> keyedActions() const;
    QLabel *title() const { return m_title; }
    void setAddEnabled(bool enabled);
    void setExportEnabled(bool enabled);

signals:
    void addRequested(const QString &type);
    void exportRequested(bool range, bool pdf);

private:
    QAction *makeAction(const QString &text, const QList<QKeySequence> &keys, const QString &name);
    QToolButton *makeAddButton();
    QToolButton *makeExportButton();

    QAction *m_previousDay;
    QAction *m_nextDay;
    QAction *m_today;
    QAction *m_edit;
    QAction *m_attach;
    QAction *m_copyManpower;
    QLabel *m_title;
    QToolButton *m_add;
    QToolButton *m_export;
};

} // namespace sitedesk
