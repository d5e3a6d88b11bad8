#pragma once

#include "outbox/outboxentry.h"
#include "submittals/submittal.h"
#include "submittals/submittalrow.h"
#include "submittals/submittalstore.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

namespace sitedesk {

class CacheDatabase;

// The submittal log of one project: a row per cached submittal, read as compact typed rows
// (no JSON) in one query, reloaded when a sync, an edit or the outbox changes them. An edit
// Procore has not confirmed yet is laid over its row (title, due date, status) and marked, so
// the user sees it at once and knows it still waits. reload() reads on a pool thread with that
// thread's own connection (the latest request wins) and replaces the rows at once on the UI
// thread, then loaded(); the statuses and whether the project was ever synced come with them.
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
    // One submittal as the detail pane shows it: its full cached record and the user's latest
    // change still waiting in the outbox, if any.
    struct Detail
    {
        std::optional<Submittal> submittal;
        std::optional<OutboxEntry> waiting;
    };

    explicit SubmittalLogModel(QObject *parent = nullptr);

    void setSource(CacheDatabase *cache, qint64 projectId);
    qint64 projectId() const { return m_projectId; }
    const QList<SubmittalRow> &rows() const { return m_rows; }
    // The statuses the project's submittals use, by name: the status filter's and the edit form's choices.
    const QList<SubmittalStore::Status> &statuses() const { return m_statuses; }
    // A sync of this project's submittals succeeded once: an empty log is then Procore's answer.
    bool everSynced() const { return m_everSynced; }
    // A reload() is under way: the rows shown are the previous ones (none at first).
    bool isLoading() const { return m_loadedGeneration != m_generation; }
    int rowOf(qint64 submittalId) const;
    // Read now by id (two indexed lookups, fine on the UI thread): nullopt submittal when it is gone.
    Detail detail(qint64 submittalId) const;
    // Everyone who holds the ball on some row, by name: the choices of the ball-in-court filter.
    QList<Person> ballInCourtPeople() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

public slots:
    void reload();

signals:
    // The rows of the latest reload() are in place (a model reset came first).
    void loaded();

private:
    struct LoadedLog
    {
        QList<SubmittalRow> rows;
        QList<SubmittalStore::Status> statuses;
        bool everSynced = false;
    };
    static LoadedLog read(CacheDatabase &cache, qint64 projectId);
    static void overlayWaitingEdits(QList<SubmittalRow> &rows, const QList<OutboxEntry> &waiting);
    void setLog(LoadedLog log);
    void onCacheChanged(const QStringList &tables);
    QVariant display(const SubmittalRow &row, int column) const;

    QPointer<CacheDatabase> m_cache;
    qint64 m_projectId = 0;
    QList<SubmittalRow> m_rows;
    QList<SubmittalStore::Status> m_statuses;
    bool m_everSynced = false;
    int m_generation = 0;         // of the latest reload()
    int m_loadedGeneration = 0;   // of the rows in place
};

} // namespace sitedesk
