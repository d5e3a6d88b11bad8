#include "dailylog/dailylogtab.h"

#include "cache/cachedatabase.h"
#include "common/noticebar.h"
#include "dailylog/dailylogdaymodel.h"
#include "dailylog/dailylogentrydialog.h"
#include "dailylog/dailylogexport.h"
#include "dailylog/dailylogfield.h"
#include "dailylog/dailylogfiltermodel.h"
#include "dailylog/dailylograngemodel.h"
#include "dailylog/dailylogreport.h"
#include "dailylog/dailylogstore.h"
#include "dailylog/dailylogtype.h"
#include "dailylog/dailylogwriter.h"
#include "dailylog/manpowertotalsmodel.h"

#include <QAction>
#include <QCalendarWidget>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QSaveFile>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTextCharFormat>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace sitedesk {

namespace {

QTableView *makeTable(QAbstractItemModel *model, const QString &name, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setObjectName(name);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

QLabel *makeEmptyLabel(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setMargin(24);
    return label;
}

} // namespace

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
      m_calendar(new QCalendarWidget(this))
{
    m_filter->setRangeModel(m_rangeModel);
    m_notice->setObjectName(QStringLiteral("dailyLogNotice"));
    m_notice->setCloseable(true);
    m_notice->hide();
    m_previousDay = makeAction(tr("&Previous Day"), {QKeySequence(Qt::ALT | Qt::Key_Left), QKeySequence(Qt::CTRL | Qt::Key_BracketLeft)},
                               QStringLiteral("dailyLogPreviousDay"));
    m_nextDay = makeAction(tr("&Next Day"), {QKeySequence(Qt::ALT | Qt::Key_Right), QKeySequence(Qt::CTRL | Qt::Key_BracketRight)},
                           QStringLiteral("dailyLogNextDay"));
    m_todayAction = makeAction(tr("&Today"), {QKeySequence(Qt::ALT | Qt::Key_Home)}, QStringLiteral("dailyLogToday"));
    m_editAction = makeAction(tr("&Edit Entry…"), {QKeySequence(Qt::CTRL | Qt::Key_E)}, QStringLiteral("dailyLogEdit"));
    m_copyManpower = makeAction(tr("&Copy Manpower from Previous Day"), {}, QStringLiteral("dailyLogCopyManpower"));
    connect(m_previousDay, &QAction::triggered, this, [this] { setDate(m_date.addDays(-1)); });
    connect(m_nextDay, &QAction::triggered, this, [this] { setDate(m_date.addDays(1)); });
    connect(m_todayAction, &QAction::triggered, this, [this] { setDate(m_today); });
    connect(m_editAction, &QAction::triggered, this, &DailyLogTab::editCurrent);
    connect(m_copyManpower, &QAction::triggered, this, &DailyLogTab::copyManpowerFromPreviousDay);

    m_calendar->setObjectName(QStringLiteral("dailyLogCalendar"));
    m_calendar->setGridVisible(false);
    m_calendar->setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
    m_calendar->setToolTip(tr("Days in bold have daily log entries."));
    m_dayTotalsView = makeTable(m_dayTotals, QStringLiteral("dailyLogDayTotals"), this);
    m_dayTotalsView->horizontalHeader()->setSectionResizeMode(ManpowerTotalsModel::Company, QHeaderView::Stretch);
    m_dayTotalsView->horizontalHeader()->setStretchLastSection(false);
    auto *totalsTitle = new QLabel(tr("Manpower this day"), this);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_calendar);
    leftLayout->addWidget(totalsTitle);
    leftLayout->addWidget(m_dayTotalsView, 1);

    m_pages = new QTabWidget(this);
    m_pages->setObjectName(QStringLiteral("dailyLogPages"));
    m_pages->setDocumentMode(true);
    m_pages->addTab(buildDayPage(), tr("Day"));
    m_pages->addTab(buildRangePage(), tr("Week or Month"));

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({320, 1000});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(buildToolbar());
    layout->addWidget(m_notice);
    layout->addWidget(splitter, 1);

    connect(m_calendar, &QCalendarWidget::selectionChanged, this, [this] { setDate(m_calendar->selectedDate()); });
    connect(m_calendar, &QCalendarWidget::currentPageChanged, this, &DailyLogTab::updateCalendarMarks);
    connect(m_dayModel, &QAbstractItemModel::modelReset, this, &DailyLogTab::onDayModelReset);
    connect(m_rangeModel, &QAbstractItemModel::modelReset, this, &DailyLogTab::onRangeModelReset);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &DailyLogTab::updateRangeTotals);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &DailyLogTab::updateRangeTotals);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &DailyLogTab::updateRangeTotals);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &DailyLogTab::updateRangeTotals);
    setDate(m_today);
}

