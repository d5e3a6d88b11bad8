#include "submittals/submittalstab.h"

#include "api/apiclient.h"
#include "cache/cachedatabase.h"
#include "files/filestore.h"
#include "submittals/attachmentfiles.h"
#include "submittals/groupseparatordelegate.h"
#include "submittals/submittal.h"
#include "submittals/submittaldetailpane.h"
#include "submittals/submittalfiltermodel.h"
#include "submittals/submittallogmodel.h"
#include "submittals/submittalrefresher.h"
#include "submittals/submittalwriter.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDropEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QSplitter>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

namespace sitedesk {

namespace {

QStringList localFiles(const QMimeData *mime)
{
    QStringList paths;
    if (mime)
        for (const QUrl &url : mime->urls())
            if (url.isLocalFile())
                paths << url.toLocalFile();
    return paths;
}

} // namespace

SubmittalsTab::SubmittalsTab(ApiClient *api, QWidget *parent)
    : QWidget(parent),
      m_model(new SubmittalLogModel(this)),
      m_filter(new SubmittalFilterModel(this)),
      m_search(new QLineEdit(this)),
      m_status(new QComboBox(this)),
      m_person(new QComboBox(this)),
      m_overdue(new QCheckBox(tr("&Overdue"), this)),
      m_mine(new QCheckBox(tr("&Mine"), this)),
      m_group(new QComboBox(this)),
      m_count(new QLabel(this)),
      m_table(new QTableView(this)),
      m_detail(new SubmittalDetailPane(this)),
      m_refresher(new SubmittalRefresher(api, this)),
      m_attachments(new AttachmentFiles(this)),
      m_api(api)
{
    m_filter->setLog(m_model);
    m_table->setObjectName(QStringLiteral("submittalLog"));
    m_table->setModel(m_filter);
    m_table->setItemDelegate(new GroupSeparatorDelegate(SubmittalFilterModel::GroupRole, m_table));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(SubmittalLogModel::Number, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_table->viewport()->setAcceptDrops(true);
    m_table->viewport()->installEventFilter(this);
    m_count->setObjectName(QStringLiteral("submittalCount"));

    auto *logPane = new QWidget(this);
    auto *logLayout = new QVBoxLayout(logPane);
    logLayout->setContentsMargins(0, 0, 0, 0);
    logLayout->addWidget(buildFilterBar());
    logLayout->addWidget(m_table, 1);
    logLayout->addWidget(m_count);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(logPane);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({760, 520});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &SubmittalsTab::onCurrentRow);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SubmittalsTab::reloadFilters);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_filter, signal, this, &SubmittalsTab::updateCount);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &SubmittalsTab::updateCount);
    connect(m_detail, &SubmittalDetailPane::editSaved, this, &SubmittalsTab::saveEdit);
    connect(m_detail, &SubmittalDetailPane::attachmentOpenRequested, this, &SubmittalsTab::openAttachment);
    connect(m_detail, &SubmittalDetailPane::attachmentKeepOfflineRequested, this, &SubmittalsTab::keepAttachmentOffline);
    connect(m_detail, &SubmittalDetailPane::attachFilesClicked, this, &SubmittalsTab::chooseFiles);
    connect(m_detail, &SubmittalDetailPane::filesDropped, this, [this](const QStringList &paths) { attach(m_detail->submittalId(), paths); });
    connect(m_attachments, &AttachmentFiles::status, m_detail, &SubmittalDetailPane::setAttachmentStatus);
    connect(m_attachments, &AttachmentFiles::filesChanged, this, &SubmittalsTab::markAttachments);
    connect(m_refresher, &SubmittalRefresher::refreshed, this, [this](qint64 id, const ApiError &) {
        if (id == m_submittalId)
            showDetail();   // a failed refresh keeps the cached record on screen
    });

    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, this, [this] { m_search->setFocus(); m_search->selectAll(); });
    auto *edit = new QAction(this);
    edit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    edit->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(edit, &QAction::triggered, m_detail, &SubmittalDetailPane::openEditor);
    addActions({find, edit});
}

SubmittalsTab::~SubmittalsTab()
{
    delete m_files;   // downloads cancelled now report to a tab that is still whole
}

