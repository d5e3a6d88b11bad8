#pragma once

#include "api/apierror.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QUrl>

namespace sitedesk {

class FileFetch;
class FileStore;

// One file to keep offline: its FileStore key, its current URL, and its size as Procore gives
// it (0 when unknown), for the estimate before starting.
struct OfflineItem
{
    QString key;
    QUrl url;
    qint64 size = 0;
    QString label;   // "A1-101", for the list of failures
};

// "Make available offline" for a group of files (a drawing set, area, discipline …): downloads
// each through the FileStore a few at a time and pins it, so it opens with no network and is
// never evicted. Files already here are pinned at once.
//
//   auto *job = new OfflineDownload(store, items, this);
//   OfflineDownload::Estimate e = OfflineDownload::estimate(*store, items);   // before asking
//   connect(job, &OfflineDownload::progress, …); connect(job, &OfflineDownload::finished, …);
//   job->start();   job->pause(); job->resume(); job->cancel();
//
// pause() lets the files on their way finish and starts no more; cancel() stops at once: the
// downloads are cut (their partial files deleted) and the pins this job set are taken back,
// so a cancelled job leaves nothing half-kept (files that were pinned before stay pinned).
class OfflineDownload final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OfflineDownload)

public:
    enum class State { Ready, Running, Paused, Finished, Cancelled };
    Q_ENUM(State)

    struct Estimate
    {
        int files = 0;          // all of them
        int alreadyHere = 0;    // on this computer already: nothing to download
        qint64 bytes = 0;       // known sizes of the others
        int unknownSizes = 0;   // others whose size Procore did not give
    };
    static Estimate estimate(const FileStore &store, const QList<OfflineItem> &items);

    OfflineDownload(FileStore *store, QList<OfflineItem> items, QObject *parent = nullptr);
    ~OfflineDownload() override;

    void start();
    void pause();
    void resume();
    void cancel();

    State state() const { return m_state; }
    int filesDone() const { return m_done; }
    int filesTotal() const { return int(m_items.size()); }
    qint64 bytesReceived() const;
    // "A1-101: This file is no longer on Procore." for each file that could not be kept.
    QStringList failures() const { return m_failures; }

signals:
    void progress(int filesDone, int filesTotal, qint64 bytesReceived);
    void stateChanged(sitedesk::OfflineDownload::State state);
    // Every file done (kept or failed); not after cancel().
    void finished(int failed);

private:
    void setState(State state);
    void pump();
    void onFetched(const OfflineItem &item, const QString &path, const ApiError &error);
    void keep(const QString &key);

    QPointer<FileStore> m_store;
    QList<OfflineItem> m_items;
    qsizetype m_next = 0;
    QList<QPointer<FileFetch>> m_running;
    QHash<FileFetch *, qint64> m_inFlightBytes;
    QSet<QString> m_pinnedHere;   // pins this job set, taken back on cancel()
    QStringList m_failures;
    qint64 m_bytesDone = 0;
    int m_done = 0;
    int m_maxRunning = 3;
    State m_state = State::Ready;
};

} // namespace sitedesk