DailyLogTab::~DailyLogTab() = default;

QAction *DailyLogTab::makeAction(const QString &text, const QList<QKeySequence> &keys, const QString &name)
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
    addAction(action);
    return action;
}

QWidget *DailyLogTab::buildToolbar()
{
    auto *bar = new QWidget(this);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(6, 6, 6, 0);
    m_previousDay->setIcon(style()->standardIcon(QStyle::SP_ArrowLeft));
    m_nextDay->setIcon(style()->standardIcon(QStyle::SP_ArrowRight));
    for (QAction *action : {m_previousDay, m_todayAction, m_nextDay}) {
        auto *button = new QToolButton(bar);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        layout->addWidget(button);
    }
    m_dayTitle = new QLabel(bar);
    m_dayTitle->setObjectName(QStringLiteral("dailyLogDayTitle"));
    QFont bold = m_dayTitle->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_dayTitle->setFont(bold);
    layout->addWidget(m_dayTitle, 1);

    m_add = new QToolButton(bar);
    m_add->setObjectName(QStringLiteral("dailyLogAdd"));
    m_add->setText(tr("&Add"));
    m_add->setToolTip(tr("Add an entry to this day (saved at once, sent to Procore when online)"));
    m_add->setPopupMode(QToolButton::InstantPopup);
    auto *addMenu = new QMenu(m_add);
    for (const QString &type : DailyLogField::editableTypes())
        addMenu->addAction(DailyLogType::displayName(type), this, [this, type] { addEntry(type); });
    m_add->setMenu(addMenu);
    layout->addWidget(m_add);
    for (QAction *action : {m_editAction, m_copyManpower}) {
        auto *button = new QToolButton(bar);
        button->setDefaultAction(action);
        layout->addWidget(button);
    }
    m_export = new QToolButton(bar);
    m_export->setObjectName(QStringLiteral("dailyLogExport"));
    m_export->setText(tr("E&xport"));
    m_export->setPopupMode(QToolButton::InstantPopup);
    auto *exportMenu = new QMenu(m_export);
    exportMenu->addAction(tr("Day as PDF Report…"), this, [this] { chooseExport(false, ExportFormat::Pdf); });
    exportMenu->addAction(tr("Day as CSV…"), this, [this] { chooseExport(false, ExportFormat::Csv); });
    exportMenu->addSeparator();
    exportMenu->addAction(tr("Week or Month as PDF Report…"), this, [this] { chooseExport(true, ExportFormat::Pdf); });
    exportMenu->addAction(tr("Week or Month as CSV…"), this, [this] { chooseExport(true, ExportFormat::Csv); });
    m_export->setMenu(exportMenu);
    layout->addWidget(m_export);
    return bar;
}

QWidget *DailyLogTab::buildDayPage()
{
    m_dayView = new QTreeView(this);
    m_dayView->setObjectName(QStringLiteral("dailyLogDayView"));
    m_dayView->setModel(m_dayModel);
    m_dayView->setAlternatingRowColors(true);
    m_dayView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_dayView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_dayView->setUniformRowHeights(true);
    m_dayView->header()->setStretchLastSection(false);
    m_dayView->header()->setSectionResizeMode(DailyLogDayModel::Entry, QHeaderView::Stretch);
    connect(m_dayView, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        if (const DailyLogItem *item = m_dayModel->item(index))
            editItem(*item);
    });
    connect(m_dayView->selectionModel(), &QItemSelectionModel::currentChanged, this, &DailyLogTab::updateActions);
    m_dayEmpty = makeEmptyLabel(QStringLiteral("dailyLogEmptyText"), this);
    m_dayStack = new QStackedWidget(this);
    m_dayStack->addWidget(m_dayView);
    m_dayStack->addWidget(m_dayEmpty);
    return m_dayStack;
}

