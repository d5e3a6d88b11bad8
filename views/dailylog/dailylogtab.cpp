#include "dailylog/dailylogtab.h"

#include "cache/cachedatabase.h"
#include "common/noticebar.h"
#include "dailylog/dailylogdaymodel.h"
#include "dailylog/dailylogdayview.h"
#include "dailylog/dailylogentrydialog.h"
#include "dailylog/dailylogexportfile.h"
#include "dailylog/dailylogfield.h"
#include "dailylog/dailylogfiltermodel.h"
#include "dailylog/dailylograngemodel.h"
#include "dailylog/dailylograngepage.h"
#include "dailylog/dailylogstore.h"
#include "dailylog/dailylogtoolbar.h"
#include "dailylog/dailylogtype.h"
#include "dailylog/dailylogviewparts.h"
#include "dailylog/dailylogwriter.h"
#include "dailylog/manpowertotalsmodel.h"

#include <QAction>
#include <QCalendarWidget>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTextCharFormat>
#include <QVBoxLayout>

namespace sitedesk {

DailyLogTab::DailyLogTab(QWidget *parent)
    : QWidget(parent),
      m_today(QDate::currentDate()),
      m_date(m_today),
      m_dayModel(new DailyLogDayModel(this)),
      m_rangeModel(new DailyLogRangeModel(this)),
      m_filter(new DailyLogFilterModel(this)),
      m_dayTotals(new ManpowerTotalsModel(this)),
      m_rangeTotals(new ManpowerTotalsModel(this)),
      m_notice(new NoticeBar(this)),
      m_toolbar(new DailyLogToolbar(this)),
      m_calendar(new QCalendarWidget(this))
{
    m_filter->setRangeModel(m_rangeModel);
    m_notice->setObjectName(QStringLiteral("dailyLogNotice"));
    m_notice->setCloseable(true);
    m_notice->hide();
    addActions(m_toolbar->keyedActions());   // their keys work anywhere inside the tab
    connectToolbar();

    m_rangePage = new DailyLogRangePage(m_rangeModel, m_filter, m_rangeTotals, this);
    connect(m_rangePage, &DailyLogRangePage::monthChosen, this, [this](bool month) { setSpan(month ? Span::Month : Span::Week); });
    connect(m_rangePage, &DailyLogRangePage::editRequested, this, &DailyLogTab::editItem);
    m_pages = new QTabWidget(this);
    m_pages->setObjectName(QStringLiteral("dailyLogPages"));
    m_pages->setDocumentMode(true);
    m_pages->addTab(buildDayPage(), tr("Day"));
    m_pages->addTab(m_rangePage, tr("Week or Month"));

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(buildCalendarPane());
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({320, 1000});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_toolbar);
    layout->addWidget(m_notice);
    layout->addWidget(splitter, 1);

    connect(m_calendar, &QCalendarWidget::selectionChanged, this, [this] { setDate(m_calendar->selectedDate()); });
    connect(m_calendar, &QCalendarWidget::currentPageChanged, this, &DailyLogTab::updateCalendarMarks);
    connect(m_dayModel, &QAbstractItemModel::modelReset, this, &DailyLogTab::onDayModelReset);
    setDate(m_today);
}

DailyLogTab::~DailyLogTab() = default;

QTreeView *DailyLogTab::dayView() const { return m_dayView; }
QTableView *DailyLogTab::rangeView() const { return m_rangePage->view(); }
QLabel *DailyLogTab::dayTitle() const { return m_toolbar->title(); }
QComboBox *DailyLogTab::typeFilter() const { return m_rangePage->typeFilter(); }
QComboBox *DailyLogTab::vendorFilter() const { return m_rangePage->vendorFilter(); }
QComboBox *DailyLogTab::locationFilter() const { return m_rangePage->locationFilter(); }
QAction *DailyLogTab::previousDayAction() const { return m_toolbar->previousDay(); }
QAction *DailyLogTab::nextDayAction() const { return m_toolbar->nextDay(); }

