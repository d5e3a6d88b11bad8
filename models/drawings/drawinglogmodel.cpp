#include "drawings/drawinglogmodel.h"

#include "cache/backgroundjob.h"
#include "cache/cachedatabase.h"
#include "drawings/drawingrecords.h"
#include "drawings/drawingstore.h"
#include "files/cachedfilestore.h"
#include "photos/thumbnailsource.h"

#include <QColor>
#include <QFont>
#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QPainter>
#include <QSet>

namespace sitedesk {

namespace {

QString shortDate(const QString &iso)
{
    const QDate day = QDate::fromString(iso.left(10), Qt::ISODate);
    return day.isValid() ? QLocale().toString(day, QLocale::ShortFormat) : iso;
}

} // namespace

DrawingLogModel::DrawingLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void DrawingLogModel::setSource(CacheDatabase *cache, qint64 projectId)
{
    if (m_cache)
        disconnect(m_cache, nullptr, this, nullptr);
    // Another project's sheets must not stay on screen (and be opened) while this one's load.
    if ((cache != m_cache || projectId != m_projectId) && !m_rows.isEmpty()) {
        beginResetModel();
        m_rows.clear();
        m_sets.clear();
        m_offline.clear();
        endResetModel();
    }
    if (cache != m_cache || projectId != m_projectId)
        m_viewed.clear();
    m_cache = cache;
    m_projectId = projectId;
    if (m_cache)
        connect(m_cache, &CacheDatabase::changed, this, &DrawingLogModel::onCacheChanged);
    reload();
}

void DrawingLogModel::setAllRevisions(bool all)
{
    if (all == m_allRevisions)
        return;
    m_allRevisions = all;
    reload();
}

void DrawingLogModel::onCacheChanged(const QStringList &tables)
{
    if (tables.contains(QLatin1String("drawings")) || tables.contains(QLatin1String("drawing_revisions")))
        reload();
    else if (tables.contains(QLatin1String("cached_files")))
        reloadOffline();
}

void DrawingLogModel::reload()
{
    const int generation = ++m_generation;
    const int offlineAsked = m_offlineGeneration;
    if (!m_cache || !m_cache->isOpen()) {
        m_loadedGeneration = generation;
        setLog({});
        return;
    }
    const qint64 projectId = m_projectId;
    const bool all = m_allRevisions;
    runInBackground(m_cache.data(), this, [projectId, all](CacheDatabase &cache) {
        LoadedLog log;
        const DrawingStore store(cache);
        log.rows = all ? store.revisionLog(projectId) : store.log(projectId);
        log.sets = store.sets(projectId);
        QList<qint64> revisionIds;
        revisionIds.reserve(log.rows.size());
        for (const DrawingRow &row : std::as_const(log.rows))
            revisionIds.append(row.revisionId);
        log.offline = readOffline(cache, revisionIds);
        return log;
    }, [generation, offlineAsked](DrawingLogModel *self, LoadedLog log) {
        if (generation != self->m_generation)
            return;   // a newer reload() is under way
        self->m_loadedGeneration = generation;
        self->setLog(std::move(log));
        // A download ended while the rows were read: their marks may predate it.
        if (self->m_offlineGeneration != offlineAsked)
            self->reloadOffline();
    });
}

void DrawingLogModel::setLog(LoadedLog log)
{
    beginResetModel();
    m_rows = std::move(log.rows);
    m_sets = std::move(log.sets);
    m_offline = std::move(log.offline);
    if (!m_viewed.isEmpty())
        for (DrawingRow &row : m_rows)
            row.isNew = row.isNew && m_viewed.value(row.id) != row.currentRevisionId;
    endResetModel();
    emit loaded();
}

void DrawingLogModel::reloadOffline()
{
    const int generation = ++m_offlineGeneration;
    if (!m_cache || !m_cache->isOpen() || m_rows.isEmpty())
        return;
    const int rowsGeneration = m_loadedGeneration;
    QList<qint64> revisionIds;
    revisionIds.reserve(m_rows.size());
    for (const DrawingRow &row : std::as_const(m_rows))
        revisionIds.append(row.revisionId);
    runInBackground(m_cache.data(), this, [revisionIds](CacheDatabase &cache) { return readOffline(cache, revisionIds); },
                    [generation, rowsGeneration](DrawingLogModel *self, const OfflineMap &offline) {
                        if (generation == self->m_offlineGeneration && rowsGeneration == self->m_loadedGeneration)
                            self->setOffline(offline);
                    });
}

DrawingLogModel::OfflineMap DrawingLogModel::readOffline(CacheDatabase &cache, const QList<qint64> &revisionIds)
{
    // The sheets on this computer are usually far fewer than the log's rows: read them all
    // and keep those of the rows shown.
    const QString prefix = DrawingRevision::fileKeyFor(0).chopped(1);
    const QSet<qint64> shown(revisionIds.cbegin(), revisionIds.cend());
    OfflineMap offline;
    for (const CachedFile &file : CachedFileStore(cache).withKeyPrefix(prefix)) {
        const qint64 revisionId = QStringView(file.key).mid(prefix.size()).toLongLong();
        if (shown.contains(revisionId))
            offline.insert(revisionId, file.pinned ? Pinned : Local);
    }
    return offline;
}

void DrawingLogModel::setOffline(const OfflineMap &offline)
{
    if (offline == m_offline || m_rows.isEmpty())
        return;
    m_offline = offline;
    emit dataChanged(index(0, Number), index(int(m_rows.size()) - 1, Number), {Qt::DecorationRole, Qt::ToolTipRole, OfflineRole});
}

int DrawingLogModel::rowOf(qint64 drawingId) const
{
    int first = -1;
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id != drawingId)
            continue;
        if (m_rows.at(i).isCurrent())
            return int(i);
        if (first < 0)
            first = int(i);
    }
    return first;
}

