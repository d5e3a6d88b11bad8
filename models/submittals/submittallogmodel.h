#pragma once

#include "submittals/submittalrow.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

namespace sitedesk {

class CacheDatabase;

// The submittal log of one project: a row per cached submittal, read as compact typed rows
// (no JSON) in one query, reloaded when a sync, an edit or the outbox changes them. An edit
// Procore has not confirmed yet is laid over its row (title, due date, status) and marked, so
// the user sees it at once and knows it still waits.
class SubmittalLogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SubmittalLogModel)

public:
    enum Column { Number, Revision, Title, SpecSection, Type, Status, BallInCourt, Contractor, DueDate, RequiredOnSite,
                  Updated, ColumnCount };
    enum Role { SortRole = Qt::UserRole, IdRole, StatusIdRole, PendingRole };
    struct Person
    {
        qint64 id = 0;
        QString name;
    };

    explicit SubmittalLogModel(QObject *parent = nullptr);

    void setSource(CacheDatabase *cache, qint64 projectId);
    qint64 projectId() const { return m_projectId; }
    const QList<SubmittalRow> &rows() const { return m_rows; }
    int rowOf(qint64 submittalId) const;
    // Everyone who holds the ball on some row, by name: the choices of the ball-in-court filter.
    QList<Person> ballInCourtPeople() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

public slots:
    void reload();

private:
    void onCacheChanged(const QStringList &tables);
    void overlayWaitingEdits();
    QVariant display(const SubmittalRow &row, int column) const;

    QPointer<CacheDatabase> m_cache;
    qint64 m_projectId = 0;
    QList<SubmittalRow> m_rows;
};

} // namespace sitedesk
