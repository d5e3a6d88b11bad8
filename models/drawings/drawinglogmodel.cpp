#include "drawings/drawinglogmodel.h"

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
    beginResetModel();
    if (!m_cache || !m_cache->isOpen())
        m_rows.clear();
    else
        m_rows = m_allRevisions ? DrawingStore(*m_cache).revisionLog(m_projectId) : DrawingStore(*m_cache).log(m_projectId);
    m_offline.clear();
    endResetModel();
    reloadOffline();
}

void DrawingLogModel::reloadOffline()
{
    if (!m_cache || !m_cache->isOpen() || m_rows.isEmpty())
        return;
    QStringList keys;
    keys.reserve(m_rows.size());
    for (const DrawingRow &row : std::as_const(m_rows))
        keys << DrawingRevision::fileKeyFor(row.revisionId);
    QHash<qint64, Offline> offline;
    for (const CachedFile &file : CachedFileStore(*m_cache).findMany(keys))
        offline.insert(file.key.section(QLatin1Char(':'), 1).toLongLong(), file.pinned ? Pinned : Local);
    if (offline == m_offline)
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
    if (m_cache && m_cache->isOpen())
        DrawingStore(*m_cache).markViewed(m_projectId, drawingId, m_rows.at(first).currentRevisionId);
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
