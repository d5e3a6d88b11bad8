#include "photos/photostab.h"

#include "cache/cachedatabase.h"
#include "common/noticebar.h"
#include "api/apiclient.h"
#include "files/filestore.h"
#include "photos/albumoffline.h"
#include "photos/daterangefilter.h"
#include "photos/photofileurls.h"
#include "photos/photoactions.h"
#include "photos/photodownloads.h"
#include "photos/photofiltermodel.h"
#include "photos/photosmodel.h"
#include "photos/photoviewer.h"
#include "photos/thumbnailcache.h"

#include <QComboBox>
#include <QDirIterator>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QScrollBar>
#include <QSlider>
#include <QSplitter>
#include <QStandardItemModel>
#include <QToolButton>
#include <QVBoxLayout>

namespace sitedesk {

namespace {

constexpr int albumIdRole = Qt::UserRole + 1;
const QStringList photoSuffixes{QStringLiteral("jpg"), QStringLiteral("jpeg"), QStringLiteral("png"), QStringLiteral("heic")};

// Dropped files, and the photos inside dropped folders.
QStringList photoPaths(const QList<QUrl> &urls)
{
    QStringList paths;
    for (const QUrl &url : urls) {
        const QFileInfo info(url.toLocalFile());
        if (info.isDir()) {
            QDirIterator it(info.absoluteFilePath(), QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                if (photoSuffixes.contains(QFileInfo(path).suffix().toLower()))
                    paths << path;
            }
        } else if (info.isFile() && photoSuffixes.contains(info.suffix().toLower())) {
            paths << info.absoluteFilePath();
        }
    }
    return paths;
}

} // namespace

PhotosTab::PhotosTab(ThumbnailCache *thumbnails, PhotoDownloads *downloads, QWidget *parent)
    : QWidget(parent),
      m_photos(new PhotosModel(this)),
      m_filter(new PhotoFilterModel(this)),
      m_albums(new QStandardItemModel(this)),
      m_thumbnails(thumbnails),
      m_downloads(downloads),
      m_albumList(new QListView(this)),
      m_grid(new QListView(this)),
      m_search(new QLineEdit(this)),
      m_grouping(new QComboBox(this)),
      m_uploader(new QComboBox(this)),
      m_location(new QComboBox(this)),
      m_dateRange(new DateRangeFilter(this)),
      m_size(new QSlider(Qt::Horizontal, this)),
      m_download(new QToolButton(this)),
      m_groupLabel(new QLabel(this)),
      m_countLabel(new QLabel(this)),
      m_notice(new NoticeBar(this)),
      m_actions(nullptr),
      m_albumOffline(nullptr),
      m_keepOffline(new QToolButton(this))
{
    m_filter->setPhotosModel(m_photos);
    m_albumList->setModel(m_albums);
    m_albumList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_albumList->setAccessibleName(tr("Albums"));
    m_grid->setModel(m_filter);
    m_grid->setViewMode(QListView::IconMode);
    m_grid->setUniformItemSizes(true);
    m_grid->setResizeMode(QListView::Adjust);
    m_grid->setMovement(QListView::Static);
    m_grid->setLayoutMode(QListView::Batched);
    m_grid->setBatchSize(500);
    m_grid->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_grid->setTextElideMode(Qt::ElideMiddle);
    m_grid->setAccessibleName(tr("Photos"));
    m_notice->setCloseable(true);
    m_notice->hide();
    m_actions = new PhotoActions(m_grid, m_photos, m_notice, this);
    m_albumOffline = new AlbumOffline(m_notice, this, this);
    for (QWidget *target : {static_cast<QWidget *>(m_grid->viewport()), static_cast<QWidget *>(m_albumList->viewport())}) {
        target->setAcceptDrops(true);
        target->installEventFilter(this);
    }

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(makeFilterBar());
    rightLayout->addWidget(m_notice);
    QFont heading = m_groupLabel->font();
    heading.setBold(true);
    m_groupLabel->setFont(heading);
    rightLayout->addWidget(m_groupLabel);
    rightLayout->addWidget(m_grid, 1);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(makeAlbumPane());
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_photos, &PhotosModel::loaded, this, &PhotosTab::onLoaded);
    connect(m_photos, &QAbstractItemModel::rowsInserted, this, [this] {   // the newest photos, before all are in
        showCount();
        updateGroupLabel();
    });
    connect(m_albumList->selectionModel(), &QItemSelectionModel::currentChanged, this, &PhotosTab::onAlbumChosen);
    connect(m_search, &QLineEdit::textChanged, m_filter, &PhotoFilterModel::setText);
    connect(m_uploader, &QComboBox::currentIndexChanged, this, [this] { m_filter->setUploader(m_uploader->currentData().toString()); });
    connect(m_location, &QComboBox::currentIndexChanged, this, [this] { m_filter->setLocation(m_location->currentData().toString()); });
    connect(m_dateRange, &DateRangeFilter::rangeChanged, this, [this](const QDate &from, const QDate &to) {
        m_filter->setDateRange(from, to);
        showCount();
    });
    connect(m_grouping, &QComboBox::currentIndexChanged, this, &PhotosTab::onGroupingChosen);
    connect(m_size, &QSlider::valueChanged, this, &PhotosTab::applySize);
    connect(m_grid->verticalScrollBar(), &QScrollBar::valueChanged, this, &PhotosTab::updateGroupLabel);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &PhotosTab::updateGroupLabel);
    connect(m_grid, &QListView::activated, this, [this](const QModelIndex &index) { openPhoto(index.row()); });
    connect(m_grid->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_download->setEnabled(m_grid->selectionModel()->hasSelection() && m_downloads && !m_downloads->isRunning()); });
    connect(m_download, &QToolButton::clicked, this, &PhotosTab::chooseDownloadFolder);
    applySize(m_size->value());
    if (m_thumbnails)
        m_thumbnails->setEdge(320);   // one file per photo serves every slider position
    m_photos->setThumbnailSource(m_thumbnails);
    connectDownloads();
}

