#pragma once

#include "dailylog/dailylogitem.h"

#include <QAbstractItemModel>
#include <QDate>
#include <QPointer>

namespace sitedesk {

class CacheDatabase;

// One day of the job: a section per log type that has entries ("Manpower (3)"), in Procore's
// order, each entry under it with its company, location, workers, hours and status. Changes
// still waiting in the outbox show as Procore will have them, marked "Waiting to send" (or
// with Procore's refusal). Reloads when the cache's entries or the outbox change.
class DailyLogDayModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DailyLogDayModel)

public:
    enum Column { Entry, Company, Location, Workers, Hours, Status, ColumnCount };
    enum Role {
        TypeRole = Qt::UserRole,  // QString log type, sections and entries
        CountRole,                // int, sections: entries in the section
        IsSectionRole,            // bool
        EntryIdRole,              // qint64 Procore id; minus the outbox id for an unsent create
        OutboxIdRole,             // qint64, 0 when nothing waits
        NeedsUserRole,            // bool: Procore refused it (or a conflict): the user must act
        AttachmentsRole,          // QStringList: the names of the files attached in Procore
    };

    explicit DailyLogDayModel(QObject *parent = nullptr);

    void setSource(CacheDatabase *cache, qint64 projectId);
    void setDate(const QDate &date);
    QDate date() const { return m_date; }
    // Shows exactly these items (the cache-free entry point; reload() uses it).
    void setItems(const QDate &date, const QList<DailyLogItem> &items);

    const QList<DailyLogItem> &items() const { return m_items; }
    const DailyLogItem *item(const QModelIndex &index) const;
    QModelIndex sectionIndex(const QString &type) const;
    int entryCount() const { return int(m_items.size()); }
    // What the project's cache holds, read with the day: the words for a day with no entries.
    enum class ProjectLog { NotCached, NoEntries, HasEntries };
    ProjectLog projectLog() const { return m_projectLog; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The text of an item's column (shared with the range model and the exports).
    static QString columnText(const DailyLogItem &item, int column);
    static QString statusText(const DailyLogItem &item);
    static QString waitingDetail(const DailyLogItem &item);

public slots:
    void reload();

private:
    struct Section
    {
        QString type;
        QList<int> items;   // indexes into m_items
    };

    ProjectLog readProjectLog() const;
    QVariant sectionData(const Section &section, int column, int role) const;
    QVariant itemData(const DailyLogItem &item, int column, int role) const;

    QPointer<CacheDatabase> m_cache;
    qint64 m_projectId = 0;
    QDate m_date;
    QList<DailyLogItem> m_items;
    ProjectLog m_projectLog = ProjectLog::NotCached;
    QList<Section> m_sections;
};

} // namespace sitedesk