QWidget *SubmittalsTab::buildFilterBar()
{
    m_search->setObjectName(QStringLiteral("submittalSearch"));
    m_search->setPlaceholderText(tr("Search number, title or spec section"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(180);
    m_status->setObjectName(QStringLiteral("submittalStatusFilter"));
    m_status->setToolTip(tr("Status"));
    m_person->setObjectName(QStringLiteral("submittalBallInCourtFilter"));
    m_person->setToolTip(tr("Ball in court"));
    m_mine->setToolTip(tr("Only submittals where the ball is in your court"));
    m_overdue->setToolTip(tr("Only open submittals past their due date"));
    m_group->setObjectName(QStringLiteral("submittalGroup"));
    m_group->addItem(tr("No grouping"), int(SubmittalFilterModel::GroupBy::None));
    m_group->addItem(tr("Group by spec section"), int(SubmittalFilterModel::GroupBy::SpecSection));
    m_group->addItem(tr("Group by status"), int(SubmittalFilterModel::GroupBy::Status));
    setCurrentUserId(0);

    connect(m_search, &QLineEdit::textChanged, m_filter, &SubmittalFilterModel::setSearchText);
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] { m_filter->setStatusId(m_status->currentData().toLongLong()); });
    connect(m_person, &QComboBox::currentIndexChanged, this, [this] { m_filter->setBallInCourtId(m_person->currentData().toLongLong()); });
    connect(m_overdue, &QCheckBox::toggled, m_filter, &SubmittalFilterModel::setOverdueOnly);
    connect(m_mine, &QCheckBox::toggled, m_filter, &SubmittalFilterModel::setMineOnly);
    connect(m_group, &QComboBox::currentIndexChanged, this, &SubmittalsTab::applyGrouping);

    auto *bar = new QWidget(this);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 2);
    layout->addWidget(m_status, 1);
    layout->addWidget(m_person, 1);
    layout->addWidget(m_overdue);
    layout->addWidget(m_mine);
    layout->addWidget(m_group);
    return bar;
}

void SubmittalsTab::setSource(CacheDatabase *cache, qint64 projectId)
{
    if (cache != m_cache) {
        delete m_files;
        m_files = nullptr;
        m_cache = cache;
        if (m_cache && m_cache->isOpen())
            m_files = new FileStore(m_api, m_cache, FileStore::defaultFolder(*m_cache), this);
        m_attachments->setStore(m_files, m_api != nullptr);
    }
    m_projectId = projectId;
    m_submittalId = 0;
    m_model->setSource(cache, projectId);
    updateCount();
    showHint();
}

void SubmittalsTab::showHint()
{
    if (m_model->rowCount() > 0)
        return m_detail->showMessage(tr("Choose a submittal in the log to see it here."));
    if (m_model->isLoading())
        return m_detail->showMessage(tr("Loading the submittal log…"));
    m_detail->showMessage(m_model->everSynced() ? tr("This project has no submittals in Procore.")
                                                : tr("No submittals are cached for this project yet. Sync to get them."));
}

void SubmittalsTab::setWriter(SubmittalWriter *writer)
{
    m_writer = writer;
}

void SubmittalsTab::setCurrentUserId(qint64 userId)
{
    m_filter->setCurrentUserId(userId);
    m_mine->setEnabled(userId != 0);
    if (userId == 0)
        m_mine->setChecked(false);
}

void SubmittalsTab::setFileOpener(std::function<bool(const QString &)> opener)
{
    m_attachments->setOpener(std::move(opener));
}

void SubmittalsTab::reloadFilters()
{
    const qint64 status = m_status->currentData().toLongLong();
    const qint64 person = m_person->currentData().toLongLong();
    QSignalBlocker blockStatus(m_status);
    QSignalBlocker blockPerson(m_person);
    m_status->clear();
    m_status->addItem(tr("Any status"), qint64(0));
    for (const SubmittalStore::Status &s : m_model->statuses())
        m_status->addItem(s.name, s.id);
    m_status->setCurrentIndex(std::max(0, m_status->findData(status)));
    m_person->clear();
    m_person->addItem(tr("Anyone in court"), qint64(0));
    for (const SubmittalLogModel::Person &p : m_model->ballInCourtPeople())
        m_person->addItem(p.name, p.id);
    m_person->setCurrentIndex(std::max(0, m_person->findData(person)));
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(SubmittalLogModel::Title, std::min(m_table->columnWidth(SubmittalLogModel::Title), 260));
    m_table->setColumnWidth(SubmittalLogModel::SpecSection, std::min(m_table->columnWidth(SubmittalLogModel::SpecSection), 200));
    // Keep the open submittal selected, and its detail current, across a sync or an edit.
    const int row = m_model->rowOf(m_submittalId);
    if (row < 0) {
        m_submittalId = 0;
        return showHint();
    }
    m_table->setCurrentIndex(m_filter->mapFromSource(m_model->index(row, 0)));
    showDetail();
}

void SubmittalsTab::updateCount()
{
    if (m_model->isLoading() && m_model->rowCount() == 0)
        return m_count->setText(tr("Loading the submittal log…"));
    m_count->setText(m_filter->rowCount() == m_model->rowCount()
                         ? tr("%n submittal(s)", nullptr, m_model->rowCount())
                         : tr("%1 of %n submittal(s)", nullptr, m_model->rowCount()).arg(m_filter->rowCount()));
}

