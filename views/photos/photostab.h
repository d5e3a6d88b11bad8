#pragma once

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QSlider;
class QToolButton;
class QStandardItemModel;

namespace sitedesk {

class AlbumOffline;
class ApiClient;
class CacheDatabase;
class FileStore;
class DateRangeFilter;
class NoticeBar;
class PhotoActions;
class PhotoEditor;
class PhotoDownloads;
class PhotoFilterModel;
class PhotosModel;
class ThumbnailCache;

// The Photos tab: albums with counts on the left; a thumbnail grid (icon mode, uniform item
// sizes, a size slider) in timeline or album order, whose group the top row belongs to is
// named above it; filters (words, uploader, location, when taken); a double click opens the PhotoViewer;
// Edit… and Delete… (PhotoActions) change photos in Procore.
// Files or folders dropped on an album (or the grid) are asked to be uploaded there:
// uploadRequested(), which the app hands to the upload queue. Thumbnails and downloads come
// from services the app builds and points at the session's cache.
class PhotosTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PhotosTab)

public:
    PhotosTab(ThumbnailCache *thumbnails, PhotoDownloads *downloads, QWidget *parent = nullptr);
    ~PhotosTab() override;

    void setSource(CacheDatabase *cache, qint64 projectId);
    void openPhoto(int proxyRow);
    // Saves the selected photos into `folder` (no overwrite); "Download…" asks for the folder.
    void downloadSelectedTo(const QString &folder);
    PhotoDownloads *downloads() const { return m_downloads; }
    // Edit… and Delete… on the grid (context menu, F2, Del) work once an editor is given.
    void setEditor(PhotoEditor *editor);
    PhotoActions *actions() const { return m_actions; }
    // Full-size photos kept offline go through a FileStore on this API client (none: the
    // "Keep album offline" button stays off). The viewer opens kept photos with no network.
    void setApi(ApiClient *api);
    // The disk limit of downloaded files (the same setting as the Drawings tab's sheets).
    void setFileCacheLimit(qint64 bytes);
    // Keeps the chosen album's photos offline, after asking (AlbumOffline).
    void keepAlbumOffline();
    AlbumOffline *albumOffline() const { return m_albumOffline; }
    FileStore *fileStore() const { return m_fileStore; }
    ThumbnailCache *thumbnails() const { return m_thumbnails; }
    NoticeBar *notice() const { return m_notice; }

    QListView *grid() const { return m_grid; }
    QListView *albumList() const { return m_albumList; }
    PhotosModel *photosModel() const { return m_photos; }
    PhotoFilterModel *filterModel() const { return m_filter; }
    QLineEdit *searchField() const { return m_search; }
    QSlider *sizeSlider() const { return m_size; }
    QComboBox *groupingChooser() const { return m_grouping; }
    DateRangeFilter *dateRangeFilter() const { return m_dateRange; }
    QLabel *groupLabel() const { return m_groupLabel; }

signals:
    void uploadRequested(qint64 projectId, qint64 albumId, const QStringList &paths);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *makeFilterBar();
    QWidget *makeAlbumPane();
    void makeFileStore();
    void connectDownloads();
    void onLoaded();
    void onAlbumChosen();
    void showCount();
    void onGroupingChosen();
    void applySize(int pixels);
    void updateGroupLabel();
    void chooseDownloadFolder();
    qint64 albumAt(const QPoint &viewportPos) const;

    QPointer<CacheDatabase> m_cache;
    qint64 m_projectId = 0;
    PhotosModel *m_photos;
    PhotoFilterModel *m_filter;
    QStandardItemModel *m_albums;
    ThumbnailCache *m_thumbnails;   // the app's, outliving the tab (either may be null)
    PhotoDownloads *m_downloads;
    QListView *m_albumList;
    QListView *m_grid;
    QLineEdit *m_search;
    QComboBox *m_grouping;
    QComboBox *m_uploader;
    QComboBox *m_location;
    DateRangeFilter *m_dateRange;
    QSlider *m_size;
    QToolButton *m_download;
    QLabel *m_groupLabel;
    QLabel *m_countLabel;
    NoticeBar *m_notice;
    PhotoActions *m_actions;
    AlbumOffline *m_albumOffline;
    QPointer<ApiClient> m_api;
    FileStore *m_fileStore = nullptr;
    qint64 m_fileCacheLimit = 0;   // 0: FileStore's default
    QToolButton *m_keepOffline;
};

} // namespace sitedesk
