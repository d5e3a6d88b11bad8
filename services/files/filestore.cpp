#include "files/filestore.h"

#include "api/apierror.h"
#include "cache/cachedatabase.h"
#include "files/cachedfilestore.h"
#include "files/filefetch.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace sitedesk {

FileStore::FileStore(ApiClient *api, CacheDatabase *cache, QString folder, QObject *parent)
    : QObject(parent),
      m_api(api),
      m_cache(cache),
      m_folder(std::move(folder))
{
}

FileStore::~FileStore()
{
    cancelAll();
}

QString FileStore::defaultFolder(const CacheDatabase &cache)
{
    return QFileInfo(cache.filePath()).absoluteDir().filePath(QStringLiteral("files"));
}

void FileStore::setSizeLimit(qint64 bytes)
{
    m_sizeLimit = bytes;
    evict();
}

void FileStore::setMaxConcurrent(int count)
{
    m_maxConcurrent = std::max(1, count);
    pump();
}

void FileStore::setUrlRefresher(const QString &keyPrefix, UrlRefresher refresher)
{
    m_refreshers.insert(keyPrefix, std::move(refresher));
}

FileStore::UrlRefresher FileStore::urlRefresher(const QString &key) const
{
    for (auto it = m_refreshers.cbegin(); it != m_refreshers.cend(); ++it)
        if (key.startsWith(it.key()))
            return it.value();
    return {};
}

FileFetch *FileStore::fetch(const QString &key, const QUrl &url)
{
    return enqueue(key, url, false);
}

FileFetch *FileStore::refetch(const QString &key, const QUrl &url)
{
    return enqueue(key, url, true);
}

FileFetch *FileStore::enqueue(const QString &key, const QUrl &url, bool force)
{
    if (FileFetch *running = m_active.value(key))
        return running;
    if (!force) {
        const QString path = localPath(key);
        if (!path.isEmpty()) {
            auto *cached = new FileFetch(this, key, url, path);
            cached->finishCached(path);
            return cached;
        }
    }
    auto *fetch = new FileFetch(this, key, url, targetPath(key, url));
    m_active.insert(key, fetch);
    m_waiting.append(fetch);
    pump();
    return fetch;
}

void FileStore::pump()
{
    while (m_running < m_maxConcurrent && !m_waiting.isEmpty()) {
        QPointer<FileFetch> next = m_waiting.takeFirst();
        if (!next || next->isFinished())
            continue;
        ++m_running;
        next->start();
    }
}

void FileStore::onFetchDone(FileFetch *fetch)
{
    if (m_active.value(fetch->key()) == fetch)
        m_active.remove(fetch->key());
    if (fetch->m_attempts > 0 || fetch->m_started) {
        if (m_waiting.removeAll(fetch) == 0)
            m_running = std::max(0, m_running - 1);
    }
    if (!fetch->error())
        emit fileStored(fetch->key());
    pump();
}

void FileStore::cancelAll()
{
    const auto active = m_active.values();
    for (const QPointer<FileFetch> &fetch : active)
        if (fetch)
            fetch->cancel();
}

bool FileStore::record(FileFetch *fetch, QString *error)
{
    CachedFile file;
    file.key = fetch->key();
    file.path = QDir(m_folder).relativeFilePath(fetch->m_targetPath);
    file.size = fetch->m_received;
    file.sha256 = fetch->m_sha256;
    file.contentType = fetch->m_contentType;
    file.fetchedAt = QDateTime::currentDateTimeUtc();
    file.lastUsedAt = file.fetchedAt;
    if (!CachedFileStore(*m_cache).put(file, error))
        return false;
    evict();
    return true;
}

QString FileStore::targetPath(const QString &key, const QUrl &url) const
{
    // Named by a hash of the key: any key is a safe file name, and a folder never grows huge.
    const QString hash = QString::fromLatin1(QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha1).toHex());
    const QString suffix = QFileInfo(url.path()).suffix().left(8);
    return QDir(m_folder).filePath(hash.left(2) + QLatin1Char('/') + hash + (suffix.isEmpty() ? QString() : QLatin1Char('.') + suffix));
}

QString FileStore::absolute(const QString &relative) const
{
    return QDir(m_folder).absoluteFilePath(relative);
}

QString FileStore::localPath(const QString &key)
{
    CachedFileStore index(*m_cache);
    const std::optional<CachedFile> file = index.find(key);
    if (!file)
        return {};
    const QString path = absolute(file->path);
    if (!QFileInfo::exists(path)) {
        index.remove(key);   // deleted behind our back: forget it, so it is fetched again
        return {};
    }
    index.touch(key, QDateTime::currentDateTimeUtc());
    return path;
}

bool FileStore::contains(const QString &key) const
{
    return info(key).has_value();
}

std::optional<CachedFile> FileStore::info(const QString &key) const
{
    return CachedFileStore(*m_cache).find(key);
}

QSet<QString> FileStore::cachedKeys(const QStringList &keys) const
{
    QSet<QString> found;
    for (const CachedFile &file : CachedFileStore(*m_cache).findMany(keys))
        found.insert(file.key);
    return found;
}

bool FileStore::setPinned(const QString &key, bool pinned)
{
    if (!CachedFileStore(*m_cache).setPinned(key, pinned))
        return false;
    if (!pinned)
        evict();
    return true;
}

bool FileStore::isPinned(const QString &key) const
{
    const std::optional<CachedFile> file = info(key);
    return file && file->pinned;
}

bool FileStore::remove(const QString &key)
{
    const std::optional<CachedFile> file = info(key);
    if (!file)
        return false;
    QFile::remove(absolute(file->path));
    if (!CachedFileStore(*m_cache).remove(key))
        return false;
    emit fileRemoved(key);
    return true;
}

bool FileStore::verify(const QString &key) const
{
    const std::optional<CachedFile> file = info(key);
    if (!file)
        return false;
    QFile disk(absolute(file->path));
    if (!disk.open(QIODevice::ReadOnly))
        return false;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&disk))
        return false;
    return disk.size() == file->size && QString::fromLatin1(hash.result().toHex()) == file->sha256;
}

qint64 FileStore::usedBytes() const
{
    return CachedFileStore(*m_cache).totalSize();
}

void FileStore::evict()
{
    CachedFileStore index(*m_cache);
    qint64 used = index.totalSize();
    if (used <= m_sizeLimit)
        return;
    for (const CachedFile &file : index.evictionCandidates()) {
        if (used <= m_sizeLimit)
            break;
        if (m_active.contains(file.key))
            continue;
        if (remove(file.key))
            used -= file.size;
    }
}

} // namespace sitedesk