void SubmittalsTab::applyGrouping()
{
    const auto group = SubmittalFilterModel::GroupBy(m_group->currentData().toInt());
    m_filter->setGroupBy(group);
    // The grouped column comes first, so each section starts with its name.
    QHeaderView *header = m_table->horizontalHeader();
    const int column = group == SubmittalFilterModel::GroupBy::SpecSection ? SubmittalLogModel::SpecSection
                     : group == SubmittalFilterModel::GroupBy::Status      ? SubmittalLogModel::Status
                                                                           : -1;
    for (int logical = 0; logical < SubmittalLogModel::ColumnCount; ++logical)
        header->moveSection(header->visualIndex(logical), logical);
    if (column >= 0)
        header->moveSection(header->visualIndex(column), 0);
    m_table->viewport()->update();
}

void SubmittalsTab::onCurrentRow()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const qint64 id = current.data(SubmittalLogModel::IdRole).toLongLong();
    if (id == m_submittalId)
        return;
    m_submittalId = id;
    showDetail();
    m_refresher->refresh(m_cache, m_projectId, id);   // online: Procore's latest, with fresh file links
}

void SubmittalsTab::showDetail()
{
    if (!m_cache || !m_cache->isOpen() || m_submittalId == 0)
        return;
    const SubmittalLogModel::Detail detail = m_model->detail(m_submittalId);
    if (!detail.submittal)
        return m_detail->showMessage(tr("This submittal is no longer in Procore."));
    m_detail->showSubmittal(*detail.submittal, detail.waiting, m_model->statuses());
    markAttachments();
}

void SubmittalsTab::markAttachments()
{
    for (int i = 0; i < m_detail->attachments().size(); ++i)
        m_detail->setAttachmentNote(i, m_attachments->note(m_detail->attachments().at(i)));
}

bool SubmittalsTab::openSubmittal(qint64 submittalId)
{
    const int row = m_model->rowOf(submittalId);
    const QModelIndex index = row < 0 ? QModelIndex() : m_filter->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return false;
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    return true;
}

void SubmittalsTab::refreshSubmittal(qint64 submittalId)
{
    if (m_cache && m_model->rowOf(submittalId) >= 0)
        m_refresher->refresh(m_cache, m_projectId, submittalId);
}

void SubmittalsTab::saveEdit(const QJsonObject &fields)
{
    if (!m_cache || !m_cache->isOpen())
        return;
    const auto submittal = m_model->detail(m_detail->submittalId()).submittal;
    QString error;
    if (!m_writer)
        error = tr("Editing is not available here.");
    else if (submittal)
        m_writer->edit(*submittal, fields, &error);
    if (!error.isEmpty())
        m_detail->setAttachmentStatus(error);
    showDetail();
}

void SubmittalsTab::openAttachment(int index)
{
    if (index >= 0 && index < m_detail->attachments().size())
        m_attachments->open(m_detail->attachments().at(index));
}

void SubmittalsTab::keepAttachmentOffline(int index)
{
    if (index >= 0 && index < m_detail->attachments().size())
        m_attachments->keepOffline(m_detail->attachments().at(index));
}

void SubmittalsTab::chooseFiles()
{
    const qint64 submittalId = m_detail->submittalId();
    if (submittalId == 0)
        return;
    // Not modal-blocking: the window keeps painting while the dialog is open.
    auto *dialog = new QFileDialog(this, tr("Attach files to the submittal"));
    dialog->setFileMode(QFileDialog::ExistingFiles);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::filesSelected, this, [this, submittalId](const QStringList &paths) { attach(submittalId, paths); });
    dialog->open();
}

void SubmittalsTab::attach(qint64 submittalId, const QStringList &paths)
{
    if (submittalId == 0 || paths.isEmpty())
        return;
    emit attachFilesRequested(m_projectId, submittalId, paths);
    m_detail->setAttachmentStatus(tr("%n file(s) on their way to Procore: see View ▸ Uploads.", nullptr, int(paths.size())));
}

bool SubmittalsTab::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport()
        && (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove || event->type() == QEvent::Drop))
        return dropOnRow(event);
    return QWidget::eventFilter(watched, event);
}

// Files dragged over the log attach to the row under the pointer.
bool SubmittalsTab::dropOnRow(QEvent *event)
{
    auto *drop = static_cast<QDropEvent *>(event);
    const QModelIndex index = m_table->indexAt(drop->position().toPoint());
    const QStringList paths = localFiles(drop->mimeData());
    if (!index.isValid() || paths.isEmpty()) {
        drop->ignore();
        return true;
    }
    drop->acceptProposedAction();
    if (event->type() == QEvent::Drop)
        attach(index.data(SubmittalLogModel::IdRole).toLongLong(), paths);
    return true;
}

} // namespace sitedesk
