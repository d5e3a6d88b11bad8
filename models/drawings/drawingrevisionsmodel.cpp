#include "drawings/drawingrevisionsmodel.h"

#include "cache/cachedatabase.h"
#include "drawings/drawingstore.h"
#include "files/cachedfilestore.h"

#include <QDate>
#include <QFont>
#include <QLocale>

namespace sitedesk {

DrawingRevisionsModel::DrawingRevisionsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void DrawingRevisionsModel::setSource(CacheDatabase *cache, qint64 projectId, qint64 drawingId)
{
    if (m_cache != cache) {
        if (m_cache)
            disconnect(m_cache, nullptr, this, nullptr);
        m_cache = cache;
        if (m_cache)
            connect(m_cache, &CacheDatabase::changed, this, &DrawingRevisionsModel::onCacheChanged);
    }
    m_projectId = projectId;
    m_drawingId = drawingId;
    reload();
}

void DrawingRevisionsModel::onCacheChanged(const QStringList &tables)
{
    if (tables.contains(QLatin1String("drawing_revisions")) || tables.contains(QLatin1String("cached_files")))
        reload();
}

void DrawingRevisionsModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_local.clear();
    if (m_cache && m_cache->isOpen() && m_drawingId != 0) {
        m_rows = DrawingStore(*m_cache).revisions(m_projectId, m_drawingId);
        QStringList keys;
        for (const DrawingRevision &revision : std::as_const(m_rows))
            keys << revision.fileKey();
        for (const CachedFile &file : CachedFileStore(*m_cache).findMany(keys))
            m_local.insert(file.key, file.pinned);
    }
    endResetModel();
}

int DrawingRevisionsModel::rowOf(qint64 revisionId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == revisionId)
            return int(i);
    return -1;
}

int DrawingRevisionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DrawingRevisionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DrawingRevisionsModel::statusText(const DrawingRevision &revision) const
{
    QStringList parts;
    if (revision.current)
        parts << tr("Current");
    const auto local = m_local.constFind(revision.fileKey());
    if (local != m_local.constEnd())
        parts << (*local ? tr("kept offline") : tr("on this computer"));
    return parts.join(QStringLiteral(", "));
}

QVariant DrawingRevisionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DrawingRevision &revision = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Revision: return revision.revisionNumber;
        case Set: return revision.setName;
        case DrawingDate: {
            const QDate day = QDate::fromString(revision.drawingDate.left(10), Qt::ISODate);
            return day.isValid() ? QLocale().toString(day, QLocale::ShortFormat) : revision.drawingDate;
        }
        case Status: return statusText(revision);
        case ColumnCount: break;
        }
        return {};
    case Qt::FontRole:
        if (revision.current) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case RevisionIdRole: return revision.id;
    case PdfUrlRole: return revision.pdfUrl;
    case CurrentRole: return revision.current;
    case LocalRole: return m_local.contains(revision.fileKey());
    default: return {};
    }
}

QVariant DrawingRevisionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Revision: return tr("Rev.");
    case Set: return tr("Drawing set");
    case DrawingDate: return tr("Date");
    case Status: return tr("Status");
    case ColumnCount: break;
    }
    return {};
}

} // namespace sitedesk