void PhotosTab::connectDownloads()
{
    if (!m_downloads)
        return;
    connect(m_downloads, &PhotoDownloads::progress, this, [this](int done, int total) {
        m_countLabel->setText(tr("Downloading %1 of %2…").arg(done + 1).arg(total));
    });
    connect(m_downloads, &PhotoDownloads::finished, this, [this](const QStringList &saved, const QStringList &failures) {
        m_countLabel->setText(failures.isEmpty() ? tr("%n photo(s) saved", nullptr, int(saved.size()))
                                                 : tr("%1 saved, %2 failed: %3").arg(saved.size()).arg(failures.size()).arg(failures.first()));
        m_download->setEnabled(m_grid->selectionModel()->hasSelection());
    });
}

PhotosTab::~PhotosTab() = default;

QWidget *PhotosTab::makeAlbumPane()
{
    auto *pane = new QWidget(this);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_albumList, 1);
    m_keepOffline->setText(tr("Keep album offline"));
    m_keepOffline->setToolTip(tr("Download the album's photos full size and keep them on this computer"));
    m_keepOffline->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_keepOffline->setEnabled(false);
    layout->addWidget(m_keepOffline);
    connect(m_keepOffline, &QToolButton::clicked, this, &PhotosTab::keepAlbumOffline);
    pane->setMaximumWidth(260);
    return pane;
}

void PhotosTab::setApi(ApiClient *api)
{
    m_api = api;
    makeFileStore();
}

void PhotosTab::setFileCacheLimit(qint64 bytes)
{
    m_fileCacheLimit = bytes;
    if (m_fileStore && bytes > 0)
        m_fileStore->setSizeLimit(bytes);
}

