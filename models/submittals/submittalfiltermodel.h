#pragma once

#include <QCollator>
#include <QDate>
#include <QSortFilterProxyModel>
#include <QStringList>

namespace sitedesk {

class SubmittalLogModel;
struct SubmittalRow;

// The submittal log as the user narrows and groups it: search-as-you-type over number, title
// and spec section (every typed word, case- and accent-insensitive), a status, a person in the
// ball in court, overdue only (due before today and not closed), and "mine" (the signed-in user
// holds the ball). Grouping by spec section or status sorts by the group first, whatever column
// the user sorts by within it; GroupRole names each row's group so the view can mark where one
// starts. Numbers sort naturally ("9" before "10"), dates chronologically.
class SubmittalFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SubmittalFilterModel)

public:
    enum class GroupBy { None, SpecSection, Status };
    static constexpr int GroupRole = Qt::UserRole + 100;

    explicit SubmittalFilterModel(QObject *parent = nullptr);

    void setLog(SubmittalLogModel *log);
    void setSearchText(const QString &text);
    void setStatusId(qint64 statusId);        // 0: every status
    void setBallInCourtId(qint64 personId);   // 0: anyone
    void setOverdueOnly(bool overdue);
    void setMineOnly(bool mine);
    void setCurrentUserId(qint64 userId);     // who "mine" means; 0: unknown, "mine" shows nothing
    void setToday(const QDate &today);        // for "overdue"; defaults to the local date
    void setGroupBy(GroupBy group);
    GroupBy groupBy() const { return m_groupBy; }
    qint64 currentUserId() const { return m_userId; }

    QString groupOf(const SubmittalRow &row) const;
    bool isOverdue(const SubmittalRow &row) const;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void refilter();

    SubmittalLogModel *m_log = nullptr;
    QStringList m_words;
    qint64 m_statusId = 0;
    qint64 m_ballInCourtId = 0;
    qint64 m_userId = 0;
    bool m_overdue = false;
    bool m_mine = false;
    QString m_today;
    GroupBy m_groupBy = GroupBy::None;
    QCollator m_collator;
};

} // namespace sitedesk
