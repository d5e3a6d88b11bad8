#pragma once

#include "photos/thumbnailsource.h"

#include <QCache>
#include <QPointer>
#include <QSet>
#include <QSize>
#include <QUrl>

#include <atomic>
#include <functional>
#include <memory>

namespace sitedesk {

class FileStore;

// The drawing grid's thumbnails, by revision id: answers from memory at once, otherwise fetches
// the revision's thumbnail through the FileStore under "drawing_thumbnail:<revision id>" (so it
// stays on disk, is evicted with the other files, and shows offline once fetched), decodes and
// scales it on a pool thread, keeps it in memory and emits ready(id). Only what a view paints
// is asked for, so a log of thousands costs what is on screen. A thumbnail that failed is not
// asked for again until clearMemory() (no retry storm while offline).
class DrawingThumbnails final : public ThumbnailSource
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DrawingThumbnails)

public:
    // The revision's current thumbnail URL (from the cache; empty when it has none).
    using UrlLookup = std::function<QUrl(qint64 revisionId)>;

    DrawingThumbnails(FileStore *files, UrlLookup urls, QObject *parent = nullptr);
    ~DrawingThumbnails() override;

    static QString fileKeyFor(qint64 revisionId);
    static QSize defaultSize() { return {160, 113}; }   // A3 landscape

    QImage thumbnail(qint64 revisionId) override;
    // Forgets the memory copies and failures (files stay on disk).
    void clearMemory();

    // Test hook: decodes that ran on the UI thread (must stay 0).
    static int decodesOnUiThread() { return s_uiDecodes.load(); }

signals:
    void failed(qint64 revisionId);

private:
    void decode(qint64 revisionId, const QString &path);
    void deliver(qint64 revisionId, const QImage &image);

    QPointer<FileStore> m_files;
    UrlLookup m_urls;
    QCache<qint64, QImage> m_memory;
    QSet<qint64> m_pending;
    QSet<qint64> m_failed;
    std::shared_ptr<std::atomic<bool>> m_alive;

    static std::atomic<int> s_uiDecodes;
};

} // namespace sitedesk