void PhotosTab::makeFileStore()
{
    m_albumOffline->setFileStore(nullptr);   // cancels a job still using the old store
    delete m_fileStore;
    m_fileStore = m_cache && m_api ? new FileStore(m_api, m_cache, FileStore::defaultFolder(*m_cache), this) : nullptr;
    if (m_fileStore && m_fileCacheLimit > 0)
        m_fileStore->setSizeLimit(m_fileCacheLimit);
    if (m_fileStore)
        PhotoFileUrls::install(*m_fileStore, m_api, m_cache);
    m_albumOffline->setFileStore(m_fileStore);
    if (m_thumbnails) {
        QPointer<FileStore> store = m_fileStore;
        m_thumbnails->setLocalFullFiles([store](qint64 photoId) { return store ? store->localPath(PhotoFileUrls::key(photoId)) : QString(); });
    }
    onAlbumChosen();
}

void PhotosTab::keepAlbumOffline()
{
    const qint64 albumId = m_albumList->currentIndex().data(albumIdRole).toLongLong();
    if (albumId == 0)
        return;
    QList<qint64> ids;
    for (const PhotoRow &row : m_photos->rows().rows) {
        if (row.albumId == albumId)
            ids.append(row.id);
    }
    QHash<qint64, Photo> photos;   // one query for the album, then the grid's order
    for (const Photo &photo : m_photos->photos(ids))
        photos.insert(photo.id, photo);
    QList<OfflineItem> items;
    for (const qint64 id : std::as_const(ids)) {
        if (const auto photo = photos.constFind(id); photo != photos.constEnd())
            items.append({PhotoFileUrls::key(id), QUrl(photo->url), photo->size, photo->filename});
    }
    m_albumOffline->offer(m_photos->albumName(albumId), items);
}

void PhotosTab::setEditor(PhotoEditor *editor)
{
    m_actions->setEditor(editor);
}

QWidget *PhotosTab::makeFilterBar()
{
    auto *bar = new QWidget(this);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    m_search->setPlaceholderText(tr("Search descriptions and file names"));
    m_search->setClearButtonEnabled(true);
    m_grouping->addItem(tr("Timeline"));
    m_grouping->addItem(tr("By album"));
    m_grouping->setToolTip(tr("Group photos by the day they were taken or by album"));
    m_uploader->setToolTip(tr("Uploaded by"));
    m_location->setToolTip(tr("Location"));
    m_size->setRange(80, 320);
    m_size->setValue(160);
    m_size->setMaximumWidth(140);
    m_size->setToolTip(tr("Thumbnail size"));
    layout->addWidget(m_search, 2);
    layout->addWidget(m_uploader, 1);
    layout->addWidget(m_location, 1);
    layout->addWidget(m_dateRange);
    layout->addWidget(m_grouping);
    layout->addWidget(new QLabel(tr("Size:"), bar));
    layout->addWidget(m_size);
    m_download->setText(tr("Download…"));
    m_download->setToolTip(tr("Save the selected photos to a folder"));
    m_download->setEnabled(false);
    layout->addWidget(m_download);
    layout->addWidget(m_countLabel);
    return bar;
}

void PhotosTab::setSource(CacheDatabase *cache, qint64 projectId)
{
    if (cache != m_cache) {
        m_cache = cache;
        makeFileStore();
    }
    m_projectId = projectId;
    m_photos->setSource(cache, projectId);
    showCount();
}

void PhotosTab::onLoaded()
{
    const qint64 chosen = m_albumList->currentIndex().data(albumIdRole).toLongLong();
    m_albums->clear();
    auto *all = new QStandardItem(tr("All photos (%1)").arg(m_photos->rowCount()));
    all->setData(qint64(0), albumIdRole);
    m_albums->appendRow(all);
    for (const Album &album : m_photos->albums()) {
        auto *item = new QStandardItem(tr("%1 (%2)").arg(album.name).arg(album.count));
        item->setData(album.id, albumIdRole);
        m_albums->appendRow(item);
        if (album.id == chosen)
            m_albumList->setCurrentIndex(item->index());
    }
    if (!m_albumList->currentIndex().isValid())
        m_albumList->setCurrentIndex(m_albums->index(0, 0));

    const auto refill = [](QComboBox *box, const QString &any, QStringList names) {
        const QString current = box->currentData().toString();
        QSignalBlocker blocker(box);
        box->clear();
        box->addItem(any, QString());
        names.removeAll(QString());
        names.sort(Qt::CaseInsensitive);
        for (const QString &name : names)
            box->addItem(name, name);
        box->setCurrentIndex(std::max(0, box->findData(current)));
    };
    refill(m_uploader, tr("Anyone"), m_photos->rows().uploaders);
    refill(m_location, tr("Any location"), m_photos->rows().locations);
    showCount();
    onGroupingChosen();
}

