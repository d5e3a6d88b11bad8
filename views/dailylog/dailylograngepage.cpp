#include "dailylog/dailylograngepage.h"

#include "dailylog/dailylogfiltermodel.h"
#include "dailylog/dailylograngemodel.h"
#include "dailylog/dailylogstore.h"
#include "dailylog/dailylogtype.h"
#include "dailylog/dailylogviewparts.h"
#include "dailylog/manpowertotalsmodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace sitedesk {

using namespace dailylogviewparts;

DailyLogRangePage::DailyLogRangePage(DailyLogRangeModel *range, DailyLogFilterModel *filter, ManpowerTotalsModel *totals, QWidget *parent)
    : QWidget(parent), m_range(range), m_filter(filter), m_totals(totals)
{
    m_view = makeTable(m_filter, QStringLiteral("dailyLogRangeView"), this);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(DailyLogRangeModel::Date, Qt::AscendingOrder);
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (const DailyLogItem *item = m_range->item(m_filter->mapToSource(index).row()))
            emit editRequested(*item);
    });
    m_empty = makeEmptyLabel(QStringLiteral("dailyLogRangeEmptyText"), this);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);
    m_totalsTitle = new QLabel(this);
    m_totalsView = makeTable(m_totals, QStringLiteral("dailyLogRangeTotals"), this);
    m_totalsView->setMaximumHeight(180);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buildBar());
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_totalsTitle);
    layout->addWidget(m_totalsView);

    connect(m_range, &QAbstractItemModel::modelReset, this, &DailyLogRangePage::onRangeReset);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &DailyLogRangePage::updateTotals);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &DailyLogRangePage::updateTotals);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &DailyLogRangePage::updateTotals);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &DailyLogRangePage::updateTotals);
}

QLayout *DailyLogRangePage::buildBar()
{
    m_spanChooser = new QComboBox(this);
    m_spanChooser->setObjectName(QStringLiteral("dailyLogSpan"));
    m_spanChooser->addItems({tr("Week"), tr("Month")});
    m_typeFilter = new QComboBox(this);
    m_typeFilter->setObjectName(QStringLiteral("dailyLogTypeFilter"));
    m_vendorFilter = new QComboBox(this);
    m_vendorFilter->setObjectName(QStringLiteral("dailyLogVendorFilter"));
    m_locationFilter = new QComboBox(this);
    m_locationFilter->setObjectName(QStringLiteral("dailyLogLocationFilter"));
    m_title = new QLabel(this);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_spanChooser);
    bar->addWidget(m_title, 1);
    bar->addWidget(new QLabel(tr("Filter:"), this));
    bar->addWidget(m_typeFilter);
    bar->addWidget(m_vendorFilter);
    bar->addWidget(m_locationFilter);

    connect(m_spanChooser, &QComboBox::currentIndexChanged, this, [this](int index) { emit monthChosen(index == 1); });
    connect(m_typeFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setTypeFilter(m_typeFilter->currentData().toString()); });
    connect(m_vendorFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setVendorFilter(m_vendorFilter->currentData().toString()); });
    connect(m_locationFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setLocationFilter(m_locationFilter->currentData().toString()); });
    return bar;
}

void DailyLogRangePage::setMonthShown(bool month)
{
    const QSignalBlocker blocker(m_spanChooser);
    m_spanChooser->setCurrentIndex(month ? 1 : 0);
}

void DailyLogRangePage::setTitle(const QString &text)
{
    m_title->setText(text);
}

void DailyLogRangePage::onRangeReset()
{
    QStringList types;
    QStringList vendors;
    QStringList locations;
    for (const DailyLogItem &item : m_range->items()) {
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
    m_view->resizeColumnsToContents();
    const QLocale locale;
    m_empty->setText(!m_projectChosen ? tr("Choose a project to see its daily log.")
                                      : tr("No daily log entries from %1 to %2.")
                                            .arg(locale.toString(m_range->from(), QLocale::LongFormat),
                                                 locale.toString(m_range->to(), QLocale::LongFormat)));
    updateTotals();
}

void DailyLogRangePage::fillFilter(QComboBox *combo, const QStringList &values, const QString &anyText, bool typeNames)
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

void DailyLogRangePage::updateTotals()
{
    const QList<DailyLogItem> shown = m_filter->shownItems();
    m_totals->setItems(shown);
    m_totalsView->resizeColumnsToContents();
    const DailyLogStore::ManpowerTotal total = m_totals->grandTotal();
    m_totalsTitle->setText(tr("Manpower in the entries listed: %1 workers, %2 man-hours")
                               .arg(QLocale().toString(total.workers), ManpowerTotalsModel::hoursText(total.hours)));
    m_stack->setCurrentWidget(shown.isEmpty() ? static_cast<QWidget *>(m_empty) : m_view);
}

} // namespace sitedesk
