#pragma once

#include "drawings/drawingrecords.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QPointer>

namespace sitedesk {

class CacheDatabase;

// Every cached revision of one drawing, newest first: revision, set, dates, whether it is the
// current one and whether its PDF is on this computer. The viewer's history panel.
class DrawingRevisionsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DrawingRevisionsModel)

public:
    enum Column { Revision, Set, DrawingDate, Status, ColumnCount };
    enum Role { RevisionIdRole = Qt::UserRole, PdfUrlRole, CurrentRole, LocalRole };

    explicit DrawingRevisionsModel(QObject *parent = nullptr);

    void setSource(CacheDatabase *cache, qint64 projectId, qint64 drawingId);
    const QList<DrawingRevision> &revisions() const { return m_rows; }
    int rowOf(qint64 revisionId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

public slots:
    void reload();

private:
    void onCacheChanged(const QStringList &tables);
    QString statusText(const DrawingRevision &revision) const;

    QPointer<CacheDatabase> m_cache;
    qint64 m_projectId = 0;
    qint64 m_drawingId = 0;
    QList<DrawingRevision> m_rows;
    QHash<QString, bool> m_local;   // file key → pinned
};

} // namespace sitedesk
