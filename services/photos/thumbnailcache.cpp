#include "photos/thumbnailcache.h"

#include "cache/cachedatabase.h"
#include "photos/photostore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImageReader>
#include <QBuffer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSaveFile>
#include <QThread>
#include <QThreadPool>

namespace sitedesk {

std::atomic<int> ThumbnailCache::s_uiDecodes{0};
std::atomic<int> ThumbnailCache::s_poolDecodes{0};

namespace {

constexpr int memoryCost = 2000;   // thumbnails kept in memory, each costs 1

std::shared_ptr<CacheDatabase::Uses> usesOf(const CacheDatabase *cache)
{
    return cache ? cache->uses() : nullptr;
}

bool onUiThread()
{
    return QCoreApplication::instance() && QThread::currentThread() == QCoreApplication::instance()->thread();
}

} // namespace

ThumbnailCache::ThumbnailCache(QNetworkAccessManager *network, QObject *parent)
    : ThumbnailSource(parent),
      m_network(network)
{
    m_memory.setMaxCost(memoryCost);
    m_lookups.setMaxThreadCount(1);
}

ThumbnailCache::~ThumbnailCache()
{
    m_lookups.clear();
    m_lookups.waitForDone();
}

void ThumbnailCache::setCache(CacheDatabase *cache)
{
    m_lookups.waitForDone();   // a lookup still reading the old cache finishes first
    m_cache = cache;
    m_folder = cache ? defaultFolder(*cache) : QString();
    if (!m_folder.isEmpty())
        QDir().mkpath(m_folder);
    m_memory.clear();
}

QString ThumbnailCache::defaultFolder(const CacheDatabase &cache)
{
    return QFileInfo(cache.filePath()).absolutePath() + QStringLiteral("/thumbnails");
}

QString ThumbnailCache::filePath(qint64 photoId) const
{
    return m_folder + QStringLiteral("/%1-%2.jpg").arg(photoId).arg(m_edge);
}

QImage ThumbnailCache::thumbnail(qint64 photoId)
{
    if (const QImage *image = m_memory.object(photoId))
        return *image;
    if (!m_pending.contains(photoId)) {
        m_pending.insert(photoId);
        loadFromDisk(photoId);
    }
    return {};
}

void ThumbnailCache::clearMemory()
{
    m_memory.clear();
}

// Pool thread: the scaled file if it is there; else the photo waits for its URL (needUrl).
void ThumbnailCache::loadFromDisk(qint64 photoId)
{
    const QString path = filePath(photoId);
    QPointer<ThumbnailCache> self = this;
    QThreadPool::globalInstance()->start([self, path, photoId] {
        QImage image;
        if (QFileInfo::exists(path)) {
            (onUiThread() ? s_uiDecodes : s_poolDecodes)++;
            image.load(path);
        }
        QMetaObject::invokeMethod(qApp, [self, photoId, image] {
            if (!self)
                return;
            if (!image.isNull())
                self->deliver(photoId, image);
            else
                self->needUrl(photoId);
        }, Qt::QueuedConnection);
    });
}

// The photos found without a file while the event loop goes round share one lookup.
void ThumbnailCache::needUrl(qint64 photoId)
{
    m_needUrl.append(photoId);
    if (m_needUrl.size() == 1)
        QMetaObject::invokeMethod(this, &ThumbnailCache::lookUpUrls, Qt::QueuedConnection);
}

// One query for the current URLs of every photo waiting (pre-signed, so read fresh from the
// cache, which each sync updates), on this cache's own lookup thread.
void ThumbnailCache::lookUpUrls()
{
    const QList<qint64> ids = std::exchange(m_needUrl, {});
    CacheDatabase *database = m_cache;
    QPointer<ThumbnailCache> self = this;
    m_lookups.start([self, database, uses = usesOf(database), ids] {
        QHash<qint64, QString> urls;
        if (uses && uses->begin()) {   // the cache stays open meanwhile
            for (const Photo &photo : PhotoStore(*database).photosById(ids))
                urls.insert(photo.id, photo.thumbnailUrl.isEmpty() ? photo.url : photo.thumbnailUrl);
            database->releaseThreadConnection();
            uses->end();
        }
        QMetaObject::invokeMethod(qApp, [self, ids, urls] {
            if (!self)
                return;
            for (const qint64 id : ids) {
                const QString url = urls.value(id);
                if (url.isEmpty())
                    self->deliver(id, {});
                else
                    self->download(id, url);
            }
        }, Qt::QueuedConnection);
    });
}

void ThumbnailCache::loadFull(qint64 photoId)
{
    CacheDatabase *database = m_cache;
    QPointer<ThumbnailCache> self = this;
    const QString local = m_localFull ? m_localFull(photoId) : QString();
    if (!local.isEmpty()) {   // kept offline: no network needed
        QThreadPool::globalInstance()->start([self, photoId, local] {
            QFile file(local);
            const QByteArray bytes = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
            QMetaObject::invokeMethod(qApp, [self, photoId, bytes] {
                if (self)
                    self->decode(photoId, bytes, true);
            }, Qt::QueuedConnection);
        });
        return;
    }
    m_lookups.start([self, database, uses = usesOf(database), photoId] {
        QString url;
        if (uses && uses->begin()) {
            if (const auto photo = PhotoStore(*database).photo(photoId))
                url = photo->url;
            database->releaseThreadConnection();
            uses->end();
        }
        QMetaObject::invokeMethod(qApp, [self, photoId, url] {
            if (!self)
                return;
            if (url.isEmpty())
                emit self->fullReady(photoId, {});
            else
                self->download(photoId, url, true);
        }, Qt::QueuedConnection);
    });
}

void ThumbnailCache::download(qint64 photoId, const QString &url, bool full)
{
    if (!m_network)
        return full ? emit fullReady(photoId, {}) : deliver(photoId, {});
    QNetworkRequest request{QUrl(url)};   // pre-signed: never a bearer token
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    QNetworkReply *reply = m_network->get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply, photoId, full] {
        reply->deleteLater();
        if (reply->error() != QNetworkReply::NoError)
            return full ? emit fullReady(photoId, {}) : deliver(photoId, {});
        decode(photoId, reply->readAll(), full);
    });
}

