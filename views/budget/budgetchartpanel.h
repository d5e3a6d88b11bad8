#pragma once

#include "budget/budgetchartdata.h"

#include <QWidget>

class QBarSeries;
class QChart;
class QChartView;
class QLabel;

namespace sitedesk {

class BudgetTreeModel;

// The Budget tab's charts: per division, the view's budget, committed and projected costs
// (bars; clicking one filters the table to that division, clicking it again shows all), and
// budget modifications per month with their running total. Reads the same models the table
// shows; converts amounts to doubles only to draw them.
class BudgetChartPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BudgetChartPanel)

public:
    explicit BudgetChartPanel(QWidget *parent = nullptr);

    void setDivisions(const BudgetTreeModel &model);
    void setModifications(const QList<BudgetModification> &modifications, int decimals, const QLocale &locale);

    const budgetchart::DivisionSeries &divisionSeries() const { return m_divisions; }
    const QList<budgetchart::MonthTotal> &months() const { return m_months; }
    QChart *divisionChart() const;
    QChart *modificationsChart() const;
    QBarSeries *divisionBars() const { return m_bars; }
    // What a click on the bar at `index` does (tests call it; the series' clicked signal too).
    void clickDivision(int index);

    static double toChartValue(const Money &money);

signals:
    void divisionClicked(qint64 divisionId);   // 0: show every division again

private:
    QChartView *m_divisionView;
    QChartView *m_modificationsView;
    QLabel *m_empty;
    QBarSeries *m_bars = nullptr;
    budgetchart::DivisionSeries m_divisions;
    QList<budgetchart::MonthTotal> m_months;
    qint64 m_selectedDivision = 0;
};

} // namespace sitedesk
