#include "uploads/uploadspanel.h"

#include "cache/cachedatabase.h"
#include "main/mainwindow.h"
#include "uploads/uploadservice.h"
#include "uploads/uploadsmodel.h"

#include <QApplication>
#include <QDockWidget>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPainter>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace sitedesk {

namespace {

// Draws the progress column as the platform's progress bar with "3 MB of 12 MB" on it.
class ProgressDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem item = option;
        initStyleOption(&item, index);
        item.text.clear();
        QStyle *style = option.widget ? option.widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &item, painter, option.widget);   // selection background
        QStyleOptionProgressBar bar;
        bar.rect = option.rect.adjusted(3, 3, -3, -3);
        bar.state = option.state | QStyle::State_Horizontal;
        bar.minimum = 0;
        bar.maximum = 100;
        bar.progress = index.data(UploadsModel::PercentRole).toInt();
        bar.text = index.data().toString();
        bar.textVisible = true;
        bar.textAlignment = Qt::AlignCenter;
        style->drawControl(QStyle::CE_ProgressBar, &bar, painter, option.widget);
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        return QStyledItemDelegate::sizeHint(option, index).expandedTo(QSize(180, 24));
    }
};

bool isState(const UploadEntry *entry, std::initializer_list<UploadEntry::State> states)
{
    return entry && std::find(states.begin(), states.end(), entry->state) != states.end();
}

} // namespace

UploadsPanel::UploadsPanel(UploadService *uploads, QWidget *parent)
    : QWidget(parent),
      m_uploads(uploads),
      m_model(new UploadsModel(this)),
      m_view(new QTableView(this)),
      m_pause(new QPushButton(tr("&Pause"), this)),
      m_resume(new QPushButton(tr("&Resume"), this)),
      m_cancel(new QPushButton(tr("&Cancel Upload"), this)),
      m_retry(new QPushButton(tr("Re&try"), this)),
      m_clear(new QPushButton(tr("C&lear Finished"), this))
{
    setObjectName(QStringLiteral("uploadsPanel"));
    m_view->setModel(m_model);
    m_view->setItemDelegateForColumn(UploadsModel::ProgressColumn, new ProgressDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 12);
    // At least four files in view: a dock squeezed to one row hides what the panel is for.
    m_view->setMinimumHeight(m_view->horizontalHeader()->sizeHint().height() + 4 * m_view->verticalHeader()->defaultSectionSize() + 4);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->resizeSection(UploadsModel::NameColumn, 220);
    m_view->horizontalHeader()->resizeSection(UploadsModel::ProgressColumn, 200);
    m_view->setAccessibleName(tr("Uploads"));

    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : {m_pause, m_resume, m_cancel, m_retry})
        buttons->addWidget(button);
    buttons->addStretch();
    buttons->addWidget(m_clear);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_pause, &QPushButton::clicked, this, [this] { act(&UploadService::pause); });
    connect(m_resume, &QPushButton::clicked, this, [this] { act(&UploadService::resume); });
    connect(m_cancel, &QPushButton::clicked, this, [this] { act(&UploadService::cancel); });
    connect(m_retry, &QPushButton::clicked, this, [this] { act(&UploadService::retry); });
    connect(m_clear, &QPushButton::clicked, m_uploads, &UploadService::clearFinished);
    connect(m_uploads, &UploadService::progressChanged, this, [this](qint64 id) {
        const UploadService::Progress progress = m_uploads->progress(id);
        m_model->setLive(id, progress.bytes, progress.bytesPerSecond);
    });
    connect(m_uploads, &UploadService::queued, this, &UploadsPanel::uploadsStarted);
    connect(m_model, &QAbstractItemModel::modelReset, this, &UploadsPanel::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &UploadsPanel::updateActions);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &UploadsPanel::updateActions);
    updateActions();
}

UploadsPanel::~UploadsPanel() = default;

QSize UploadsPanel::sizeHint() const
{
    const int rows = 6;
    return {900, m_view->horizontalHeader()->sizeHint().height() + rows * m_view->verticalHeader()->defaultSectionSize()
                     + m_clear->sizeHint().height() + 24};
}

void UploadsPanel::setCache(CacheDatabase *cache)
{
    m_model->setCache(cache);
}

const UploadEntry *UploadsPanel::selectedEntry() const
{
    return m_model->entryAt(m_view->selectionModel()->currentIndex().row());
}

void UploadsPanel::act(void (UploadService::*action)(qint64))
{
    if (const UploadEntry *entry = selectedEntry())
        (m_uploads->*action)(entry->id);
}

void UploadsPanel::updateActions()
{
    using S = UploadEntry::State;
    const UploadEntry *entry = selectedEntry();
    m_pause->setEnabled(isState(entry, {S::Queued, S::Uploading}));
    m_resume->setEnabled(isState(entry, {S::Paused}));
    m_cancel->setEnabled(isState(entry, {S::Queued, S::Uploading, S::Paused, S::Failed, S::Completed}));
    m_retry->setEnabled(isState(entry, {S::Failed}));
    bool anyFinished = false;
    for (int row = 0; row < m_model->rowCount() && !anyFinished; ++row)
        anyFinished = m_model->entryAt(row)->isFinished();
    m_clear->setEnabled(anyFinished);
}

UploadsPanel *installUploads(MainWindow *window, UploadService *uploads)
{
    auto *panel = new UploadsPanel(uploads);
    QDockWidget *dock = window->addDockPanel(panel, UploadsPanel::tr("Uploads"), QStringLiteral("uploads"),
                                             QKeySequence(UploadsPanel::tr("Ctrl+Shift+U")));
    const auto follow = [window, panel] { panel->setCache(window->cache()); };
    QObject::connect(window, &MainWindow::cacheChanged, panel, follow);
    follow();
    // A bottom dock first shown gets the central widget's leftovers: give it room for the list.
    QObject::connect(dock, &QDockWidget::visibilityChanged, panel, [window, dock, panel](bool visible) {
        if (visible && dock->height() < panel->sizeHint().height())
            window->resizeDocks({dock}, {panel->sizeHint().height()}, Qt::Vertical);
    });
    QObject::connect(panel, &UploadsPanel::uploadsStarted, dock, [dock] {
        dock->show();
        dock->raise();
    });
    return panel;
}

} // namespace sitedesk
