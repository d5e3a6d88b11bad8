#pragma once

#include "uploads/uploadentry.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QStringList>

#include <memory>

class QNetworkAccessManager;
class QTimer;

namespace sitedesk {

class ApiClient;
class CacheDatabase;
class UploadJob;
class UploadStore;

// Where files go: a project and one item of a tool with an attacher (uploadattachers.h).
struct UploadTarget
{
    qint64 companyId = 0;
    qint64 projectId = 0;
    QString tool;        // "submittals"
    qint64 itemId = 0;
};

// The upload queue of one cache: files wait in the upload_queue table and go to Procore two
// at a time; each is attached to its item when Procore has it. Pause, resume, cancel and
// retry act on one entry; an upload paused by a lost network resumes when the network is
// back. Progress and speed live here (not stored: they change many times a second).
class UploadService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UploadService)

public:
    // The largest file a tool that sends it inline (uploadattachers::sendsFile) is given.
    static constexpr qint64 maxInlineFileBytes = 100 * 1000 * 1000;

    UploadService(ApiClient *api, QNetworkAccessManager *network, QObject *parent = nullptr);
    ~UploadService() override;

    // The queue lives in the signed-in user's cache: a switch stops the running uploads (they
    // stay resumable in the old cache) and picks up the new cache's queue. Null = none.
    void setCache(CacheDatabase *cache);

    // Queues the files (an unfinished upload of the same file to the same item is resumed
    // instead of started again); their entry ids, in order. *error names a file that is not
    // a readable regular file, which is skipped.
    QList<qint64> enqueue(const UploadTarget &target, const QStringList &paths, QStringList *errors = nullptr);
    // Picks up what a previous run left (interrupted uploads, queued files) and starts sending.
    void start();

    void pause(qint64 id);
    void resume(qint64 id);
    void cancel(qint64 id);
    void retry(qint64 id);
    // Forgets attached and cancelled entries; their count.
    int clearFinished();

    void setMaxConcurrent(int count);
    void setNetworkRetryInterval(int ms);   // how often uploads waiting for the network try again

    struct Progress { qint64 bytes = 0; double bytesPerSecond = 0; };
    Progress progress(qint64 id) const;
    // True when nothing is being sent and nothing waits for a slot.
    bool isIdle() const;
    UploadStore *store() const { return m_store.get(); }   // null without a cache

signals:
    void queued(const QList<qint64> &ids);   // files the user just added
    void entryChanged(qint64 id);
    void progressChanged(qint64 id);
    void idle();

private:
    void pump();
    void stopJobs();
    void startJob(const UploadEntry &entry);
    void onJobFinished(qint64 id);
    void onProgress(qint64 id, qint64 bytes);
    void resumeWaitingForNetwork();
    bool setState(qint64 id, UploadEntry::State state, const QString &error = {});

    struct Speed { QElapsedTimer clock; qint64 lastBytes = 0; qint64 bytes = 0; double bytesPerSecond = 0; };

    ApiClient *m_api;
    QNetworkAccessManager *m_network;
    std::unique_ptr<UploadStore> m_store;
    QHash<qint64, UploadJob *> m_jobs;
    QHash<qint64, Speed> m_speed;
    QTimer *m_networkRetry;
    int m_maxConcurrent = 2;
    bool m_started = false;
};

} // namespace sitedesk
