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
class QTreeView;

namespace sitedesk {

class CacheDatabase;
class DailyLogDayModel;
class DailyLogDayView;
class DailyLogEntryDialog;
class DailyLogFilterModel;
class DailyLogRangeModel;
class DailyLogRangePage;
class DailyLogToolbar;
class DailyLogWriter;
class ManpowerTotalsModel;
class NoticeBar;

// The Daily Log tab: a calendar whose days with entries are bold, the chosen day with a
// collapsible section per log type and its manpower by company, previous/next day and Today,
// a week or month listing with filters and totals, add/edit for the common field types
// (through the outbox, so it works with no signal), copy yesterday's manpower, files dropped
// on an entry of a type Procore takes files on, and export of the day or the listed range as
// CSV or a PDF daily report. Reads the cache only.
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
    // Asks for the files to be attached to the entry, or says in the notice bar why they cannot
    // be: a type Procore takes no files on, or an entry not yet in Procore. False if refused.
    bool attachFiles(const DailyLogItem &item, const QStringList &paths);
    // Writes the day (or the range as listed, filters applied) to `path`.
    bool exportDay(const QString &path, ExportFormat format, QString *error = nullptr) const;
    bool exportRange(const QString &path, ExportFormat format, QString *error = nullptr) const;

    QCalendarWidget *calendar() const { return m_calendar; }
    QTreeView *dayView() const;
    DailyLogDayModel *dayModel() const { return m_dayModel; }
    QTableView *rangeView() const;
    DailyLogFilterModel *filterModel() const { return m_filter; }
    ManpowerTotalsModel *dayTotals() const { return m_dayTotals; }
    ManpowerTotalsModel *rangeTotals() const { return m_rangeTotals; }
    QLabel *dayTitle() const;
    QLabel *emptyText() const { return m_dayEmpty; }
    NoticeBar *notice() const { return m_notice; }
    QComboBox *typeFilter() const;
    QComboBox *vendorFilter() const;
    QComboBox *locationFilter() const;
    QAction *previousDayAction() const;
    QAction *nextDayAction() const;

signals:
    // Files dropped on an entry Procore takes files on; the window queues them for upload.
    void attachFilesRequested(qint64 projectId, const QString &type, qint64 entryId, const QStringList &paths);

private:
    QWidget *buildCalendarPane();
    QWidget *buildDayPage();
    void connectToolbar();
    void onDayModelReset();
    void showEmptyDayText(int count);
    void updateCalendarMarks();
    void updateRange();
    void updateActions();
    void editCurrent();
    void onFilesDropped(const QModelIndex &index, const QStringList &paths);
    void chooseFilesForCurrent();
    QString refusalToAttach(const DailyLogItem &item) const;
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
    DailyLogToolbar *m_toolbar;
    QCalendarWidget *m_calendar;
    QTabWidget *m_pages;
    QStackedWidget *m_dayStack;
    DailyLogDayView *m_dayView;
    QLabel *m_dayEmpty;
    QTableView *m_dayTotalsView;
    DailyLogRangePage *m_rangePage;
};

} // namespace sitedesk
