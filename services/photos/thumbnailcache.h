#pragma once

#include "photos/thumbnailsource.h"

#include <QCache>
#include <QPointer>
#include <QSet>

#include <atomic>
#include <functional>

class QNetworkAccessManager;

namespace sitedesk {

class CacheDatabase;

// The photo grid's thumbnails: answers from memory at once, otherwise loads in the background
// and emits ready(id). Loading happens OFF the UI thread: a pool thread reads
// "<folder>/<id>.jpg" (already scaled, written once) or, when it is missing, the photo's current
// thumbnail_url from the cache (its own connection); the download (a pre-signed URL: no bearer
// token) runs on the shared network manager, and its bytes go back to a pool thread to be
// decoded, scaled to `edge` pixels and saved. Only what a view asks for is loaded, so a grid
// of 50,000 costs what is on screen. requestsOnUiThreadDecodes() is the test hook proving that
// nothing is decoded on the UI thread.
class ThumbnailCache final : public ThumbnailSource
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThumbnailCache)

public:
    ThumbnailCache(QNetworkAccessManager *network, CacheDatabase *cache, QString folder, QObject *parent = nullptr);
    ~ThumbnailCache() override;

    static QString defaultFolder(const CacheDatabase &cache);

    QImage thumbnail(qint64 photoId) override;
    void setEdge(int pixels) { m_edge = pixels; }
    // The full-size photo, EXIF orientation applied, decoded off the UI thread: fullReady().
    // From the local copy when there is one (an album kept offline), else from Procore.
    void loadFull(qint64 photoId);
    // Where a photo's full-size file is on this computer ("" when it is not); called on the UI thread.
    using LocalFile = std::function<QString(qint64 photoId)>;
    void setLocalFullFiles(LocalFile lookup) { m_localFull = std::move(lookup); }
    // Forgets the memory copies (files stay): for a new thumbnail size.
    void clearMemory();

    // Test hooks: decodes that ran on the UI thread (must stay 0), and on pool threads.
    static int decodesOnUiThread() { return s_uiDecodes.load(); }
    static int decodesOffUiThread() { return s_poolDecodes.load(); }

signals:
    void failed(qint64 photoId);
    void fullReady(qint64 photoId, const QImage &image);

private:
    void loadFromDisk(qint64 photoId);
    void download(qint64 photoId, const QString &url, bool full = false);
    void decode(qint64 photoId, const QByteArray &bytes, bool full = false);
    void deliver(qint64 photoId, const QImage &image);
    QString filePath(qint64 photoId) const;

    QPointer<QNetworkAccessManager> m_network;
    QPointer<CacheDatabase> m_cache;
    QString m_folder;
    int m_edge = 200;
    QCache<qint64, QImage> m_memory;
    QSet<qint64> m_pending;
    std::shared_ptr<std::atomic<bool>> m_alive;
    LocalFile m_localFull;

    static std::atomic<int> s_uiDecodes;
    static std::atomic<int> s_poolDecodes;
};

} // namespace sitedesk
