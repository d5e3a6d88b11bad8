#include "photos/photosmodel.h"

#include "cache/cachedatabase.h"
#include "core/searchtext.h"
#include "photos/photostore.h"
#include "photos/thumbnailsource.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QPainter>
#include <QPixmap>
#include <QThreadPool>

#include <algorithm>

namespace sitedesk {

PhotosModel::PhotosModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void PhotosModel::setSource(CacheDatabase *cache, qint64 projectId)
{
    if (m_cache)
        disconnect(m_cache, nullptr, this, nullptr);
    m_cache = cache;
    m_projectId = projectId;
    if (m_cache)
        connect(m_cache, &CacheDatabase::changed, this, [this](const QStringList &tables) {
            if (tables.contains(QLatin1String("photos")) || tables.contains(QLatin1String("photo_albums")))
                reload();
        });
    reload();
}

void PhotosModel::setThumbnailSource(ThumbnailSource *source)
{
    if (m_thumbnails)
        disconnect(m_thumbnails, nullptr, this, nullptr);
    m_thumbnails = source;
    if (source)
        connect(source, &ThumbnailSource::ready, this, &PhotosModel::onThumbnailReady);
}

void PhotosModel::setAlbumNames(const QHash<qint64, QString> &names)
{
    m_albumNames = names;
    if (!m_rows.rows.isEmpty())
        emit dataChanged(index(0), index(rowCount() - 1), {AlbumNameRole});
}

void PhotosModel::setThumbnailSize(int pixels)
{
    m_thumbnailSize = pixels;
    m_placeholder = QImage();
    m_placeholderIcon = QIcon();
}

// The query runs on a pool thread with that thread's own connection; a newer reload() makes an
// older answer stale, and it is dropped.
void PhotosModel::reload()
{
    const int generation = ++m_generation;
    if (!m_cache || m_projectId == 0) {
        setRows({});
        return;
    }
    QPointer<CacheDatabase> cache = m_cache;
    QPointer<PhotosModel> self = this;
    const qint64 projectId = m_projectId;
    QThreadPool::globalInstance()->start([cache, self, projectId, generation] {
        if (!cache)
            return;
        PhotoRows rows = PhotoStore(*cache).rows(projectId);
        QList<Album> albums = PhotoStore(*cache).albums(projectId);
        cache->releaseThreadConnection();
        QMetaObject::invokeMethod(qApp, [self, generation, rows = std::move(rows), albums]() mutable {
            if (!self || self->m_generation != generation)
                return;
            self->setAlbums(albums);
            self->setRows(std::move(rows));
        }, Qt::QueuedConnection);
    });
}

void PhotosModel::setAlbums(const QList<Album> &albums)
{
    m_albums = albums;
    QHash<qint64, QString> names;
    for (const Album &album : albums)
        names.insert(album.id, album.name);
    setAlbumNames(names);
}

std::optional<Photo> PhotosModel::photo(qint64 photoId) const
{
    return m_cache ? PhotoStore(*m_cache).photo(photoId) : std::nullopt;
}

void PhotosModel::setRows(PhotoRows rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_folded.clear();
    m_rowById.clear();
    m_rowById.reserve(m_rows.rows.size());
    for (PhotoRow &row : m_rows.rows)
        row.day = QDateTime::fromSecsSinceEpoch(row.when, Qt::UTC).toLocalTime().date().toJulianDay();
    // Timeline order (newest day first, the store's order within a day) is the rows' own order,
    // so the filter proxy sorts nothing in the default view: typing a word only filters.
    std::stable_sort(m_rows.rows.begin(), m_rows.rows.end(), [](const PhotoRow &a, const PhotoRow &b) { return a.day > b.day; });
    for (int i = 0; i < m_rows.rows.size(); ++i)
        m_rowById.insert(m_rows.rows.at(i).id, i);
    endResetModel();
    emit loaded();
}

const QString &PhotosModel::foldedText(int index) const
{
    if (m_folded.size() != m_rows.rows.size())
        m_folded = QList<QString>(m_rows.rows.size());
    QString &text = m_folded[index];
    if (text.isNull()) {
        const PhotoRow &r = m_rows.rows.at(index);
        text = search::fold(r.filename + QLatin1Char(' ') + r.description);
    }
    return text;
}

int PhotosModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.rows.size());
}

QVariant PhotosModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PhotoRow &r = m_rows.rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return r.filename;
    case Qt::ToolTipRole:
        return r.description.isEmpty() ? r.filename : r.filename + QLatin1Char('\n') + r.description;
    case Qt::DecorationRole: {
        if (const QIcon *icon = m_icons.object(r.id))
            return *icon;
        const QImage image = m_thumbnails ? m_thumbnails->thumbnail(r.id) : QImage();
        if (image.isNull()) {
            if (m_placeholderIcon.isNull())
                m_placeholderIcon = QIcon(QPixmap::fromImage(placeholder()));
            return m_placeholderIcon;
        }
        auto *icon = new QIcon(QPixmap::fromImage(image));
        m_icons.insert(r.id, icon);
        return *icon;
    }
    case IdRole: return r.id;
    case WhenRole: return QDateTime::fromSecsSinceEpoch(r.when, Qt::UTC);
    case DayRole: return QDate::fromJulianDay(r.day);
    case AlbumIdRole: return r.albumId;
    case AlbumNameRole: return m_albumNames.value(r.albumId);
    case UploaderRole: return m_rows.uploaders.value(r.uploader);
    case LocationRole: return m_rows.locations.value(r.location);
    case DescriptionRole: return r.description;
    case SizeRole: return QSize(r.width, r.height);
    default: return {};
    }
}

QHash<int, QByteArray> PhotosModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{IdRole, "photoId"}, {WhenRole, "when"}, {DayRole, "day"}, {AlbumIdRole, "albumId"}, {AlbumNameRole, "albumName"},
                  {UploaderRole, "uploader"}, {LocationRole, "location"}, {DescriptionRole, "description"}, {SizeRole, "size"}});
    return names;
}

void PhotosModel::onThumbnailReady(qint64 photoId)
{
    const int at = rowOf(photoId);
    if (at >= 0)
        emit dataChanged(index(at), index(at), {Qt::DecorationRole});
}

// A grey tile the size of a thumbnail, so the grid keeps its layout while images arrive.
QImage PhotosModel::placeholder() const
{
    if (m_placeholder.isNull()) {
        m_placeholder = QImage(m_thumbnailSize, m_thumbnailSize * 3 / 4, QImage::Format_RGB32);
        m_placeholder.fill(QColor(0xe4, 0xe6, 0xea));
        QPainter painter(&m_placeholder);
        painter.setPen(QColor(0xc8, 0xcc, 0xd2));
        painter.drawRect(m_placeholder.rect().adjusted(0, 0, -1, -1));
    }
    return m_placeholder;
}

} // namespace sitedesk
