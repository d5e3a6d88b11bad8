#include "projects/projectlistview.h"

#include "projects/projectfiltermodel.h"
#include "projects/projectsmodel.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace sitedesk {

ProjectListView::ProjectListView(QWidget *parent)
    : QWidget(parent)
    , m_filter(new ProjectFilterModel(this))
    , m_search(new QLineEdit(this))
    , m_stack(new QStackedWidget(this))
    , m_table(new QTableView(m_stack))
    , m_emptyPage(new QWidget(m_stack))
    , m_emptyText(new QLabel(m_emptyPage))
    , m_syncNow(new QPushButton(tr("Sync &Now"), m_emptyPage))
{
    m_search->setObjectName(QStringLiteral("projectSearch"));
    m_search->setPlaceholderText(tr("Search projects by number, name, city or stage"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);

    m_table->setObjectName(QStringLiteral("projectTable"));
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->installEventFilter(this);

    m_emptyText->setObjectName(QStringLiteral("projectsEmptyText"));
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setWordWrap(true);
    m_syncNow->setObjectName(QStringLiteral("projectsSyncNow"));
    auto *emptyLayout = new QVBoxLayout(m_emptyPage);
    emptyLayout->addStretch();
    emptyLayout->addWidget(m_emptyText);
    emptyLayout->addWidget(m_syncNow, 0, Qt::AlignHCenter);
    emptyLayout->addStretch();

    m_stack->addWidget(m_table);
    m_stack->addWidget(m_emptyPage);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_stack, 1);
    setFocusProxy(m_search);

    connect(m_search, &QLineEdit::textChanged, this, &ProjectListView::onSearchEdited);
    connect(m_table, &QTableView::activated, this, &ProjectListView::activateCurrent);
    connect(m_syncNow, &QPushButton::clicked, this, &ProjectListView::syncRequested);
    const auto refresh = [this] {
        ensureCurrentRow();
        updateEmptyState();
    };
    connect(m_filter, &QAbstractItemModel::modelReset, this, refresh);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, refresh);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, refresh);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, refresh);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        if (const qint64 id = currentProjectId())
            m_wantedProject = id;
        emit currentProjectChanged(currentProjectId());
    });

    updateEmptyState();
}

void ProjectListView::setModel(ProjectsModel *model)
{
    m_model = model;
    m_filter->setSourceModel(model);
    applyColumnVisibility();
    m_table->sortByColumn(ProjectsModel::Name, Qt::AscendingOrder);
    ensureCurrentRow();
    updateEmptyState();
}

ProjectsModel *ProjectListView::model() const
{
    return m_model;
}

ProjectFilterModel *ProjectListView::filterModel() const
{
    return m_filter;
}

QLineEdit *ProjectListView::searchField() const
{
    return m_search;
}

QTableView *ProjectListView::table() const
{
    return m_table;
}

qint64 ProjectListView::currentProjectId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.siblingAtColumn(0).data(Qt::UserRole).toLongLong() : 0;
}

void ProjectListView::selectProject(qint64 projectId)
{
    m_wantedProject = projectId;
    if (!m_model)
        return;
    const int sourceRow = m_model->rowForProject(projectId);
    if (sourceRow < 0)
        return;
    const QModelIndex index = m_filter->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid())
        return;
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
}

void ProjectListView::setSearchText(const QString &text)
{
    m_search->setText(text);
}

void ProjectListView::setShowUpdated(bool show)
{
    m_showUpdated = show;
    applyColumnVisibility();
}

bool ProjectListView::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
    if (watched == m_search) {
        switch (key->key()) {
        case Qt::Key_Up:
        case Qt::Key_Down:
        case Qt::Key_PageUp:
        case Qt::Key_PageDown:
            // Typing stays in the search field while the arrows walk the table.
            QCoreApplication::sendEvent(m_table, event);
            return true;
        default:
            break;
        }
    }
    if (enter && (watched == m_search || watched == m_table) && currentProjectId() != 0) {
        activateCurrent();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void ProjectListView::onSearchEdited(const QString &text)
{
    m_filter->setSearchText(text);
    ensureCurrentRow();
    updateEmptyState();
}

void ProjectListView::ensureCurrentRow()
{
    if (m_table->currentIndex().isValid() || m_filter->rowCount() == 0)
        return;
    // After a reload (a sync) the same project stays current; else the first row, so that
    // Enter always has something to choose.
    const qint64 wanted = m_wantedProject;
    selectProject(wanted);
    if (!m_table->currentIndex().isValid())
        m_table->setCurrentIndex(m_filter->index(0, 0));
}

void ProjectListView::updateEmptyState()
{
    const bool nothingCached = !m_model || m_model->rowCount() == 0;
    const bool nothingMatches = !nothingCached && m_filter->rowCount() == 0;
    if (nothingCached) {
        m_emptyText->setText(tr("No projects cached yet."));
    } else if (nothingMatches) {
        m_emptyText->setText(tr("No projects match “%1”.").arg(m_search->text().trimmed()));
    }
    m_syncNow->setVisible(nothingCached);
    m_stack->setCurrentWidget(nothingCached || nothingMatches ? m_emptyPage : m_table);
}

void ProjectListView::activateCurrent()
{
    if (const qint64 id = currentProjectId())
        emit projectActivated(id);
}

void ProjectListView::applyColumnVisibility()
{
    if (!m_model)
        return;
    // The name takes the spare width; the short columns fit their contents (Qt measures
    // only the first rows, so this stays cheap on big lists).
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    for (int column = 0; column < m_model->columnCount(); ++column)
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ProjectsModel::Name, QHeaderView::Stretch);
    m_table->setColumnHidden(ProjectsModel::Updated, !m_showUpdated);
}

} // namespace sitedesk
