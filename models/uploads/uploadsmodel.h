#pragma once

#include "uploads/uploadentry.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>

namespace sitedesk {

class CacheDatabase;

// The upload queue as a browser's downloads list: one row per file, oldest first, with its
// progress, speed, time left and state in words. Rows come from the cache (reloaded when the
// upload_queue table changes); bytes and speed come live from the service through setLive().
class UploadsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UploadsModel)

public:
    enum Column { NameColumn, ProgressColumn, SpeedColumn, RemainingColumn, StatusColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, StateRole, PercentRole };

    explicit UploadsModel(QObject *parent = nullptr);

    void setCache(CacheDatabase *cache);
    void reload();
    // Bytes sent so far and the current speed of an upload in progress.
    void setLive(qint64 id, qint64 bytes, double bytesPerSecond);

    const UploadEntry *entryAt(int row) const;
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString stateText(const UploadEntry &entry);
    static QString remainingText(qint64 seconds);

private:
    struct Live { qint64 bytes = 0; double bytesPerSecond = 0; };
    qint64 bytesDone(const UploadEntry &entry) const;
    double speedOf(const UploadEntry &entry) const;
    QVariant display(const UploadEntry &entry, int column) const;

    QPointer<CacheDatabase> m_cache;
    QList<UploadEntry> m_entries;
    QHash<qint64, Live> m_live;
};

} // namespace sitedesk