// Pool thread: decode once, scale to the edge, keep the scaled JPEG on disk.
void ThumbnailCache::decode(qint64 photoId, const QByteArray &bytes, bool full)
{
    const QString path = filePath(photoId);
    const int edge = m_edge;
    QPointer<ThumbnailCache> self = this;
    QThreadPool::globalInstance()->start([self, bytes, path, edge, photoId, full] {
        (onUiThread() ? s_uiDecodes : s_poolDecodes)++;
        QBuffer buffer;
        buffer.setData(bytes);
        QImageReader reader(&buffer);
        reader.setAutoTransform(true);   // EXIF orientation
        QImage image = reader.read();
        if (full) {
            QMetaObject::invokeMethod(qApp, [self, photoId, image] {
                if (self)
                    emit self->fullReady(photoId, image);
            }, Qt::QueuedConnection);
            return;
        }
        if (!image.isNull()) {
            image = image.scaled(edge, edge, Qt::KeepAspectRatio, Qt::SmoothTransformation);
            QSaveFile file(path);
            if (file.open(QIODevice::WriteOnly) && image.save(&file, "JPEG", 85))
                file.commit();
        }
        QMetaObject::invokeMethod(qApp, [self, photoId, image] {
            if (self)
                self->deliver(photoId, image);
        }, Qt::QueuedConnection);
    });
}

void ThumbnailCache::deliver(qint64 photoId, const QImage &image)
{
    m_pending.remove(photoId);
    if (image.isNull()) {
        emit failed(photoId);
        return;
    }
    m_memory.insert(photoId, new QImage(image));
    emit ready(photoId);
}

} // namespace sitedesk