void DailyLogTab::connectToolbar()
{
    connect(m_toolbar->previousDay(), &QAction::triggered, this, [this] { setDate(m_date.addDays(-1)); });
    connect(m_toolbar->nextDay(), &QAction::triggered, this, [this] { setDate(m_date.addDays(1)); });
    connect(m_toolbar->today(), &QAction::triggered, this, [this] { setDate(m_today); });
    connect(m_toolbar->edit(), &QAction::triggered, this, &DailyLogTab::editCurrent);
    connect(m_toolbar->attach(), &QAction::triggered, this, &DailyLogTab::chooseFilesForCurrent);
    connect(m_toolbar->copyManpower(), &QAction::triggered, this, &DailyLogTab::copyManpowerFromPreviousDay);
    connect(m_toolbar, &DailyLogToolbar::addRequested, this, &DailyLogTab::addEntry);
    connect(m_toolbar, &DailyLogToolbar::exportRequested, this,
            [this](bool range, bool pdf) { chooseExport(range, pdf ? ExportFormat::Pdf : ExportFormat::Csv); });
}

QWidget *DailyLogTab::buildCalendarPane()
{
    m_calendar->setObjectName(QStringLiteral("dailyLogCalendar"));
    m_calendar->setGridVisible(false);
    m_calendar->setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
    m_calendar->setToolTip(tr("Days in bold have daily log entries."));
    m_dayTotalsView = dailylogviewparts::makeTable(m_dayTotals, QStringLiteral("dailyLogDayTotals"), this);
    m_dayTotalsView->horizontalHeader()->setSectionResizeMode(ManpowerTotalsModel::Company, QHeaderView::Stretch);
    m_dayTotalsView->horizontalHeader()->setStretchLastSection(false);
    auto *pane = new QWidget(this);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_calendar);
    layout->addWidget(new QLabel(tr("Manpower this day"), pane));
    layout->addWidget(m_dayTotalsView, 1);
    return pane;
}

QWidget *DailyLogTab::buildDayPage()
{
    m_dayView = new DailyLogDayView(m_dayModel, this);
    m_dayView->setToolTip(tr("Drop photos or files on an entry to attach them in Procore."));
    connect(m_dayView, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        if (const DailyLogItem *item = m_dayModel->item(index))
            editItem(*item);
    });
    connect(m_dayView, &DailyLogDayView::filesDropped, this, &DailyLogTab::onFilesDropped);
    connect(m_dayView->selectionModel(), &QItemSelectionModel::currentChanged, this, &DailyLogTab::updateActions);
    m_dayEmpty = dailylogviewparts::makeEmptyLabel(QStringLiteral("dailyLogEmptyText"), this);
    m_dayStack = new QStackedWidget(this);
    m_dayStack->addWidget(m_dayView);
    m_dayStack->addWidget(m_dayEmpty);
    return m_dayStack;
}

void DailyLogTab::setSource(CacheDatabase *cache, qint64 projectId)
{
    if (m_cache)
        disconnect(m_cache, nullptr, this, nullptr);
    m_cache = cache;
    m_projectId = projectId;
    m_rangePage->setProjectChosen(m_cache && m_projectId != 0);
    if (m_cache)
        connect(m_cache, &CacheDatabase::changed, this, [this](const QStringList &tables) {
            if (tables.contains(QLatin1String("daily_log_entries")) || tables.contains(QLatin1String("outbox")))
                updateCalendarMarks();
        });
    m_dayModel->setSource(cache, projectId);
    m_rangeModel->setSource(cache, projectId);
    updateCalendarMarks();
    onDayModelReset();
}

void DailyLogTab::setWriter(DailyLogWriter *writer)
{
    m_writer = writer;
    updateActions();
}

void DailyLogTab::setToday(const QDate &today)
{
    m_today = today;
}

