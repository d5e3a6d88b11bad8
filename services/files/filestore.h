#pragma once

#include "files/cachedfile.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

namespace sitedesk {

class ApiClient;
class CacheDatabase;
struct ApiError;
class FileFetch;

// Downloaded files for offline use, shared by every tool (drawing sheets, attachments, …).
//
//   FileStore store(api, cache, FileStore::defaultFolder(*cache));
//   FileFetch *fetch = store.fetch(QStringLiteral("drawing_revision:%1").arg(id), pdfUrl);
//   connect(fetch, &FileFetch::progress, …);                     // (received, total)
//   connect(fetch, &FileFetch::finished, this, [](const QString &path, const ApiError &error) {…});
//   QString path = store.localPath(key);                          // "" when not here; no network
//   store.setPinned(key, true);                                   // kept offline, never evicted
//
// A key names one file; fetching a key already on disk finishes at once (next event-loop turn)
// without the network, and fetching a key already on its way joins that download. Each file is
// recorded in the cache database (cached_files: size, SHA-256, pin, last use); above
// sizeLimit() the least recently used unpinned files are deleted. Errors come as ApiError with
// a sentence for the user: 403 (expired link or no access: FileFetch::linkExpired()), 404,
// offline/timeout, a full disk (Kind::Storage). Downloads run a few at a time (maxConcurrent).
// URLs are never cached as durable: callers pass the item's current URL each time, and a tool
// installs a URL refresher for its keys (setUrlRefresher) so a link that expired while the item
// sat in the cache is replaced by a fresh one from Procore, once, in the middle of a download.
class FileStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FileStore)

public:
    static constexpr qint64 defaultSizeLimit = qint64(2) * 1024 * 1024 * 1024;

    FileStore(ApiClient *api, CacheDatabase *cache, QString folder, QObject *parent = nullptr);
    ~FileStore() override;

    // "<folder of the cache database>/files": per user and account, like the cache itself.
    static QString defaultFolder(const CacheDatabase &cache);

    QString folder() const { return m_folder; }
    void setSizeLimit(qint64 bytes);
    qint64 sizeLimit() const { return m_sizeLimit; }
    void setMaxConcurrent(int count);

    // Re-reads the item a key names for a fresh download URL, and answers through `done`
    // (later, from the event loop) with the URL or the reason there is none.
    using UrlDone = std::function<void(const QUrl &url, const ApiError &error)>;
    using UrlRefresher = std::function<void(const QString &key, const UrlDone &done)>;
    // For keys that start with `keyPrefix` ("drawing_revision:").
    void setUrlRefresher(const QString &keyPrefix, UrlRefresher refresher);
    UrlRefresher urlRefresher(const QString &key) const;

    FileFetch *fetch(const QString &key, const QUrl &url);
    // Downloads again even when the key is on disk (a new revision of the same key).
    FileFetch *refetch(const QString &key, const QUrl &url);
    void cancelAll();

    // The local file of `key`, or "" when it is not here (a row whose file vanished is
    // forgotten). Counts as a use for eviction. Never touches the network.
    QString localPath(const QString &key);
    bool contains(const QString &key) const;
    std::optional<CachedFile> info(const QString &key) const;
    // Of `keys`, the ones on disk (one query, for a view's pin column).
    QSet<QString> cachedKeys(const QStringList &keys) const;
    // Pins keep a file offline; false when the key is not downloaded yet.
    bool setPinned(const QString &key, bool pinned);
    bool isPinned(const QString &key) const;
    bool remove(const QString &key);
    // Whether the file on disk still has the recorded SHA-256.
    bool verify(const QString &key) const;
    qint64 usedBytes() const;
    // Deletes least recently used unpinned files until the total fits sizeLimit().
    void evict();

signals:
    void fileStored(const QString &key);
    void fileRemoved(const QString &key);

private:
    friend class FileFetch;
    FileFetch *enqueue(const QString &key, const QUrl &url, bool force);
    void pump();
    void onFetchDone(FileFetch *fetch);
    // Records a finished download; false with *error when the index could not be written.
    bool record(FileFetch *fetch, QString *error);
    QString targetPath(const QString &key, const QUrl &url) const;
    QString absolute(const QString &relative) const;
    ApiClient *api() const { return m_api; }

    ApiClient *m_api;
    CacheDatabase *m_cache;
    QString m_folder;
    qint64 m_sizeLimit = defaultSizeLimit;
    int m_maxConcurrent = 3;
    int m_running = 0;
    QHash<QString, QPointer<FileFetch>> m_active;
    QList<QPointer<FileFetch>> m_waiting;
    QHash<QString, UrlRefresher> m_refreshers;   // by key prefix
};

} // namespace sitedesk
