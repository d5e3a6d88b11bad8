#pragma once

#include "dailylog/dailylogitem.h"

#include <QDate>
#include <QPointer>
#include <QWidget>

class QAction;
class QCalendarWidget;
class QComboBox;
class QLabel;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QToolButton;
class QTreeView;

namespace sitedesk {

class CacheDatabase;
class DailyLogDayModel;
class DailyLogEntryDialog;
class DailyLogFilterModel;
class DailyLogRangeModel;
class DailyLogWriter;
class ManpowerTotalsModel;
class NoticeBar;

// The Daily Log tab: a calendar whose days with entries are bold, the chosen day with a
// collapsible section per log type and its manpower by company, previous/next day and Today,
// a week or month listing with filters and totals, add/edit for the common field types
// (through the outbox, so it works with no signal), copy yesterday's manpower, and export of
// the day or the listed range as CSV or a PDF daily report. Reads the cache only.
class DailyLogTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DailyLogTab)

public:
    enum class Span { Week, Month };
    enum class ExportFormat { Csv, Pdf };

    explicit DailyLogTab(QWidget *parent = nullptr);
    ~DailyLogTab() override;

    void setSource(CacheDatabase *cache, qint64 projectId);
    void setWriter(DailyLogWriter *writer);
    // The day the tab treats as today (default: the local date).
    void setToday(const QDate &today);

    QDate date() const { return m_date; }
    void setDate(const QDate &date);
    void setSpan(Span span);

    // Opens the form for a new entry of `type` (or for the item at a day-view index).
    DailyLogEntryDialog *addEntry(const QString &type);
    DailyLogEntryDialog *editItem(const DailyLogItem &item);
    void copyManpowerFromPreviousDay();
    // Writes the day (or the range as listed, filters applied) to `path`.
    bool exportDay(const QString &path, ExportFormat format, QString *error = nullptr) const;
    bool exportRange(const QString &path, ExportFormat format, QString *error = nullptr) const;

    QCalendarWidget *calendar() const { return m_calendar; }
    QTreeView *dayView() const { return m_dayView; }
    DailyLogDayModel *dayModel() const { return m_dayModel; }
    QTableView *rangeView() const { return m_rangeView; }
    DailyLogFilterModel *filterModel() const { return m_filter; }
    ManpowerTotalsModel *dayTotals() const { return m_dayTotals; }
    ManpowerTotalsModel *rangeTotals() const { return m_rangeTotals; }
    QLabel *dayTitle() const { return m_dayTitle; }
    QLabel *emptyText() const { return m_dayEmpty; }
    NoticeBar *notice() const { return m_notice; }
    QComboBox *typeFilter() const { return m_typeFilter; }
    QComboBox *vendorFilter() const { return m_vendorFilter; }
    QComboBox *locationFilter() const { return m_locationFilter; }
    QAction *previousDayAction() const { return m_previousDay; }
    QAction *nextDayAction() const { return m_nextDay; }

private:
    QWidget *buildToolbar();
    QWidget *buildDayPage();
    QWidget *buildRangePage();
    QAction *makeAction(const QString &text, const QList<QKeySequence> &keys, const QString &what);
    void onDayModelReset();
    void onRangeModelReset();
    void updateRangeTotals();
    void updateCalendarMarks();
    void updateRange();
    void updateActions();
    void fillFilter(QComboBox *combo, const QStringList &values, const QString &anyText, bool typeNames);
    void editCurrent();
    void onEntryAccepted(DailyLogEntryDialog *dialog, const DailyLogItem &item);
    void chooseExport(bool range, ExportFormat format);
    QString exportName(bool range, ExportFormat format) const;

    QPointer<CacheDatabase> m_cache;
    QPointer<DailyLogWriter> m_writer;
    qint64 m_projectId = 0;
    QDate m_today;
    QDate m_date;
    Span m_span = Span::Week;
    DailyLogDayModel *m_dayModel;
    DailyLogRangeModel *m_rangeModel;
    DailyLogFilterModel *m_filter;
    ManpowerTotalsModel *m_dayTotals;
    ManpowerTotalsModel *m_rangeTotals;
    NoticeBar *m_notice;
    QCalendarWidget *m_calendar;
    QLabel *m_dayTitle;
    QTabWidget *m_pages;
    QStackedWidget *m_dayStack;
    QTreeView *m_dayView;
    QLabel *m_dayEmpty;
    QTableView *m_dayTotalsView;
    QComboBox *m_spanChooser;
    QComboBox *m_typeFilter;
    QComboBox *m_vendorFilter;
    QComboBox *m_locationFilter;
    QLabel *m_rangeTitle;
    QStackedWidget *m_rangeStack;
    QTableView *m_rangeView;
    QLabel *m_rangeEmpty;
    QLabel *m_rangeTotalsTitle;
    QTableView *m_rangeTotalsView;
    QToolButton *m_add;
    QToolButton *m_export;
    QAction *m_previousDay;
    QAction *m_nextDay;
    QAction *m_todayAction;
    QAction *m_editAction;
    QAction *m_copyManpower;
};

} // namespace sitedesk
