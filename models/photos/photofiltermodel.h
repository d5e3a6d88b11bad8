#pragma once

#include <QDate>
#include <QSortFilterProxyModel>
#include <QStringList>

namespace sitedesk {

class PhotosModel;

// Filters and groups a PhotosModel: a day range (taken, else uploaded), an album, an uploader,
// a location, and words in the filename or description (accent- and case-insensitive).
// Grouping orders the rows by day (newest first: the timeline) or by album (in the order the
// albums are given, newest first within each); groupLabel() names a row's group. Reads the
// model's compact rows directly, so filtering 50,000 photos stays quick.
class PhotoFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PhotoFilterModel)

public:
    enum class Grouping { Timeline, Album };

    explicit PhotoFilterModel(QObject *parent = nullptr);

    void setPhotosModel(PhotosModel *model);
    void setDateRange(const QDate &from, const QDate &to);   // either may be null: open
    void setAlbum(qint64 albumId);                           // 0: every album
    void setUploader(const QString &name);                   // "": everyone
    void setLocation(const QString &name);                   // "": anywhere; a prefix matches sub-locations
    void setText(const QString &text);
    void setGrouping(Grouping grouping, const QList<qint64> &albumOrder = {});
    Grouping grouping() const { return m_grouping; }

    // "Tuesday, 3 March 2026" or the album's name, for a proxy row.
    QString groupLabel(int proxyRow) const;
    bool startsGroup(int proxyRow) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    qint64 groupKey(int sourceRow) const;

    PhotosModel *m_photos = nullptr;
    QDate m_from;
    QDate m_to;
    qint64 m_album = 0;
    QString m_uploader;
    QString m_location;
    QStringList m_words;
    Grouping m_grouping = Grouping::Timeline;
    QHash<qint64, int> m_albumRank;
};

} // namespace sitedesk
