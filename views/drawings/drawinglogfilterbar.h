#pragma once

#include "drawings/drawingrecords.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace sitedesk {

class DrawingFilterModel;
class DrawingLogModel;

// Above the drawing log: search-as-you-type over number and title, the drawing set and the
// discipline filters, and "Current only" (cleared, the log lists every revision). It drives
// the log's filter model and the log model directly; its choices follow the log (reload()).
class DrawingLogFilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DrawingLogFilterBar)

public:
    DrawingLogFilterBar(DrawingLogModel *log, DrawingFilterModel *filter, QWidget *parent = nullptr);

    // The sets as cached and the disciplines of the log's rows; a choice still there stays.
    void reload(const QList<DrawingSet> &sets);
    // The tree chose a discipline ("" for all): the combo follows, quietly.
    void showDiscipline(const QString &discipline);

    QLineEdit *searchField() const { return m_search; }
    QComboBox *setFilter() const { return m_sets; }
    QComboBox *disciplineFilter() const { return m_disciplines; }
    QCheckBox *currentOnlyBox() const { return m_currentOnly; }

signals:
    // The user chose a discipline in the combo (the filter has it already).
    void disciplineChosen(const QString &discipline);

private:
    static void setChoices(QComboBox *combo, const QString &allText, const QList<QPair<QString, QVariant>> &choices);

    DrawingLogModel *m_log;
    DrawingFilterModel *m_filter;
    QLineEdit *m_search;
    QComboBox *m_sets;
    QComboBox *m_disciplines;
    QCheckBox *m_currentOnly;
};

} // namespace sitedesk
