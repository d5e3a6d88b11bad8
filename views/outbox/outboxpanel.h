#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace sitedesk {

class CacheDatabase;
class OutboxModel;
class OutboxService;
struct OutboxEntry;

// The changes waiting for Procore, for the user to see and answer: what each one is, its
// state in words, Procore's reason when it refused one, and the answers that fit the state
// (send now, try again, keep mine / take Procore's after a conflict, discard).
class OutboxPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutboxPanel)

public:
    explicit OutboxPanel(OutboxService *outbox, QWidget *parent = nullptr);
    ~OutboxPanel() override;

    void setCache(CacheDatabase *cache);   // null while signed out
    void setProjectId(qint64 projectId);   // 0 = every project
    OutboxModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

    // "3 changes waiting to be sent", "1 change needs you"; empty when none.
    static QString summaryText(int waiting, int needsUser);

signals:
    // The number of changes and of those that need an answer changed (for the status bar).
    void countsChanged(int waiting, int needsUser);

private:
    const OutboxEntry *selectedEntry() const;
    void updateActions();
    void updateDetail();
    void confirmDiscard();
    void emitCounts();

    OutboxService *m_outbox;
    CacheDatabase *m_cache = nullptr;
    qint64 m_projectId = 0;
    OutboxModel *m_model = nullptr;
    QTableView *m_view;
    QLabel *m_detail;
    QPushButton *m_sendNow;
    QPushButton *m_retry;
    QPushButton *m_keepMine;
    QPushButton *m_takeTheirs;
    QPushButton *m_discard;
};

} // namespace sitedesk
