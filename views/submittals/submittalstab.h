#pragma once

#include <QPointer>
#include <QStringList>
#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace sitedesk {

class ApiClient;
class AttachmentFiles;
class CacheDatabase;
class FileStore;
class SubmittalDetailPane;
class SubmittalFilterModel;
class SubmittalLogModel;
class SubmittalRefresher;
class SubmittalWriter;

// The Submittals tab: the log (sortable, filterable by status, ball in court, overdue and
// "mine", searched as you type, grouped by spec section or status) and the chosen submittal in
// a detail pane beside it, read from the cache and refreshed from Procore when online.
// Attachments open in the system's viewer once downloaded through the FileStore (so they open
// again offline). Edits go through the outbox (SubmittalWriter). Files dropped on a row or on
// the detail pane, or chosen with "Attach files…", are asked to be uploaded and attached:
// attachFilesRequested, which the app connects to the UploadService.
class SubmittalsTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SubmittalsTab)

public:
    // Downloads and refreshes go through `api`; without one, the tab shows the cache only.
    explicit SubmittalsTab(ApiClient *api = nullptr, QWidget *parent = nullptr);
    ~SubmittalsTab() override;

    void setSource(CacheDatabase *cache, qint64 projectId);
    void setWriter(SubmittalWriter *writer);
    // The signed-in user, for "mine"; 0 while unknown ("mine" is then unavailable).
    void setCurrentUserId(qint64 userId);
    // How a downloaded attachment is opened (default: the system's viewer). A seam for tests.
    void setFileOpener(std::function<bool(const QString &path)> opener);

    bool openSubmittal(qint64 submittalId);
    // Reads a submittal again from Procore (an upload was just attached to it).
    void refreshSubmittal(qint64 submittalId);
    void openAttachment(int index);
    // Downloads the attachment when needed and keeps it on this computer (never evicted).
    void keepAttachmentOffline(int index);

    QTableView *log() const { return m_table; }
    QLineEdit *searchField() const { return m_search; }
    QComboBox *statusFilter() const { return m_status; }
    QComboBox *ballInCourtFilter() const { return m_person; }
    QCheckBox *overdueBox() const { return m_overdue; }
    QCheckBox *mineBox() const { return m_mine; }
    QComboBox *groupBox() const { return m_group; }
    SubmittalDetailPane *detail() const { return m_detail; }
    SubmittalLogModel *logModel() const { return m_model; }
    SubmittalFilterModel *filterModel() const { return m_filter; }
    FileStore *fileStore() const { return m_files; }

signals:
    void attachFilesRequested(qint64 projectId, qint64 submittalId, const QStringList &paths);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *buildFilterBar();
    void onCurrentRow();
    void showDetail();
    void showHint();
    void markAttachments();
    void reloadFilters();
    void updateCount();
    void applyGrouping();
    void saveEdit(const QJsonObject &fields);
    void chooseFiles();
    void attach(qint64 submittalId, const QStringList &paths);
    bool dropOnRow(QEvent *event);

    SubmittalLogModel *m_model;
    SubmittalFilterModel *m_filter;
    QLineEdit *m_search;
    QComboBox *m_status;
    QComboBox *m_person;
    QCheckBox *m_overdue;
    QCheckBox *m_mine;
    QComboBox *m_group;
    QLabel *m_count;
    QTableView *m_table;
    SubmittalDetailPane *m_detail;
    SubmittalRefresher *m_refresher;
    AttachmentFiles *m_attachments;
    QPointer<ApiClient> m_api;
    QPointer<CacheDatabase> m_cache;
    QPointer<SubmittalWriter> m_writer;
    FileStore *m_files = nullptr;
    qint64 m_projectId = 0;
    qint64 m_submittalId = 0;
};

} // namespace sitedesk
