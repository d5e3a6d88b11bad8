#include "budget/frozentreeview.h"

#include <QHeaderView>
#include <QScrollBar>

#include <functional>

namespace sitedesk {

FrozenTreeView::FrozenTreeView(QWidget *parent)
    : QTreeView(parent)
    , m_frozen(new QTreeView(this))
{
    m_frozen->setObjectName(QStringLiteral("frozenColumn"));
    m_frozen->setFocusPolicy(Qt::NoFocus);
    m_frozen->setFrameShape(QFrame::NoFrame);
    m_frozen->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_frozen->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_frozen->setUniformRowHeights(true);
    m_frozen->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_frozen->header()->setSectionsMovable(false);
    m_frozen->header()->setStretchLastSection(false);
    m_frozen->setStyleSheet(QStringLiteral("QTreeView#frozenColumn { border-right: 1px solid palette(mid); }"));
    viewport()->stackUnder(m_frozen);

    setUniformRowHeights(true);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    header()->setSectionsMovable(false);

    connect(header(), &QHeaderView::sectionResized, this, [this](int section, int, int size) {
        if (section == 0) {
            m_frozen->setColumnWidth(0, size);
            updateFrozenGeometry();
        }
    });
    connect(m_frozen->header(), &QHeaderView::sectionResized, this, [this](int section, int, int size) {
        if (section == 0 && columnWidth(0) != size)
            setColumnWidth(0, size);
    });
    connect(m_frozen->verticalScrollBar(), &QAbstractSlider::valueChanged, verticalScrollBar(), &QAbstractSlider::setValue);
    connect(verticalScrollBar(), &QAbstractSlider::valueChanged, m_frozen->verticalScrollBar(), &QAbstractSlider::setValue);
    connect(this, &QTreeView::expanded, m_frozen, &QTreeView::expand);
    connect(this, &QTreeView::collapsed, m_frozen, &QTreeView::collapse);
    connect(m_frozen, &QTreeView::expanded, this, &QTreeView::expand);
    connect(m_frozen, &QTreeView::collapsed, this, &QTreeView::collapse);
    // Sorting from either header sorts the tree; the frozen header shows the same indicator.
    connect(header(), &QHeaderView::sortIndicatorChanged, this, [this](int section, Qt::SortOrder order) {
        m_frozen->header()->setSortIndicatorShown(section == 0);
        m_frozen->header()->setSortIndicator(section == 0 ? 0 : -1, order);
    });
    connect(m_frozen->header(), &QHeaderView::sectionClicked, this, [this](int section) {
        if (section != 0 || !isSortingEnabled())
            return;
        const Qt::SortOrder order = header()->sortIndicatorSection() == 0 && header()->sortIndicatorOrder() == Qt::AscendingOrder
                                        ? Qt::DescendingOrder
                                        : Qt::AscendingOrder;
        sortByColumn(0, order);
    });
    connect(m_frozen, &QTreeView::activated, this, &QTreeView::activated);
    connect(m_frozen, &QTreeView::doubleClicked, this, &QTreeView::doubleClicked);
}

void FrozenTreeView::setModel(QAbstractItemModel *model)
{
    QTreeView::setModel(model);
    m_frozen->setModel(model);
    m_frozen->setSelectionModel(selectionModel());
    m_frozen->setSelectionBehavior(selectionBehavior());
    m_frozen->setSelectionMode(selectionMode());
    if (model) {
        connect(model, &QAbstractItemModel::modelReset, this, &FrozenTreeView::showOnlyFirstColumn);
        connect(model, &QAbstractItemModel::layoutChanged, this, &FrozenTreeView::showOnlyFirstColumn);
        connect(model, &QAbstractItemModel::columnsInserted, this, &FrozenTreeView::showOnlyFirstColumn);
        connect(model, &QAbstractItemModel::rowsInserted, this, &FrozenTreeView::showOnlyFirstColumn);
    }
    showOnlyFirstColumn();
}

void FrozenTreeView::showOnlyFirstColumn()
{
    QAbstractItemModel *source = model();
    if (!source)
        return;
    for (int column = 1; column < source->columnCount(); ++column)
        m_frozen->setColumnHidden(column, true);
    m_frozen->setColumnHidden(0, false);
    m_frozen->setColumnWidth(0, columnWidth(0));
    m_frozen->setAlternatingRowColors(alternatingRowColors());
    m_frozen->setSelectionBehavior(selectionBehavior());
    m_frozen->setSelectionMode(selectionMode());
    m_frozen->setIndentation(indentation());
    m_frozen->setRootIsDecorated(rootIsDecorated());
    // The expanded state follows the main tree after a reset or re-sort.
    std::function<void(const QModelIndex &)> follow = [&](const QModelIndex &parent) {
        for (int row = 0; row < source->rowCount(parent); ++row) {
            const QModelIndex child = source->index(row, 0, parent);
            if (!source->hasChildren(child))
                continue;
            m_frozen->setExpanded(child, isExpanded(child));
            if (isExpanded(child))
                follow(child);
        }
    };
    follow({});
    updateFrozenGeometry();
}

void FrozenTreeView::resizeEvent(QResizeEvent *event)
{
    QTreeView::resizeEvent(event);
    updateFrozenGeometry();
}

void FrozenTreeView::updateGeometries()
{
    QTreeView::updateGeometries();
    updateFrozenGeometry();
}

void FrozenTreeView::scrollTo(const QModelIndex &index, ScrollHint hint)
{
    // Never scroll sideways for column 0: it is always in view on the frozen side.
    const int sideways = horizontalScrollBar()->value();
    QTreeView::scrollTo(index, hint);
    if (index.column() == 0)
        horizontalScrollBar()->setValue(sideways);
}

void FrozenTreeView::updateFrozenGeometry()
{
    const int frame = frameWidth();
    m_frozen->setGeometry(frame, frame, columnWidth(0), viewport()->height() + header()->height());
    m_frozen->header()->setFixedHeight(header()->height());
}

} // namespace sitedesk
