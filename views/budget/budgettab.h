#pragma once

#include "budget/budgetexport.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QToolButton;

namespace sitedesk {

class BudgetChartPanel;
class BudgetFilterModel;
class BudgetModificationsModel;
class BudgetTreeModel;
class BudgetViewsModel;
class CacheDatabase;
class DirectCostsModel;
class FrozenTreeView;

// The Budget tab: a view chooser, the chosen view's detail rows as a tree by division and cost
// code with subtotals and a grand total (frozen first column, sortable, filter by cost code
// text, over budget only, or a division clicked in the chart), copy as TSV, export as CSV;
// the charts beside it; budget modifications and direct costs in sub-tabs. Reads the cache
// only, so it works offline.
class BudgetTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BudgetTab)

public:
    explicit BudgetTab(QWidget *parent = nullptr);
    ~BudgetTab() override;

    void setSource(CacheDatabase *cache, qint64 projectId);
    qint64 currentViewId() const;
    void setCurrentView(qint64 viewId);

    // The selected cells as TSV (also put on the clipboard); all rows when nothing is selected.
    QString copySelection();
    // Writes the table as shown (filter applied) to `path`; false with *error on failure.
    bool exportTo(const QString &path, budgetexport::Format format, QString *error = nullptr);

    FrozenTreeView *tree() const { return m_tree; }
    BudgetTreeModel *treeModel() const { return m_model; }
    BudgetFilterModel *filterModel() const { return m_filter; }
    BudgetChartPanel *chartPanel() const { return m_chart; }
    QComboBox *viewChooser() const { return m_viewChooser; }
    QLineEdit *searchField() const { return m_search; }
    QCheckBox *overBudgetOnly() const { return m_overBudget; }
    QTableView *modificationsTable() const { return m_modificationsTable; }
    QTableView *directCostsTable() const { return m_directCostsTable; }
    QTabWidget *subTabs() const { return m_subTabs; }

private:
    void onViewChosen(int row);
    void onModelReset();
    void onDivisionClicked(qint64 divisionId);
    void updateDivisionLabel();
    void updateEmptyState();
    void chooseExport(budgetexport::Format format);
    QTableView *makeTable(QAbstractItemModel *model, int amountColumn, const QString &name);

    QPointer<CacheDatabase> m_cache;
    qint64 m_projectId = 0;
    BudgetViewsModel *m_views;
    BudgetTreeModel *m_model;
    BudgetFilterModel *m_filter;
    BudgetModificationsModel *m_modifications;
    DirectCostsModel *m_directCosts;
    QComboBox *m_viewChooser;
    QLineEdit *m_search;
    QCheckBox *m_overBudget;
    QLabel *m_divisionLabel;
    QToolButton *m_clearDivision;
    QToolButton *m_export;
    QTabWidget *m_subTabs;
    QStackedWidget *m_budgetStack;
    QLabel *m_emptyText;
    FrozenTreeView *m_tree;
    BudgetChartPanel *m_chart;
    QTableView *m_modificationsTable;
    QTableView *m_directCostsTable;
};

} // namespace sitedesk
