#pragma once

#include "photos/photo.h"
#include "photos/photorows.h"

#include <QAbstractListModel>
#include <QCache>
#include <QIcon>
#include <QDate>
#include <QHash>
#include <QImage>
#include <QPointer>
#include <QThreadPool>

#include <atomic>
#include <functional>
#include <memory>

namespace sitedesk {

class CacheDatabase;
class ThumbnailSource;

// A project's cached photos for a QListView in icon mode, newest first. Built for 50,000
// rows: reload() reads them in one query on a worker thread (its own connection) into compact
// rows — into an empty model the newest few hundred first, then the rest are appended — and
// data() only looks into those rows and the thumbnail source's memory cache: no query per row.
// loaded() says that all rows are in. The decoration is the thumbnail, or a placeholder until
// it is ready.
class PhotosModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PhotosModel)

public:
    enum Role {
        IdRole = Qt::UserRole,
        WhenRole,          // QDateTime, UTC: taken, else uploaded
        DayRole,           // QDate (local) of WhenRole
        AlbumIdRole,
        AlbumNameRole,
        UploaderRole,
        LocationRole,
        DescriptionRole,
        SizeRole,          // QSize in pixels
    };

    explicit PhotosModel(QObject *parent = nullptr);
    ~PhotosModel() override;

    void setSource(CacheDatabase *cache, qint64 projectId);
    void setThumbnailSource(ThumbnailSource *source);
    void setAlbumNames(const QHash<qint64, QString> &names);
    void setThumbnailSize(int pixels);
    // Rows as the grid keeps them: in timeline order (newest day first), with each photo's
    // local day, its folded search text and the row of each id. Built where waiting is cheap:
    // reload() prepares on its loading thread, so the UI thread only swaps them in.
    struct Prepared
    {
        PhotoRows rows;
        QList<QString> folded;
        QHash<qint64, int> rowById;
    };
    static Prepared prepare(PhotoRows rows);
    // Replaces the rows at once (tests, benchmarks; reload() ends in the second).
    void setRows(PhotoRows rows);
    void setRows(Prepared prepared);
    void setAlbums(const QList<Album> &albums);

    const PhotoRow &row(int index) const { return m_rows.rows.at(index); }
    const PhotoRows &rows() const { return m_rows; }
    // The project's albums, loaded with the rows (count: photos cached in each).
    const QList<Album> &albums() const { return m_albums; }
    // One photo's full record (one query by id), for the viewer.
    std::optional<Photo> photo(qint64 photoId) const;
    // Several full records in one query (an album kept offline: thousands of photos).
    QList<Photo> photos(const QList<qint64> &photoIds) const;
    QString albumName(qint64 albumId) const { return m_albumNames.value(albumId); }
    // Filename and description, case- and accent-folded (search::fold), ready with the rows.
    const QString &foldedText(int index) const { return m_folded.at(index); }
    int rowOf(qint64 photoId) const { return m_rowById.value(photoId, -1); }
    // An empty grid's rows are on their way (none yet, or the newest only): loaded() follows.
    // A reload over rows already shown keeps them as they are and does not count.
    bool isLoading() const { return m_loading; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

public slots:
    void reload();

signals:
    void loaded();

private:
    static constexpr int firstPageSize = 500;   // the newest photos a cold start paints first
    void showFirstRows(Prepared newest);
    void showAllRows(Prepared all);
    void take(Prepared prepared);
    void onThumbnailReady(qint64 photoId);
    QImage placeholder() const;

    // One load at a time (a newer one makes the one waiting stale); the model waits for it when
    // it goes. The cache is kept open for the load by a CacheDatabase::Uses.
    QThreadPool m_loader;
    QPointer<CacheDatabase> m_cache;
    QPointer<ThumbnailSource> m_thumbnails;
    qint64 m_projectId = 0;
    std::shared_ptr<std::atomic<int>> m_generation = std::make_shared<std::atomic<int>>(0);   // read by the loading thread
    int m_thumbnailSize = 160;
    bool m_loading = false;
    PhotoRows m_rows;
    QList<Album> m_albums;
    QHash<qint64, int> m_rowById;
    QHash<qint64, QString> m_albumNames;
    QList<QString> m_folded;
    mutable QImage m_placeholder;
    mutable QIcon m_placeholderIcon;
    mutable QCache<qint64, QIcon> m_icons{3000};   // the delegate scales an icon to the grid's size
};

} // namespace sitedesk
