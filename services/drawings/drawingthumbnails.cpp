#include "drawings/drawingthumbnails.h"

#include "files/filefetch.h"
#include "files/filestore.h"

#include <QCoreApplication>
#include <QImageReader>
#include <QThread>
#include <QThreadPool>

namespace sitedesk {

std::atomic<int> DrawingThumbnails::s_uiDecodes{0};

namespace {

constexpr int memoryCost = 1000;   // thumbnails kept in memory, each costs 1

} // namespace

DrawingThumbnails::DrawingThumbnails(FileStore *files, UrlLookup urls, QObject *parent)
    : ThumbnailSource(parent),
      m_files(files),
      m_urls(std::move(urls)),
      m_alive(std::make_shared<std::atomic<bool>>(true))
{
    m_memory.setMaxCost(memoryCost);
}

DrawingThumbnails::~DrawingThumbnails()
{
    *m_alive = false;
}

QString DrawingThumbnails::fileKeyFor(qint64 revisionId)
{
    return QStringLiteral("drawing_thumbnail:%1").arg(revisionId);
}

QImage DrawingThumbnails::thumbnail(qint64 revisionId)
{
    if (const QImage *image = m_memory.object(revisionId))
        return *image;
    if (!m_files || m_pending.contains(revisionId) || m_failed.contains(revisionId))
        return {};
    m_pending.insert(revisionId);
    // On disk already: the fetch finishes on the next event-loop turn without the network.
    FileFetch *fetch = m_files->fetch(fileKeyFor(revisionId), m_urls ? m_urls(revisionId) : QUrl());
    if (fetch->isFinished()) {   // failed at once (no network at all): answer later, not inside data()
        QMetaObject::invokeMethod(this, [this, revisionId] { deliver(revisionId, {}); }, Qt::QueuedConnection);
        return {};
    }
    connect(fetch, &FileFetch::finished, this, [this, revisionId](const QString &path, const ApiError &error) {
        if (error || path.isEmpty())
            return deliver(revisionId, {});
        decode(revisionId, path);
    });
    return {};
}

void DrawingThumbnails::clearMemory()
{
    m_memory.clear();
    m_failed.clear();
}

// Pool thread: read, decode and scale; the UI thread only stores the result.
void DrawingThumbnails::decode(qint64 revisionId, const QString &path)
{
    QPointer<DrawingThumbnails> self = this;
    auto alive = m_alive;
    const QSize size = defaultSize();
    QThreadPool::globalInstance()->start([self, alive, path, size, revisionId] {
        if (!*alive)
            return;
        if (QThread::currentThread() == QCoreApplication::instance()->thread())
            ++s_uiDecodes;
        QImageReader reader(path);
        QImage image = reader.read();
        if (!image.isNull())
            image = image.scaled(size, Qt::KeepAspectRatio, Qt::SmoothTransformation).convertToFormat(QImage::Format_RGB32);
        QMetaObject::invokeMethod(qApp, [self, revisionId, image] {
            if (self)
                self->deliver(revisionId, image);
        }, Qt::QueuedConnection);
    });
}

void DrawingThumbnails::deliver(qint64 revisionId, const QImage &image)
{
    m_pending.remove(revisionId);
    if (image.isNull()) {
        m_failed.insert(revisionId);
        emit failed(revisionId);
        return;
    }
    m_memory.insert(revisionId, new QImage(image));
    emit ready(revisionId);
}

} // namespace sitedesk
