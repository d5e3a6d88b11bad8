#include "photos/photodownloads.h"

#include "cache/cachedatabase.h"
#include "photos/photostore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSaveFile>
#include <QThreadPool>

namespace sitedesk {

PhotoDownloads::PhotoDownloads(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent),
      m_network(network)
{
}

PhotoDownloads::~PhotoDownloads()
{
    m_lookups.waitForDone();
}

void PhotoDownloads::setCache(CacheDatabase *cache)
{
    m_lookups.waitForDone();   // a lookup still reading the old cache finishes first
    m_cache = cache;
}

QString PhotoDownloads::freePath(const QString &folder, const QString &filename)
{
    // Names come from Procore: keep only the last path component.
    QString name = QFileInfo(filename).fileName();
    if (name.isEmpty() || name == QLatin1String("..") || name == QLatin1String("."))
        name = QStringLiteral("photo.jpg");
    const QDir dir(folder);
    QString path = dir.filePath(name);
    const QFileInfo info(name);
    const QString base = info.completeBaseName();
    const QString suffix = info.suffix().isEmpty() ? QString() : QLatin1Char('.') + info.suffix();
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = dir.filePath(QStringLiteral("%1 (%2)%3").arg(base).arg(n).arg(suffix));
    return path;
}

void PhotoDownloads::start(const QList<qint64> &photoIds, const QString &folder)
{
    if (m_running || !m_cache)
        return;
    m_running = true;
    m_folder = folder;
    m_saved.clear();
    m_failures.clear();
    m_total = int(photoIds.size());
    CacheDatabase *database = m_cache;
    QPointer<PhotoDownloads> self = this;
    m_lookups.start([self, database, uses = database->uses(), photoIds] {
        QList<Item> items;
        if (uses->begin()) {   // the cache stays open meanwhile
            QHash<qint64, Photo> photos;
            for (const Photo &photo : PhotoStore(*database).photosById(photoIds))
                photos.insert(photo.id, photo);
            database->releaseThreadConnection();
            uses->end();
            for (const qint64 id : photoIds)   // in the order they were chosen
                if (photos.contains(id))
                    items.append({id, photos.value(id).filename, photos.value(id).url});
        }
        QMetaObject::invokeMethod(qApp, [self, items] {
            if (!self)
                return;
            self->m_items = items;
            self->next();
        }, Qt::QueuedConnection);
    });
}

void PhotoDownloads::next()
{
    emit progress(int(m_saved.size() + m_failures.size()), m_total);
    if (m_items.isEmpty() || !m_network) {
        m_running = false;
        emit finished(m_saved, m_failures);
        return;
    }
    const Item item = m_items.takeFirst();
    QNetworkRequest request{QUrl(item.url)};
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    QNetworkReply *reply = m_network->get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply, item] {
        reply->deleteLater();
        if (reply->error() != QNetworkReply::NoError) {
            m_failures << tr("%1: %2").arg(item.filename, reply->errorString());
            return next();
        }
        QSaveFile file(freePath(m_folder, item.filename));
        if (file.open(QIODevice::WriteOnly) && file.write(reply->readAll()) >= 0 && file.commit())
            m_saved << file.fileName();
        else
            m_failures << tr("%1: %2").arg(item.filename, file.errorString());
        next();
    });
}

} // namespace sitedesk
