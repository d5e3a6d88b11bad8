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

bool onUiThread()
{
    return QCoreApplication::instance() && QThread::currentThread() == QCoreApplication::instance()->thread();
}

} // namespace

ThumbnailCache::ThumbnailCache(QNetworkAccessManager *network, CacheDatabase *cache, QString folder, QObject *parent)
    : ThumbnailSource(parent),
      m_network(network),
      m_cache(cache),
      m_folder(std::move(folder)),
      m_alive(std::make_shared<std::atomic<bool>>(true))
{
    m_memory.setMaxCost(memoryCost);
    QDir().mkpath(m_folder);
}

ThumbnailCache::~ThumbnailCache()
{
    *m_alive = false;
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

// Pool thread: the scaled file if it is there, else the photo's current URL from the cache.
void ThumbnailCache::loadFromDisk(qint64 photoId)
{
    const QString path = filePath(photoId);
    QPointer<CacheDatabase> cache = m_cache;
    QPointer<ThumbnailCache> self = this;
    auto alive = m_alive;
    QThreadPool::globalInstance()->start([self, alive, cache, path, photoId] {
        QImage image;
        QString url;
        if (QFileInfo::exists(path)) {
            (onUiThread() ? s_uiDecodes : s_poolDecodes)++;
            image.load(path);
        } else if (cache && *alive) {
            if (const auto photo = PhotoStore(*cache).photo(photoId))
                url = photo->thumbnailUrl.isEmpty() ? photo->url : photo->thumbnailUrl;
            cache->releaseThreadConnection();
        }
        QMetaObject::invokeMethod(qApp, [self, photoId, image, url] {
            if (!self)
                return;
            if (!image.isNull())
                self->deliver(photoId, image);
            else if (!url.isEmpty())
                self->download(photoId, url);
            else
                self->deliver(photoId, {});
        }, Qt::QueuedConnection);
    });
}

void ThumbnailCache::loadFull(qint64 photoId)
{
    QPointer<CacheDatabase> cache = m_cache;
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
    QThreadPool::globalInstance()->start([self, cache, photoId] {
        QString url;
        if (cache) {
            if (const auto photo = PhotoStore(*cache).photo(photoId))
                url = photo->url;
            cache->releaseThreadConnection();
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
