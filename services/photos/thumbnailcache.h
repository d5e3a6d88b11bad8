#pragma once

#include "photos/thumbnailsource.h"

#include <QCache>
#include <QPointer>
#include <QSet>
#include <QThreadPool>

#include <atomic>
#include <functional>

class QNetworkAccessManager;

namespace sitedesk {

class CacheDatabase;

// The photo grid's thumbnails: answers from memory at once, otherwise loads in the background
// and emits ready(id). Loading happens OFF the UI thread: a pool thread reads
// "<folder>/<id>.jpg" (already scaled, written once); the photos whose file is missing have
// their current thumbnail_url read from the cache together, in one query on one connection for
// all that a screen asks for (not a connection per photo). The download (a pre-signed URL: no
// bearer token) runs on the shared network manager, and its bytes go back to a pool thread to be
// decoded, scaled to `edge` pixels and saved. Only what a view asks for is loaded, so a grid of
// 50,000 costs what is on screen. Built once by the app; setCache() follows the session's
// cache (the folder sits beside it). decodesOnUiThread() is the test hook proving that
// nothing is decoded on the UI thread.
class ThumbnailCache final : public ThumbnailSource
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThumbnailCache)

public:
    explicit ThumbnailCache(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~ThumbnailCache() override;

    static QString defaultFolder(const CacheDatabase &cache);
    // The cache whose photos are shown (none: every thumbnail fails); forgets the memory copies.
    void setCache(CacheDatabase *cache);

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
    void needUrl(qint64 photoId);
    void lookUpUrls();
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
    QList<qint64> m_needUrl;     // no file yet: their URLs are read in the next lookUpUrls()
    QThreadPool m_lookups;       // cache reads, one at a time (each a CacheDatabase::Uses)
    LocalFile m_localFull;

    static std::atomic<int> s_uiDecodes;
    static std::atomic<int> s_poolDecodes;
};

} // namespace sitedesk
