#include "photos/photosmodel.h"

#include "cache/backgroundjob.h"
#include "cache/cachedatabase.h"
#include "core/searchtext.h"
#include "photos/photostore.h"
#include "photos/thumbnailsource.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QPainter>
#include <QPixmap>
#include <QThreadPool>
#include <QTimeZone>

#include <algorithm>
#include <limits>

namespace sitedesk {

namespace {

// The local calendar day (Julian day number) of UTC seconds, as QDateTime::toLocalTime() gives
// it, for 50,000 photos: the zone's offset is looked up once per span between two transitions
// (daylight saving), not per photo (Qt re-reads the zone for each local conversion).
class LocalDays
{
public:
    qint64 dayOf(qint64 secs)
    {
        if (secs < m_from || secs >= m_until)
            lookUp(secs);
        const qint64 local = secs + m_offset;
        return (local >= 0 ? local : local - 86399) / 86400 + 2440588;   // 1970-01-01 is day 2440588
    }

private:
    void lookUp(qint64 secs)
    {
        const QDateTime at = QDateTime::fromSecsSinceEpoch(secs, Qt::UTC);
        m_offset = m_zone.offsetFromUtc(at);
        m_from = secs;
        m_until = secs + 1;   // without transitions to bound the span, look up every photo
        if (!m_zone.hasTransitions())
            return;
        const QTimeZone::OffsetData before = m_zone.previousTransition(at.addSecs(1));
        const QTimeZone::OffsetData after = m_zone.nextTransition(at);
        m_from = before.atUtc.isValid() ? before.atUtc.toSecsSinceEpoch() : std::numeric_limits<qint64>::min();
        m_until = after.atUtc.isValid() ? after.atUtc.toSecsSinceEpoch() : std::numeric_limits<qint64>::max();
    }

    QTimeZone m_zone = QTimeZone::systemTimeZone();
    qint64 m_from = 0;
    qint64 m_until = 0;
    int m_offset = 0;
};

} // namespace

PhotosModel::PhotosModel(QObject *parent)
    : QAbstractListModel(parent)
{
    m_loader.setMaxThreadCount(1);
}

PhotosModel::~PhotosModel()
{
    m_loader.clear();
    m_loader.waitForDone();
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

// The queries run on a pool thread with that thread's own connection; a newer reload() makes an
// older load stale: it stops before its next query, and what it already read is dropped. An empty
// grid (a cold start) first gets the newest photos, a screenful and more, so it paints without
// waiting for all 50,000 to load.
void PhotosModel::reload()
{
    const int generation = ++*m_generation;
    if (!m_cache || m_projectId == 0) {
        setRows(PhotoRows());
        return;
    }
    const qint64 projectId = m_projectId;
    m_loading = m_rows.rows.isEmpty();
    const int firstPage = m_loading ? firstPageSize : 0;
    runInBackgroundSteps(m_cache.data(), this, [projectId, generation, firstPage, latest = m_generation](CacheDatabase &database, const auto &post) {
        // A newer reload() makes this load stale: it stops reading, and what it read is dropped.
        const auto current = [latest, generation] { return *latest == generation; };
        if (!current())
            return;
        const PhotoStore store(database);
        if (firstPage > 0) {
            post([current, newest = prepare(store.newestRows(projectId, firstPage))](PhotosModel *model) mutable {
                if (current())
                    model->showFirstRows(std::move(newest));
            });
        }
        if (!current())
            return;
        PhotoRows rows = store.rows(projectId);
        QList<Album> albums = store.albums(projectId);
        post([current, all = prepare(std::move(rows)), albums](PhotosModel *model) mutable {
            if (current()) {
                model->setAlbums(albums);
                model->showAllRows(std::move(all));
            }
        });
    }, &m_loader);
}

void PhotosModel::showFirstRows(Prepared newest)
{
    if (!m_rows.rows.isEmpty() || newest.rows.rows.isEmpty())
        return;
    beginInsertRows({}, 0, int(newest.rows.rows.size()) - 1);
    take(std::move(newest));
    m_loading = true;
    endInsertRows();
}

// The rows shown first are normally the head of all rows: the rest are appended, so what the
// user already sees (scroll position, selection) stays. Otherwise, all rows replace them.
void PhotosModel::showAllRows(Prepared all)
{
    const int shown = rowCount();
    const int total = int(all.rows.rows.size());
    bool isHead = shown > 0 && shown <= total;
    for (int i = 0; isHead && i < shown; ++i)
        isHead = all.rows.rows.at(i).id == m_rows.rows.at(i).id;
    if (!isHead) {
        setRows(std::move(all));
        return;
    }
    if (total > shown)
        beginInsertRows({}, shown, total - 1);
    take(std::move(all));
    if (total > shown)
        endInsertRows();
    emit dataChanged(index(0), index(shown - 1));   // the same photos, read again a moment later
    emit loaded();
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

QList<Photo> PhotosModel::photos(const QList<qint64> &photoIds) const
{
    return m_cache ? PhotoStore(*m_cache).photosById(photoIds) : QList<Photo>();
}

PhotosModel::Prepared PhotosModel::prepare(PhotoRows rows)
{
    Prepared prepared;
    LocalDays days;
    for (PhotoRow &row : rows.rows)
        row.day = days.dayOf(row.when);
    // Timeline order (newest day first, the store's order within a day) is the rows' own order,
    // so the filter proxy sorts nothing in the default view: typing a word only filters.
    std::stable_sort(rows.rows.begin(), rows.rows.end(), [](const PhotoRow &a, const PhotoRow &b) { return a.day > b.day; });
    prepared.folded.reserve(rows.rows.size());
    prepared.rowById.reserve(rows.rows.size());
    for (int i = 0; i < rows.rows.size(); ++i) {
        const PhotoRow &row = rows.rows.at(i);
        prepared.folded.append(search::fold(row.description.isEmpty() ? row.filename : row.filename + QLatin1Char(' ') + row.description));
        prepared.rowById.insert(row.id, i);
    }
    prepared.rows = std::move(rows);
    return prepared;
}

void PhotosModel::setRows(PhotoRows rows)
{
    setRows(prepare(std::move(rows)));
}

void PhotosModel::setRows(Prepared prepared)
{
    beginResetModel();
    take(std::move(prepared));
    endResetModel();
    emit loaded();
}

// All rows are in (showFirstRows() says otherwise after it).
void PhotosModel::take(Prepared prepared)
{
    m_loading = false;
    m_rows = std::move(prepared.rows);
    m_folded = std::move(prepared.folded);
    m_rowById = std::move(prepared.rowById);
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