void DailyLogTab::setDate(const QDate &date)
{
    if (!date.isValid())
        return;
    m_date = date;
    if (m_calendar->selectedDate() != date)
        m_calendar->setSelectedDate(date);
    m_dayModel->setDate(date);
    updateRange();
    onDayModelReset();
}

void DailyLogTab::setSpan(Span span)
{
    m_span = span;
    m_rangePage->setMonthShown(span == Span::Month);
    updateRange();
}

void DailyLogTab::updateRange()
{
    QDate from = m_date.addDays(1 - m_date.dayOfWeek());   // Monday
    QDate to = from.addDays(6);
    if (m_span == Span::Month) {
        from = QDate(m_date.year(), m_date.month(), 1);
        to = from.addMonths(1).addDays(-1);
    }
    m_rangeModel->setRange(from, to);
    const QLocale locale;
    m_rangePage->setTitle(tr("%1 to %2").arg(locale.toString(from, QLocale::ShortFormat), locale.toString(to, QLocale::ShortFormat)));
}

void DailyLogTab::onDayModelReset()
{
    m_dayView->expandAll();   // every section open: the day at a glance; the user folds what they skip
    for (int column = 1; column < DailyLogDayModel::ColumnCount; ++column)
        m_dayView->resizeColumnToContents(column);
    m_dayTotals->setItems(m_dayModel->items());
    for (int column = ManpowerTotalsModel::Entries; column < ManpowerTotalsModel::ColumnCount; ++column)
        m_dayTotalsView->resizeColumnToContents(column);
    const int count = m_dayModel->entryCount();
    m_toolbar->title()->setText(tr("%1 · %n entries", nullptr, count).arg(QLocale().toString(m_date, QLocale::LongFormat)));
    showEmptyDayText(count);
    m_dayStack->setCurrentWidget(count > 0 ? static_cast<QWidget *>(m_dayView) : m_dayEmpty);
    updateActions();
}

void DailyLogTab::showEmptyDayText(int count)
{
    const QLocale locale;
    if (!m_cache || m_projectId == 0)
        m_dayEmpty->setText(tr("Choose a project to see its daily log."));
    else if (count == 0 && m_dayModel->projectLog() == DailyLogDayModel::ProjectLog::NotCached)
        m_dayEmpty->setText(tr("No daily log is cached for this project yet. Sync to download it; it stays readable offline."));
    else if (count == 0 && m_dayModel->projectLog() == DailyLogDayModel::ProjectLog::NoEntries)
        m_dayEmpty->setText(tr("This project has no daily log entries in Procore yet. Use Add to write the first one."));
    else
        m_dayEmpty->setText(tr("No daily log entries on %1.\nPick a day shown in bold in the calendar, or use Add to write one.")
                                .arg(locale.toString(m_date, QLocale::LongFormat)));
}

void DailyLogTab::updateCalendarMarks()
{
    m_calendar->setDateTextFormat(QDate(), QTextCharFormat());   // clears every mark
    if (!m_cache || !m_cache->isOpen() || m_projectId == 0)
        return;
    // The shown page plus the days of the neighbouring months it shows.
    const QDate first = QDate(m_calendar->yearShown(), m_calendar->monthShown(), 1).addDays(-7);
    const QDate last = first.addDays(7).addMonths(1).addDays(7);
    QTextCharFormat marked;
    marked.setFontWeight(QFont::Bold);
    marked.setForeground(palette().color(QPalette::Link));
    QTextCharFormat waiting = marked;
    waiting.setFontItalic(true);
    for (const DailyLogItem &item : DailyLogItem::load(*m_cache, m_projectId, first, last)) {
        if (item.isWaiting())
            m_calendar->setDateTextFormat(item.entry.date, waiting);
        else if (m_calendar->dateTextFormat(item.entry.date).fontWeight() != QFont::Bold)
            m_calendar->setDateTextFormat(item.entry.date, marked);
    }
}