QWidget *DailyLogTab::buildRangePage()
{
    auto *page = new QWidget(this);
    m_spanChooser = new QComboBox(page);
    m_spanChooser->setObjectName(QStringLiteral("dailyLogSpan"));
    m_spanChooser->addItems({tr("Week"), tr("Month")});
    m_typeFilter = new QComboBox(page);
    m_typeFilter->setObjectName(QStringLiteral("dailyLogTypeFilter"));
    m_vendorFilter = new QComboBox(page);
    m_vendorFilter->setObjectName(QStringLiteral("dailyLogVendorFilter"));
    m_locationFilter = new QComboBox(page);
    m_locationFilter->setObjectName(QStringLiteral("dailyLogLocationFilter"));
    m_rangeTitle = new QLabel(page);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_spanChooser);
    bar->addWidget(m_rangeTitle, 1);
    bar->addWidget(new QLabel(tr("Filter:"), page));
    bar->addWidget(m_typeFilter);
    bar->addWidget(m_vendorFilter);
    bar->addWidget(m_locationFilter);

    m_rangeView = makeTable(m_filter, QStringLiteral("dailyLogRangeView"), page);
    m_rangeView->setSortingEnabled(true);
    m_rangeView->sortByColumn(DailyLogRangeModel::Date, Qt::AscendingOrder);
    connect(m_rangeView, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (const DailyLogItem *item = m_rangeModel->item(m_filter->mapToSource(index).row()))
            editItem(*item);
    });
    m_rangeEmpty = makeEmptyLabel(QStringLiteral("dailyLogRangeEmptyText"), page);
    m_rangeStack = new QStackedWidget(page);
    m_rangeStack->addWidget(m_rangeView);
    m_rangeStack->addWidget(m_rangeEmpty);
    m_rangeTotalsTitle = new QLabel(page);
    m_rangeTotalsView = makeTable(m_rangeTotals, QStringLiteral("dailyLogRangeTotals"), page);
    m_rangeTotalsView->setMaximumHeight(180);

    auto *layout = new QVBoxLayout(page);
    layout->addLayout(bar);
    layout->addWidget(m_rangeStack, 1);
    layout->addWidget(m_rangeTotalsTitle);
    layout->addWidget(m_rangeTotalsView);

    connect(m_spanChooser, &QComboBox::currentIndexChanged, this, [this](int index) {
        setSpan(index == 1 ? Span::Month : Span::Week);
    });
    connect(m_typeFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setTypeFilter(m_typeFilter->currentData().toString()); });
    connect(m_vendorFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setVendorFilter(m_vendorFilter->currentData().toString()); });
    connect(m_locationFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setLocationFilter(m_locationFilter->currentData().toString()); });
    return page;
}

void DailyLogTab::setSource(CacheDatabase *cache, qint64 projectId)
{
    if (m_cache)
        disconnect(m_cache, nullptr, this, nullptr);
    m_cache = cache;
    m_projectId = projectId;
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
    m_spanChooser->setCurrentIndex(span == Span::Month ? 1 : 0);
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
    m_rangeTitle->setText(tr("%1 to %2").arg(locale.toString(from, QLocale::ShortFormat), locale.toString(to, QLocale::ShortFormat)));
}

void DailyLogTab::onDayModelReset()
{
    m_dayView->expandAll();   // every section open: the day at a glance; the user folds what they skip
    for (int column = 1; column < DailyLogDayModel::ColumnCount; ++column)
        m_dayView->resizeColumnToContents(column);
    m_dayTotals->setItems(m_dayModel->items());
    for (int column = ManpowerTotalsModel::Entries; column < ManpowerTotalsModel::ColumnCount; ++column)
        m_dayTotalsView->resizeColumnToContents(column);
    const QLocale locale;
    const int count = m_dayModel->entryCount();
    m_dayTitle->setText(tr("%1 · %n entries", nullptr, count).arg(locale.toString(m_date, QLocale::LongFormat)));
    if (!m_cache || m_projectId == 0)
        m_dayEmpty->setText(tr("Choose a project to see its daily log."));
    else if (!DailyLogStore(*m_cache).coverage(m_projectId) && count == 0)
        m_dayEmpty->setText(tr("No daily log is cached for this project yet. Sync to download it; it stays readable offline."));
    else if (DailyLogStore(*m_cache).count(m_projectId) == 0 && count == 0)
        m_dayEmpty->setText(tr("This project has no daily log entries in Procore yet. Use Add to write the first one."));
    else
        m_dayEmpty->setText(tr("No daily log entries on %1.\nPick a day shown in bold in the calendar, or use Add to write one.")
                                .arg(locale.toString(m_date, QLocale::LongFormat)));
    m_dayStack->setCurrentWidget(count > 0 ? static_cast<QWidget *>(m_dayView) : m_dayEmpty);
    updateActions();
}

