#include "budget/budgetchartpanel.h"

#include "budget/budgettreemodel.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QLineSeries>
#include <QValueAxis>
#include <QVBoxLayout>

#include <cmath>

namespace sitedesk {

namespace {

QChartView *makeView(QWidget *parent, const QString &name)
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setLocalizeNumbers(true);   // "2,000,000" in the user's locale, not "2000000"
    auto *view = new QChartView(chart, parent);
    view->setObjectName(name);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(180);
    return view;
}

// Axis labels in whole units of the currency, grouped in the locale's digits.
QValueAxis *amountAxis(double low, double high)
{
    auto *axis = new QValueAxis;
    axis->setRange(std::min(0.0, low * 1.05), std::max(1.0, high * 1.05));
    axis->applyNiceNumbers();
    axis->setLabelFormat(QStringLiteral("%.0f"));
    return axis;
}

} // namespace

BudgetChartPanel::BudgetChartPanel(QWidget *parent)
    : QWidget(parent)
    , m_divisionView(makeView(this, QStringLiteral("budgetDivisionChart")))
    , m_modificationsView(makeView(this, QStringLiteral("budgetModificationsChart")))
    , m_empty(new QLabel(tr("Nothing to chart yet."), this))
{
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_divisionView, 3);
    layout->addWidget(m_modificationsView, 2);
    layout->addWidget(m_empty);
}

QChart *BudgetChartPanel::divisionChart() const
{
    return m_divisionView->chart();
}

QChart *BudgetChartPanel::modificationsChart() const
{
    return m_modificationsView->chart();
}

double BudgetChartPanel::toChartValue(const Money &money)
{
    // Drawing only: a bar's height needs a double; the table keeps the exact amount.
    return double(money.minorUnits()) / std::pow(10.0, money.decimals());
}

void BudgetChartPanel::setDivisions(const BudgetTreeModel &model)
{
    m_divisions = budgetchart::byDivision(model);
    QChart *chart = m_divisionView->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    m_bars = nullptr;
    m_selectedDivision = 0;
    chart->setTitle(tr("Budget, committed and projected by division (%1)").arg(model.currency().isEmpty() ? tr("amounts") : model.currency()));
    m_divisionView->setVisible(!m_divisions.bars.isEmpty());
    m_empty->setVisible(m_divisions.bars.isEmpty() && m_months.isEmpty());
    if (m_divisions.bars.isEmpty())
        return;
    m_bars = new QBarSeries;
    const auto addSet = [&](const QString &name, int column, auto member) {
        if (column <= 0)
            return;
        auto *set = new QBarSet(name);
        for (const budgetchart::DivisionBar &bar : std::as_const(m_divisions.bars))
            set->append(toChartValue(bar.*member));
        m_bars->append(set);
    };
    addSet(m_divisions.budgetName, m_divisions.budgetColumn, &budgetchart::DivisionBar::budget);
    addSet(m_divisions.committedName, m_divisions.committedColumn, &budgetchart::DivisionBar::committed);
    addSet(m_divisions.projectedName, m_divisions.projectedColumn, &budgetchart::DivisionBar::projected);
    chart->addSeries(m_bars);
    QStringList categories;
    double low = 0, high = 0;
    for (const budgetchart::DivisionBar &bar : std::as_const(m_divisions.bars)) {
        categories << bar.label.section(QLatin1Char(' '), 0, 0);   // "03" of "03 - Concrete"
        for (const Money &value : {bar.budget, bar.committed, bar.projected}) {
            low = std::min(low, toChartValue(value));
            high = std::max(high, toChartValue(value));
        }
    }
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    auto *y = amountAxis(low, high);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    m_bars->attachAxis(x);
    m_bars->attachAxis(y);
    connect(m_bars, &QBarSeries::clicked, this, [this](int index, QBarSet *) { clickDivision(index); });
    connect(m_bars, &QBarSeries::hovered, this, [this](bool on, int index, QBarSet *set) {
        if (on && index >= 0 && index < m_divisions.bars.size())
            m_divisionView->setToolTip(QStringLiteral("%1\n%2: %3").arg(m_divisions.bars.at(index).label, set->label(),
                                                                      QLocale().toString(set->at(index), 'f', 0)));
        else
            m_divisionView->setToolTip(tr("Click a bar to show only that division in the table."));
    });
    m_divisionView->setToolTip(tr("Click a bar to show only that division in the table."));
}

void BudgetChartPanel::clickDivision(int index)
{
    if (index < 0 || index >= m_divisions.bars.size())
        return;
    const qint64 division = m_divisions.bars.at(index).divisionId;
    m_selectedDivision = m_selectedDivision == division ? 0 : division;
    emit divisionClicked(m_selectedDivision);
}

void BudgetChartPanel::setModifications(const QList<BudgetModification> &modifications, int decimals, const QLocale &locale)
{
    m_months = budgetchart::modificationsByMonth(modifications, decimals);
    QChart *chart = m_modificationsView->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    m_modificationsView->setVisible(!m_months.isEmpty());
    m_empty->setVisible(m_divisions.bars.isEmpty() && m_months.isEmpty());
    if (m_months.isEmpty())
        return;
    // The months' names fit under the bars; the years go in the title.
    chart->setTitle(tr("Budget modifications per month, %1 – %2")
                        .arg(locale.toString(m_months.constFirst().month, QStringLiteral("MMM yyyy")),
                             locale.toString(m_months.constLast().month, QStringLiteral("MMM yyyy"))));
    auto *bars = new QBarSeries;
    auto *perMonth = new QBarSet(tr("Transferred"));
    auto *running = new QLineSeries;
    running->setName(tr("Running total"));
    QStringList categories;
    double high = 0;
    for (int i = 0; i < m_months.size(); ++i) {
        const budgetchart::MonthTotal &month = m_months.at(i);
        perMonth->append(toChartValue(month.transferred));
        running->append(i, toChartValue(month.cumulative));
        high = std::max({high, toChartValue(month.transferred), toChartValue(month.cumulative)});
        // "J" for January, June and July: QBarCategoryAxis drops repeated categories, so each
        // gets a different number of zero-width spaces (invisible) to stay its own bar.
        categories << locale.standaloneMonthName(month.month.month(), QLocale::NarrowFormat)
                          + QString(i, QChar(0x200B));
    }
    bars->append(perMonth);
    chart->addSeries(bars);
    chart->addSeries(running);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    auto *y = amountAxis(0, high);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    bars->attachAxis(x);
    bars->attachAxis(y);
    running->attachAxis(x);
    running->attachAxis(y);
}

} // namespace sitedesk
