#include "budget/budgettab.h"

#include "budget/budgetchartpanel.h"
#include "budget/budgetfiltermodel.h"
#include "budget/budgetmodificationsmodel.h"
#include "budget/budgettreemodel.h"
#include "budget/budgetviewsmodel.h"
#include "budget/directcostsmodel.h"
#include "budget/frozentreeview.h"
#include "cache/cachedatabase.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace sitedesk {

BudgetTab::BudgetTab(QWidget *parent)
    : QWidget(parent)
    , m_views(new BudgetViewsModel(this))
    , m_model(new BudgetTreeModel(this))
    , m_filter(new BudgetFilterModel(this))
    , m_modifications(new BudgetModificationsModel(this))
    , m_directCosts(new DirectCostsModel(this))
    , m_viewChooser(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_overBudget(new QCheckBox(tr("&Over budget only"), this))
    , m_divisionLabel(new QLabel(this))
    , m_clearDivision(new QToolButton(this))
    , m_export(new QToolButton(this))
    , m_subTabs(new QTabWidget(this))
    , m_budgetStack(new QStackedWidget(this))
    , m_emptyText(new QLabel(this))
    , m_tree(new FrozenTreeView(this))
    , m_chart(new BudgetChartPanel(this))
    , m_modificationsTable(nullptr)
    , m_directCostsTable(nullptr)
{
    m_filter->setBudgetModel(m_model);

    auto *viewLabel = new QLabel(tr("&View:"), this);
    viewLabel->setBuddy(m_viewChooser);
    m_viewChooser->setObjectName(QStringLiteral("budgetViewChooser"));
    m_viewChooser->setModel(m_views);
    m_viewChooser->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_search->setObjectName(QStringLiteral("budgetSearch"));
    m_search->setPlaceholderText(tr("Filter by cost code, division or cost type"));
    m_search->setClearButtonEnabled(true);
    m_overBudget->setObjectName(QStringLiteral("budgetOverBudgetOnly"));
    m_divisionLabel->setObjectName(QStringLiteral("budgetDivisionFilter"));
    m_clearDivision->setText(tr("Show all divisions"));
    m_clearDivision->setAutoRaise(true);
    m_export->setText(tr("&Export"));
    m_export->setPopupMode(QToolButton::InstantPopup);
    auto *exportMenu = new QMenu(m_export);
    exportMenu->addAction(tr("CSV…"), this, [this] { chooseExport(budgetexport::Format::Csv); });
    exportMenu->addAction(tr("CSV for Excel…"), this, [this] { chooseExport(budgetexport::Format::Excel); });
    m_export->setMenu(exportMenu);

    auto *bar = new QHBoxLayout;
    bar->addWidget(viewLabel);
    bar->addWidget(m_viewChooser);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_overBudget);
    bar->addWidget(m_divisionLabel);
    bar->addWidget(m_clearDivision);
    bar->addWidget(m_export);

    m_tree->setObjectName(QStringLiteral("budgetTree"));
    m_tree->setModel(m_filter);
    m_tree->setSortingEnabled(true);
    m_tree->sortByColumn(-1, Qt::AscendingOrder);   // Procore's order until the user sorts
    m_tree->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *copy = new QAction(tr("&Copy"), m_tree);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(copy, &QAction::triggered, this, [this] { copySelection(); });
    m_tree->addAction(copy);
    auto *expandAll = new QAction(tr("E&xpand All"), m_tree);
    connect(expandAll, &QAction::triggered, m_tree, &QTreeView::expandAll);
    m_tree->addAction(expandAll);
    auto *collapseAll = new QAction(tr("Co&llapse All"), m_tree);
    connect(collapseAll, &QAction::triggered, m_tree, &QTreeView::collapseAll);
    m_tree->addAction(collapseAll);

    m_emptyText->setObjectName(QStringLiteral("budgetEmptyText"));
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setWordWrap(true);
    m_budgetStack->addWidget(m_tree);
    m_budgetStack->addWidget(m_emptyText);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_budgetStack);
    splitter->addWidget(m_chart);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({3000, 2000});   // scaled to the width: the charts get two fifths
    splitter->setChildrenCollapsible(true);

    auto *budgetPage = new QWidget(this);
    auto *budgetLayout = new QVBoxLayout(budgetPage);
    budgetLayout->addLayout(bar);
    budgetLayout->addWidget(splitter, 1);

    m_modificationsTable = makeTable(m_modifications, BudgetModificationsModel::Amount, QStringLiteral("budgetModificationsTable"));
    m_directCostsTable = makeTable(m_directCosts, DirectCostsModel::Amount, QStringLiteral("directCostsTable"));
    m_subTabs->setObjectName(QStringLiteral("budgetSubTabs"));
    m_subTabs->setDocumentMode(true);
    m_subTabs->addTab(budgetPage, tr("Budget"));
    m_subTabs->addTab(m_modificationsTable, tr("Modifications"));
    m_subTabs->addTab(m_directCostsTable, tr("Direct Costs"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_subTabs);

    connect(m_viewChooser, &QComboBox::currentIndexChanged, this, &BudgetTab::onViewChosen);
    connect(m_views, &QAbstractItemModel::modelReset, this, [this] {
        if (m_viewChooser->currentIndex() < 0 && m_views->rowCount() > 0)
            m_viewChooser->setCurrentIndex(0);
        onViewChosen(m_viewChooser->currentIndex());
    });
    connect(m_search, &QLineEdit::textChanged, m_filter, &BudgetFilterModel::setSearchText);
    connect(m_overBudget, &QCheckBox::toggled, m_filter, &BudgetFilterModel::setOverBudgetOnly);
    connect(m_model, &QAbstractItemModel::modelReset, this, &BudgetTab::onModelReset);
    connect(m_modifications, &QAbstractItemModel::modelReset, this, [this] {
        m_chart->setModifications(m_modifications->modifications(), m_modifications->decimals(), m_model->locale());
    });
    connect(m_chart, &BudgetChartPanel::divisionClicked, this, &BudgetTab::onDivisionClicked);
    connect(m_clearDivision, &QToolButton::clicked, this, [this] { onDivisionClicked(0); });
    connect(m_filter, &QAbstractItemModel::layoutChanged, m_tree, [this] {
        if (m_filter->isFiltering())
            m_tree->expandAll();
    });
    updateDivisionLabel();
    updateEmptyState();
}

