#pragma once

#include "dailylog/dailylogitem.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QStackedWidget;
class QTableView;

namespace sitedesk {

class DailyLogFilterModel;
class DailyLogRangeModel;
class ManpowerTotalsModel;

// The Daily Log tab's "Week or Month" page: the span chooser, the entries of the range with
// type/company/location filters (offered from what the range holds), and the manpower totals
// of the entries listed.
class DailyLogRangePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DailyLogRangePage)

public:
    DailyLogRangePage(DailyLogRangeModel *range, DailyLogFilterModel *filter, ManpowerTotalsModel *totals, QWidget *parent = nullptr);

    void setMonthShown(bool month);                  // the chooser, without emitting monthChosen
    void setTitle(const QString &text);
    void setProjectChosen(bool chosen) { m_projectChosen = chosen; }

    QTableView *view() const { return m_view; }
    QComboBox *typeFilter() const { return m_typeFilter; }
    QComboBox *vendorFilter() const { return m_vendorFilter; }
    QComboBox *locationFilter() const { return m_locationFilter; }

signals:
    void monthChosen(bool month);
    void editRequested(const DailyLogItem &item);

private:
    QLayout *buildBar();
    void onRangeReset();
    void updateTotals();
    void fillFilter(QComboBox *combo, const QStringList &values, const QString &anyText, bool typeNames);

    DailyLogRangeModel *m_range;
    DailyLogFilterModel *m_filter;
    ManpowerTotalsModel *m_totals;
    bool m_projectChosen = false;
    QComboBox *m_spanChooser;
    QComboBox *m_typeFilter;
    QComboBox *m_vendorFilter;
    QComboBox *m_locationFilter;
    QLabel *m_title;
    QStackedWidget *m_stack;
    QTableView *m_view;
    QLabel *m_empty;
    QLabel *m_totalsTitle;
    QTableView *m_totalsView;
};

} // namespace sitedesk