void DrawingLogModel::markViewed(qint64 drawingId)
{
    const int first = rowOf(drawingId);
    if (first < 0)
        return;
    const qint64 revisionId = m_rows.at(first).currentRevisionId;
    m_viewed.insert(drawingId, revisionId);
    if (m_cache && m_cache->isOpen()) {
        // Written on a pool thread: during a sync the cache writer may hold the database for a
        // while, and a click must not wait for it. A log read before the write lands still shows
        // the sheet as seen (setLog() applies m_viewed).
        const qint64 projectId = m_projectId;
        runInBackground(m_cache.data(), this, [projectId, drawingId, revisionId](CacheDatabase &cache) {
            return DrawingStore(cache).markViewed(projectId, drawingId, revisionId);
        }, [](DrawingLogModel *, bool) {});
    }
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        DrawingRow &row = m_rows[i];
        if (row.id != drawingId || !row.isNew)
            continue;
        row.isNew = false;
        emit dataChanged(index(int(i), 0), index(int(i), ColumnCount - 1), {Qt::FontRole, Qt::ToolTipRole, NewRole});
    }
}

int DrawingLogModel::rowOfRevision(qint64 revisionId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).revisionId == revisionId)
            return int(i);
    return -1;
}

DrawingLogModel::Offline DrawingLogModel::offline(int row) const
{
    return m_offline.value(m_rows.at(row).revisionId, NotLocal);
}

int DrawingLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DrawingLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DrawingLogModel::display(const DrawingRow &row, int column) const
{
    switch (Column(column)) {
    case Number: return row.number;
    case Title: return row.title;
    case Discipline: return row.discipline;
    case Revision: return row.revisionNumber;
    case Set: return row.setName;
    case Area: return row.areaName;
    case DrawingDate: return shortDate(row.drawingDate);
    case ReceivedDate: return shortDate(row.receivedDate);
    case Updated: return shortDate(row.updatedAt);
    case ColumnCount: break;
    }
    return {};
}