void DailyLogTab::updateActions()
{
    const bool project = m_cache && m_projectId != 0;
    const DailyLogItem *item = m_dayModel->item(m_dayView->currentIndex());
    m_toolbar->setAddEnabled(project && m_writer);
    m_toolbar->copyManpower()->setEnabled(project && m_writer);
    m_toolbar->edit()->setEnabled(project && m_writer && item && DailyLogField::isEditable(item->entry.type));
    m_toolbar->attach()->setEnabled(project && item);
    m_toolbar->setExportEnabled(project);
}

void DailyLogTab::editCurrent()
{
    if (const DailyLogItem *item = m_dayModel->item(m_dayView->currentIndex()))
        editItem(*item);
}

DailyLogEntryDialog *DailyLogTab::addEntry(const QString &type)
{
    if (!m_cache || !m_writer || m_projectId == 0)
        return nullptr;
    DailyLogItem item;
    item.entry.type = type;
    item.entry.date = m_date;
    item.entry.projectId = m_projectId;
    return editItem(item);
}

// item.entry.id: 0 for a new entry, a Procore id, or minus an outbox id for an unsent create.
DailyLogEntryDialog *DailyLogTab::editItem(const DailyLogItem &item)
{
    if (!m_cache || !m_writer)
        return nullptr;
    if (!DailyLogField::isEditable(item.entry.type)) {
        m_notice->showNotice(NoticeBar::Kind::Information,
                             tr("Sitedesk cannot edit %1 entries yet; change them in Procore.").arg(DailyLogType::displayName(item.entry.type)));
        return nullptr;
    }
    auto *dialog = new DailyLogEntryDialog(item.entry.type, item.entry.date, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const DailyLogStore store(*m_cache);
    dialog->setVendors(store.vendors(m_projectId));
    dialog->setLocations(store.locations(m_projectId));
    if (item.entry.id != 0)
        dialog->setValues(item.entry.raw);
    if (item.needsUser())
        dialog->setProblem(item.error, item.fieldErrors);
    connect(dialog, &QDialog::accepted, this, [this, dialog, item] { onEntryAccepted(dialog, item); });
    dialog->open();
    return dialog;
}

void DailyLogTab::onEntryAccepted(DailyLogEntryDialog *dialog, const DailyLogItem &item)
{
    if (!m_writer)
        return;
    QString error;
    bool saved = false;
    if (item.isWaiting())
        saved = m_writer->revise(item.outboxId, dialog->fields(), &error);
    else if (item.entry.id > 0)
        saved = m_writer->edit(item.entry, dialog->fields(), &error) != 0;
    else
        saved = m_writer->create(m_projectId, item.entry.type, item.entry.date, dialog->fields(), &error) != 0;
    if (saved)
        m_notice->hide();
    else
        m_notice->showNotice(NoticeBar::Kind::Error, tr("The entry was not saved: %1").arg(error));
}

void DailyLogTab::copyManpowerFromPreviousDay()
{
    if (!m_writer || !m_cache)
        return;
    QString error;
    const int copied = m_writer->copyManpower(m_projectId, m_date, &error);
    if (!error.isEmpty())
        m_notice->showNotice(NoticeBar::Kind::Error, tr("Manpower was not copied: %1").arg(error));
    else if (copied == 0)
        m_notice->showNotice(NoticeBar::Kind::Information, tr("There is no earlier day with manpower to copy."));
    else
        m_notice->showNotice(NoticeBar::Kind::Information,
                             tr("Copied %n manpower entries; they are sent to Procore when online.", nullptr, copied));
}

void DailyLogTab::onFilesDropped(const QModelIndex &index, const QStringList &paths)
{
    if (const DailyLogItem *item = m_dayModel->item(index))
        attachFiles(*item, paths);
    else
        m_notice->showNotice(NoticeBar::Kind::Information, tr("Drop the files on an entry: they are attached to the entry they fall on."));
}

void DailyLogTab::chooseFilesForCurrent()
{
    const DailyLogItem *current = m_dayModel->item(m_dayView->currentIndex());
    if (!current)
        return;
    const DailyLogItem item = *current;
    if (const QString refusal = refusalToAttach(item); !refusal.isEmpty())
        return m_notice->showNotice(NoticeBar::Kind::Warning, refusal);
    // Not modal-blocking: the window keeps painting while the dialog is open.
    auto *dialog = new QFileDialog(this, tr("Attach files to the %1 entry").arg(DailyLogType::displayName(item.entry.type)));
    dialog->setFileMode(QFileDialog::ExistingFiles);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::filesSelected, this, [this, item](const QStringList &paths) { attachFiles(item, paths); });
    dialog->open();
}