void PhotosTab::showCount()
{
    m_countLabel->setText(m_photos->isLoading() ? tr("Loading photos…") : tr("%n photo(s)", nullptr, m_filter->rowCount()));
}

void PhotosTab::onAlbumChosen()
{
    const qint64 albumId = m_albumList->currentIndex().data(albumIdRole).toLongLong();
    m_keepOffline->setEnabled(albumId != 0 && m_fileStore);
    m_filter->setAlbum(albumId);
    showCount();
    updateGroupLabel();
}

void PhotosTab::onGroupingChosen()
{
    QList<qint64> order;
    for (const Album &album : m_photos->albums())
        order << album.id;
    m_filter->setGrouping(m_grouping->currentIndex() == 1 ? PhotoFilterModel::Grouping::Album : PhotoFilterModel::Grouping::Timeline, order);
    updateGroupLabel();
}

void PhotosTab::applySize(int pixels)
{
    m_grid->setIconSize(QSize(pixels, pixels * 3 / 4));
    m_grid->setGridSize(QSize(pixels + 16, pixels * 3 / 4 + 2 * fontMetrics().height() + 8));
    m_photos->setThumbnailSize(pixels);
}

// The grid has no section headers; the group of the first visible photo is named above it.
void PhotosTab::updateGroupLabel()
{
    const QModelIndex top = m_grid->indexAt(QPoint(m_grid->gridSize().width() / 2, m_grid->gridSize().height() / 2));
    m_groupLabel->setText(top.isValid() ? m_filter->groupLabel(top.row()) : QString());
}

void PhotosTab::chooseDownloadFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Download photos to"));
    if (!folder.isEmpty())
        downloadSelectedTo(folder);
}

void PhotosTab::downloadSelectedTo(const QString &folder)
{
    if (!m_downloads)
        return;
    QList<qint64> ids;
    for (const QModelIndex &index : m_grid->selectionModel()->selectedIndexes())
        ids << index.data(PhotosModel::IdRole).toLongLong();
    m_download->setEnabled(false);
    m_downloads->start(ids, folder);
}

void PhotosTab::openPhoto(int proxyRow)
{
    auto *viewer = new PhotoViewer(m_photos, m_filter, m_thumbnails, this);
    viewer->setAttribute(Qt::WA_DeleteOnClose);
    viewer->showRow(proxyRow);
    viewer->show();
}

qint64 PhotosTab::albumAt(const QPoint &viewportPos) const
{
    const QModelIndex index = m_albumList->indexAt(viewportPos);
    return index.isValid() ? index.data(albumIdRole).toLongLong() : m_albumList->currentIndex().data(albumIdRole).toLongLong();
}

bool PhotosTab::eventFilter(QObject *watched, QEvent *event)
{
    const bool onAlbums = watched == m_albumList->viewport();
    if (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove) {
        auto *drag = static_cast<QDropEvent *>(event);
        if (drag->mimeData()->hasUrls() && m_projectId != 0) {
            drag->acceptProposedAction();
            return true;
        }
    } else if (event->type() == QEvent::Drop) {
        auto *drop = static_cast<QDropEvent *>(event);
        const QStringList paths = photoPaths(drop->mimeData()->urls());
        if (!paths.isEmpty()) {
            const qint64 album = onAlbums ? albumAt(drop->position().toPoint())
                                          : m_albumList->currentIndex().data(albumIdRole).toLongLong();
            emit uploadRequested(m_projectId, album, paths);
            drop->acceptProposedAction();
        }
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace sitedesk
