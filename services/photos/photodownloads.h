#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QThreadPool>

class QNetworkAccessManager;

namespace sitedesk {

class CacheDatabase;

// "Download…" of selected photos into a folder: each under its own file name, never over an
// existing file ("IMG_1.jpg" → "IMG_1 (2).jpg"). The photos' current URLs are read from the
// cache in one query on a pool thread; downloads run one after another on the shared network
// manager (pre-signed URLs: no bearer token) and are written with QSaveFile. Built once by the
// app; setCache() follows the session's cache.
class PhotoDownloads final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PhotoDownloads)

public:
    explicit PhotoDownloads(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~PhotoDownloads() override;

    void setCache(CacheDatabase *cache);

    void start(const QList<qint64> &photoIds, const QString &folder);
    bool isRunning() const { return m_running; }

    // `filename` in `folder`, or the first "name (n).ext" that does not exist there yet.
    static QString freePath(const QString &folder, const QString &filename);

signals:
    void progress(int done, int total);
    // Paths written; one sentence per photo that could not be saved.
    void finished(const QStringList &saved, const QStringList &failures);

private:
    struct Item { qint64 id; QString filename; QString url; };
    void next();

    QPointer<QNetworkAccessManager> m_network;
    QPointer<CacheDatabase> m_cache;
    QThreadPool m_lookups;   // the URL query (a CacheDatabase::Uses keeps the cache open for it)
    QString m_folder;
    QList<Item> m_items;
    QStringList m_saved;
    QStringList m_failures;
    int m_total = 0;
    bool m_running = false;
};

} // namespace sitedesk