QVariant DrawingLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DrawingRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return display(row, index.column());
    case SortRole:
        switch (index.column()) {
        case DrawingDate: return row.drawingDate;
        case ReceivedDate: return row.receivedDate;
        case Updated: return row.updatedAt;
        default: return display(row, index.column());
        }
    case Qt::DecorationRole:
        // A dot before the number: blue kept offline, green on this computer; a clear one keeps numbers aligned.
        if (index.column() != Number)
            return {};
        switch (offline(index.row())) {
        case Pinned: return QColor(0x1f, 0x6f, 0xeb);
        case Local: return QColor(0x2d, 0xa4, 0x4e);
        case NotLocal: return QColor(Qt::transparent);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Number) {
            switch (offline(index.row())) {
            case Pinned: return tr("Kept offline");
            case Local: return tr("On this computer");
            case NotLocal: return tr("Opens from Procore");
            }
        }
        if (index.column() == Revision && row.isNew)
            return tr("New since you last opened this sheet");
        if (index.column() == Revision && !row.isCurrent())
            return tr("Superseded: not the current revision of this sheet");
        return index.column() == Title ? QVariant(row.title) : QVariant();
    case Qt::FontRole:
        if (row.isNew) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ForegroundRole:
        // Superseded revisions (in the every-revision log) are greyed, so nobody builds from one.
        return row.isCurrent() ? QVariant() : QVariant(QColor(Qt::gray));
    case IdRole: return row.id;
    case RevisionIdRole: return row.revisionId;
    case CurrentRole: return row.isCurrent();
    case NewRole: return row.isNew;
    case AreaIdRole: return row.areaId;
    case SetIdRole: return row.setId;
    case DisciplineRole: return row.discipline;
    case OfflineRole: return int(offline(index.row()));
    case PdfUrlRole: return row.pdfUrl;
    case ThumbnailRole: return thumbnail(row);
    default: return {};
    }
}

void DrawingLogModel::setThumbnails(ThumbnailSource *source)
{
    if (m_thumbnails)
        disconnect(m_thumbnails, nullptr, this, nullptr);
    m_thumbnails = source;
    if (source)
        connect(source, &ThumbnailSource::ready, this, &DrawingLogModel::onThumbnailReady);
}

QVariant DrawingLogModel::thumbnail(const DrawingRow &row) const
{
    const QImage image = m_thumbnails ? m_thumbnails->thumbnail(row.revisionId) : QImage();
    return image.isNull() ? placeholder() : QIcon(QPixmap::fromImage(image));
}

void DrawingLogModel::onThumbnailReady(qint64 revisionId)
{
    const int at = rowOfRevision(revisionId);
    if (at >= 0)
        emit dataChanged(index(at, Number), index(at, Number), {ThumbnailRole});
}

// A blank grey sheet the size of a thumbnail, so the grid keeps its layout while pictures arrive.
QIcon DrawingLogModel::placeholder() const
{
    if (m_placeholder.isNull()) {
        QImage blank(160, 113, QImage::Format_RGB32);
        blank.fill(QColor(0xee, 0xef, 0xf1));
        QPainter painter(&blank);
        painter.setPen(QColor(0xc4, 0xc8, 0xcf));
        painter.drawRect(blank.rect().adjusted(0, 0, -1, -1));
        painter.end();
        m_placeholder = QIcon(QPixmap::fromImage(blank));
    }
    return m_placeholder;
}

QVariant DrawingLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Number: return tr("Number");
    case Title: return tr("Title");
    case Discipline: return tr("Discipline");
    case Revision: return tr("Revision");
    case Set: return tr("Drawing set");
    case Area: return tr("Area");
    case DrawingDate: return tr("Drawing date");
    case ReceivedDate: return tr("Received");
    case Updated: return tr("Updated");
    case ColumnCount: break;
    }
    return {};
}

} // namespace sitedesk
