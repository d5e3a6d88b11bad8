#pragma once

#include "budget/budgetcolumn.h"
#include "budget/budgetrow.h"
#include "core/money.h"

#include <QAbstractItemModel>
#include <QBrush>
#include <QList>
#include <QLocale>
#include <QVector>

namespace sitedesk {

class CacheDatabase;

// A budget view's detail rows as a tree: division (root cost code) → cost code → line item,
// then one "Grand Total" row. Column 0 names the row; the others are the view's amount columns
// in the view's order. Each group row shows the exact sum of its children and the total the
// exact sum of every line item (Money: integer minor units, so the total is always the sum of
// its rows to the unit). Amounts are right-aligned, formatted in the project's locale and
// currency, negatives in red.
class BudgetTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BudgetTreeModel)

public:
    enum class NodeKind { Division, CostCode, LineItem, Total };
    enum Role {
        NodeKindRole = Qt::UserRole,  // int(NodeKind)
        MinorUnitsRole,               // qint64, amount columns
        DecimalTextRole,              // "-1234.50", amount columns (for copy and export)
        SortRole,                     // folded text (column 0) or qint64 minor units
        SearchTextRole,               // folded division, cost code, cost type, description
        OverBudgetRole,               // bool, line items
        DivisionIdRole,               // qint64
        IdRole,                       // qint64: division, cost code or line item id
    };

    explicit BudgetTreeModel(QObject *parent = nullptr);

    // Reads the view from the cache now and whenever its tables change. Null cache or ids: empty.
    void setSource(CacheDatabase *cache, qint64 projectId, qint64 viewId);
    // Shows exactly these columns and rows (the cache-free entry point; setSource uses it).
    void setContent(const QList<BudgetColumn> &columns, const QList<BudgetRow> &rows);
    void setLocale(const QLocale &locale);
    QLocale locale() const { return m_locale; }
    QString currency() const { return m_currency; }
    int decimals() const { return m_decimals; }   // the currency's minor unit digits
    static QBrush negativeBrush();
    qint64 projectId() const { return m_projectId; }
    qint64 viewId() const { return m_viewId; }

    const QList<BudgetColumn> &amountColumns() const { return m_columns; }
    // The model column of the first amount column of this kind; -1 when the view has none.
    int columnOf(BudgetColumn::Kind kind) const;
    Money amount(const QModelIndex &index) const;   // zero for column 0
    NodeKind kind(const QModelIndex &index) const;
    QModelIndex totalIndex(int column = 0) const;
    QString formatted(const Money &money) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

public slots:
    void reload();

private:
    struct Node
    {
        NodeKind kind = NodeKind::LineItem;
        int parent = -1;          // node index; -1 for top-level rows
        int row = 0;              // position under the parent
        QList<int> children;
        qint64 id = 0;
        qint64 divisionId = 0;
        QString label;
        QString searchText;
        QVector<Money> amounts;   // one per amount column
        bool overBudget = false;
    };

    void build(const QList<BudgetRow> &rows);
    int addNode(Node node, int parent);
    bool isOverBudget(const QVector<Money> &amounts) const;
    const Node *nodeOf(const QModelIndex &index) const;

    CacheDatabase *m_cache = nullptr;
    qint64 m_projectId = 0;
    qint64 m_viewId = 0;
    QLocale m_locale;
    QString m_currency;
    int m_decimals = 2;
    QList<BudgetColumn> m_columns;
    QList<Node> m_nodes;
    QList<int> m_top;   // divisions, then the total
};

} // namespace sitedesk