// Why Procore cannot take files on the entry, in words; "" when it can.
QString DailyLogTab::refusalToAttach(const DailyLogItem &item) const
{
    const QString type = DailyLogType::displayName(item.entry.type);
    if (!DailyLogType::takesAttachments(item.entry.type))
        return tr("Procore does not take files on %1 entries. Drop them on a note, manpower, delivery or other entry instead.").arg(type);
    if (item.isDraft())
        return tr("This %1 entry is not in Procore yet (it waits to be sent), so it cannot take files. "
                  "Drop them again once it has been sent.").arg(type);
    return {};
}

bool DailyLogTab::attachFiles(const DailyLogItem &item, const QStringList &paths)
{
    if (!m_cache || m_projectId == 0 || paths.isEmpty())
        return false;
    if (const QString refusal = refusalToAttach(item); !refusal.isEmpty()) {
        m_notice->showNotice(NoticeBar::Kind::Warning, refusal);
        return false;
    }
    emit attachFilesRequested(m_projectId, item.entry.type, item.entry.id, paths);
    m_notice->showNotice(NoticeBar::Kind::Information,
                         tr("Attaching %n file(s) to the %1 entry; View ▸ Uploads shows their progress.", nullptr, int(paths.size()))
                             .arg(DailyLogType::displayName(item.entry.type)));
    return true;
}

bool DailyLogTab::exportDay(const QString &path, ExportFormat format, QString *error) const
{
    return dailylogexportfile::write(path, format == ExportFormat::Pdf, DailyLogReport::headerFor(*m_cache, m_projectId, m_date, m_date),
                                     m_dayModel->items(), error);
}

bool DailyLogTab::exportRange(const QString &path, ExportFormat format, QString *error) const
{
    QList<DailyLogItem> items = m_filter->shownItems();
    std::stable_sort(items.begin(), items.end(), [](const DailyLogItem &a, const DailyLogItem &b) { return a.entry.date < b.entry.date; });
    const auto header = DailyLogReport::headerFor(*m_cache, m_projectId, m_rangeModel->from(), m_rangeModel->to());
    return dailylogexportfile::write(path, format == ExportFormat::Pdf, header, items, error);
}

QString DailyLogTab::exportName(bool range, ExportFormat format) const
{
    const QString days = range ? QStringLiteral("%1_%2").arg(m_rangeModel->from().toString(Qt::ISODate), m_rangeModel->to().toString(Qt::ISODate))
                               : m_date.toString(Qt::ISODate);
    return tr("daily-log-%1").arg(days) + (format == ExportFormat::Pdf ? QStringLiteral(".pdf") : QStringLiteral(".csv"));
}

void DailyLogTab::chooseExport(bool range, ExportFormat format)
{
    if (!m_cache || m_projectId == 0)
        return;
    const QString filter = format == ExportFormat::Pdf ? tr("PDF files (*.pdf)") : tr("CSV files (*.csv)");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Daily Log"), exportName(range, format), filter);
    if (path.isEmpty())
        return;
    QString error;
    const bool ok = range ? exportRange(path, format, &error) : exportDay(path, format, &error);
    if (!ok)
        m_notice->showNotice(NoticeBar::Kind::Error, tr("Could not save %1: %2").arg(path, error));
}

} // namespace sitedesk