BudgetTab::~BudgetTab() = default;

QTableView *BudgetTab::makeTable(QAbstractItemModel *model, int amountColumn, const QString &name)
{
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(model);
    proxy->setSortRole(Qt::UserRole);   // both models' SortRole
    auto *table = new QTableView(this);
    table->setObjectName(name);
    table->setModel(proxy);
    table->setSortingEnabled(true);
    table->sortByColumn(0, Qt::AscendingOrder);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    connect(model, &QAbstractItemModel::modelReset, table, [table, amountColumn] {
        table->resizeColumnsToContents();
        table->horizontalHeader()->setSectionResizeMode(amountColumn, QHeaderView::ResizeToContents);
    });
    return table;
}

void BudgetTab::setSource(CacheDatabase *cache, qint64 projectId)
{
    const bool sameProject = cache == m_cache && projectId == m_projectId;
    const qint64 keepView = sameProject ? currentViewId() : 0;
    m_cache = cache;
    m_projectId = projectId;
    if (!sameProject)
        onDivisionClicked(0);
    m_modifications->setSource(cache, projectId);
    m_directCosts->setSource(cache, projectId);
    m_views->setSource(cache, projectId);
    if (keepView != 0)
        setCurrentView(keepView);
    updateEmptyState();
}

qint64 BudgetTab::currentViewId() const
{
    return m_views->viewId(m_viewChooser->currentIndex());
}

void BudgetTab::setCurrentView(qint64 viewId)
{
    const int row = m_views->rowForView(viewId);
    if (row >= 0)
        m_viewChooser->setCurrentIndex(row);
}

void BudgetTab::onViewChosen(int row)
{
    const qint64 viewId = m_views->viewId(row);
    if (viewId == m_model->viewId() && m_cache == nullptr)
        return;
    m_model->setSource(m_cache, m_projectId, viewId);
}

void BudgetTab::onModelReset()
{
    // Divisions open, cost codes closed: the first screen shows the story, not 200 lines.
    for (int row = 0; row < m_filter->rowCount(); ++row)
        m_tree->expand(m_filter->index(row, 0));
    for (int column = 0; column < m_filter->columnCount(); ++column) {
        m_tree->resizeColumnToContents(column);
        m_tree->setColumnWidth(column, std::max(column == 0 ? 300 : 110, m_tree->columnWidth(column) + 12));
    }
    m_chart->setDivisions(*m_model);
    updateEmptyState();
}

void BudgetTab::onDivisionClicked(qint64 divisionId)
{
    m_filter->setDivisionFilter(divisionId);
    if (divisionId != 0)
        m_tree->expandAll();
    updateDivisionLabel();
}

void BudgetTab::updateDivisionLabel()
{
    const qint64 division = m_filter->divisionFilter();
    QString name;
    for (const budgetchart::DivisionBar &bar : m_chart->divisionSeries().bars)
        if (bar.divisionId == division)
            name = bar.label;
    m_divisionLabel->setText(division == 0 ? QString() : tr("Division: %1").arg(name));
    m_divisionLabel->setVisible(division != 0);
    m_clearDivision->setVisible(division != 0);
}

void BudgetTab::updateEmptyState()
{
    const bool hasRows = m_model->rowCount() > 0;
    if (!m_cache || m_projectId == 0)
        m_emptyText->setText(tr("Choose a project to see its budget."));
    else if (m_views->rowCount() == 0)
        m_emptyText->setText(tr("No budget is cached for this project yet. Sync to download it; it stays readable offline."));
    else
        m_emptyText->setText(tr("This budget view has no lines."));
    m_budgetStack->setCurrentWidget(hasRows ? static_cast<QWidget *>(m_tree) : m_emptyText);
    m_export->setEnabled(hasRows);
    m_viewChooser->setEnabled(m_views->rowCount() > 0);
}

QString BudgetTab::copySelection()
{
    QModelIndexList selected = m_tree->selectionModel()->selectedIndexes();
    QString text;
    if (selected.isEmpty())
        text = QString::fromUtf8(budgetexport::table(*m_filter, budgetexport::Format::Tsv));
    else
        text = budgetexport::selection(selected);
    QApplication::clipboard()->setText(text);
    return text;
}

bool BudgetTab::exportTo(const QString &path, budgetexport::Format format, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(budgetexport::table(*m_filter, format, m_model->locale())) < 0 || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

void BudgetTab::chooseExport(budgetexport::Format format)
{
    const QString name = m_viewChooser->currentText().isEmpty() ? tr("budget") : m_viewChooser->currentText();
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Budget"), name + QStringLiteral(".csv"),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportTo(path, format, &error))
        m_emptyText->setText(tr("Could not save %1: %2").arg(path, error));
}

} // namespace sitedesk
