#include "photos/photofiltermodel.h"

#include "core/searchtext.h"
#include "photos/photosmodel.h"

#include <QDateTime>
#include <QLocale>

namespace sitedesk {

PhotoFilterModel::PhotoFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
}

void PhotoFilterModel::setPhotosModel(PhotosModel *model)
{
    m_photos = model;
    setSourceModel(model);
    sort(m_grouping == Grouping::Album ? 0 : -1, Qt::AscendingOrder);
}

void PhotoFilterModel::setDateRange(const QDate &from, const QDate &to)
{
    m_from = from;
    m_to = to;
    invalidate();   // one layout change: 50,000 rows filtered by ranges would be thousands of removals
}

void PhotoFilterModel::setAlbum(qint64 albumId)
{
    m_album = albumId;
    invalidate();   // one layout change: 50,000 rows filtered by ranges would be thousands of removals
}

void PhotoFilterModel::setUploader(const QString &name)
{
    m_uploader = name;
    invalidate();   // one layout change: 50,000 rows filtered by ranges would be thousands of removals
}

void PhotoFilterModel::setLocation(const QString &name)
{
    m_location = name;
    invalidate();   // one layout change: 50,000 rows filtered by ranges would be thousands of removals
}

void PhotoFilterModel::setText(const QString &text)
{
    m_words = search::words(text);
    invalidate();   // one layout change: 50,000 rows filtered by ranges would be thousands of removals
}

void PhotoFilterModel::setGrouping(Grouping grouping, const QList<qint64> &albumOrder)
{
    m_grouping = grouping;
    m_albumRank.clear();
    for (int i = 0; i < albumOrder.size(); ++i)
        m_albumRank.insert(albumOrder.at(i), i);
    invalidate();
    // The photos model keeps its rows in timeline order: only the album order needs a sort.
    sort(grouping == Grouping::Album ? 0 : -1, Qt::AscendingOrder);
}

bool PhotoFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    if (!m_photos)
        return true;
    const PhotoRow &row = m_photos->row(sourceRow);
    if (m_album != 0 && row.albumId != m_album)
        return false;
    if (m_from.isValid() || m_to.isValid()) {
        const QDate day = QDate::fromJulianDay(row.day);
        if ((m_from.isValid() && day < m_from) || (m_to.isValid() && day > m_to))
            return false;
    }
    if (!m_uploader.isEmpty() && m_photos->rows().uploaders.value(row.uploader) != m_uploader)
        return false;
    if (!m_location.isEmpty()) {
        const QString location = m_photos->rows().locations.value(row.location);
        if (location != m_location && !location.startsWith(m_location + QLatin1Char('>')))
            return false;
    }
    return m_words.isEmpty() || search::matchesAll(m_photos->foldedText(sourceRow), m_words);
}

qint64 PhotoFilterModel::groupKey(int sourceRow) const
{
    const PhotoRow &row = m_photos->row(sourceRow);
    if (m_grouping == Grouping::Album)
        return m_albumRank.value(row.albumId, int(m_albumRank.size()));
    return -row.day;   // newest day first
}

// Within a group, newest first; the store's order (newest first, then id) breaks ties.
bool PhotoFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_photos)
        return left.row() < right.row();
    const qint64 a = groupKey(left.row());
    const qint64 b = groupKey(right.row());
    if (a != b)
        return a < b;
    return left.row() < right.row();
}

QString PhotoFilterModel::groupLabel(int proxyRow) const
{
    if (!m_photos || proxyRow < 0 || proxyRow >= rowCount())
        return {};
    const PhotoRow &row = m_photos->row(mapToSource(index(proxyRow, 0)).row());
    if (m_grouping == Grouping::Album) {
        const QString name = m_photos->albumName(row.albumId);
        return name.isEmpty() ? tr("No album") : name;
    }
    return QLocale().toString(QDate::fromJulianDay(row.day), QLocale::LongFormat);
}

bool PhotoFilterModel::startsGroup(int proxyRow) const
{
    if (!m_photos || proxyRow <= 0)
        return proxyRow == 0;
    const int here = mapToSource(index(proxyRow, 0)).row();
    const int before = mapToSource(index(proxyRow - 1, 0)).row();
    return groupKey(here) != groupKey(before);
}

} // namespace sitedesk