void DailyLogTab::onRangeModelReset()
{
    QStringList types;
    QStringList vendors;
    QStringList locations;
    for (const DailyLogItem &item : m_rangeModel->items()) {
        types << item.entry.type;
        vendors << item.entry.vendor;
        // A location also offers its parents: "Building 1" lists everything inside it.
        const QStringList tiers = item.entry.location.split(QLatin1Char('>'), Qt::SkipEmptyParts);
        for (int depth = 1; depth <= tiers.size(); ++depth)
            locations << tiers.mid(0, depth).join(QLatin1Char('>'));
    }
    fillFilter(m_typeFilter, types, tr("All types"), true);
    fillFilter(m_vendorFilter, vendors, tr("All companies"), false);
    fillFilter(m_locationFilter, locations, tr("All locations"), false);
    m_rangeView->resizeColumnsToContents();
    const QLocale locale;
    m_rangeEmpty->setText(!m_cache || m_projectId == 0
                              ? tr("Choose a project to see its daily log.")
                              : tr("No daily log entries from %1 to %2.")
                                    .arg(locale.toString(m_rangeModel->from(), QLocale::LongFormat),
                                         locale.toString(m_rangeModel->to(), QLocale::LongFormat)));
    updateRangeTotals();
}

void DailyLogTab::fillFilter(QComboBox *combo, const QStringList &values, const QString &anyText, bool typeNames)
{
    const QString current = combo->currentData().toString();
    QStringList unique = values;
    unique.removeAll(QString());
    unique.removeDuplicates();
    if (typeNames)
        std::sort(unique.begin(), unique.end(), [](const QString &a, const QString &b) {
            return DailyLogType::names().indexOf(a) < DailyLogType::names().indexOf(b);
        });
    else
        std::sort(unique.begin(), unique.end(), [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
    if (!current.isEmpty() && !unique.contains(current))
        unique.prepend(current);   // keep the user's filter even when this span has none of it
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(anyText, QString());
    for (const QString &value : std::as_const(unique))
        combo->addItem(typeNames ? DailyLogType::displayName(value) : value, value);
    combo->setCurrentIndex(std::max(0, combo->findData(current)));
}

void DailyLogTab::updateRangeTotals()
{
    const QList<DailyLogItem> shown = m_filter->shownItems();
    m_rangeTotals->setItems(shown);
    m_rangeTotalsView->resizeColumnsToContents();
    const DailyLogStore::ManpowerTotal total = m_rangeTotals->grandTotal();
    m_rangeTotalsTitle->setText(tr("Manpower in the entries listed: %1 workers, %2 man-hours")
                                    .arg(QLocale().toString(total.workers), ManpowerTotalsModel::hoursText(total.hours)));
    m_rangeStack->setCurrentWidget(shown.isEmpty() ? static_cast<QWidget *>(m_rangeEmpty) : m_rangeView);
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
    QTextCharFormat counted;
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
    m_add->setEnabled(project && m_writer);
    m_copyManpower->setEnabled(project && m_writer);
    m_editAction->setEnabled(project && m_writer && item && DailyLogField::isEditable(item->entry.type));
    m_export->setEnabled(project);
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

bool DailyLogTab::exportDay(const QString &path, ExportFormat format, QString *error) const
{
    if (format == ExportFormat::Pdf) {
        const DailyLogReport report(DailyLogReport::headerFor(*m_cache, m_projectId, m_date, m_date), m_dayModel->items());
        return report.writeFile(path, error);
    }
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(dailylogexport::csv(m_dayModel->items())) >= 0 && file.commit())
        return true;
    if (error)
        *error = file.errorString();
    return false;
}

bool DailyLogTab::exportRange(const QString &path, ExportFormat format, QString *error) const
{
    QList<DailyLogItem> items = m_filter->shownItems();
    std::stable_sort(items.begin(), items.end(), [](const DailyLogItem &a, const DailyLogItem &b) { return a.entry.date < b.entry.date; });
    if (format == ExportFormat::Pdf) {
        const DailyLogReport report(DailyLogReport::headerFor(*m_cache, m_projectId, m_rangeModel->from(), m_rangeModel->to()), items);
        return report.writeFile(path, error);
    }
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(dailylogexport::csv(items)) >= 0 && file.commit())
        return true;
    if (error)
        *error = file.errorString();
    return false;
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
