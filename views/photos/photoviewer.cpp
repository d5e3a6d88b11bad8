#include "photos/photoviewer.h"

#include "photos/photofiltermodel.h"
#include "photos/photosmodel.h"
#include "photos/thumbnailcache.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QWheelEvent>

namespace sitedesk {

PhotoViewer::PhotoViewer(PhotosModel *photos, PhotoFilterModel *order, ThumbnailCache *images, QWidget *parent)
    : QDialog(parent),
      m_photos(photos),
      m_order(order),
      m_images(images),
      m_scroll(new QScrollArea(this)),
      m_picture(new QLabel),
      m_metadata(new QLabel(this))
{
    setWindowTitle(tr("Photo"));
    resize(1200, 800);
    m_picture->setAlignment(Qt::AlignCenter);
    m_scroll->setWidget(m_picture);
    m_scroll->setAlignment(Qt::AlignCenter);
    m_scroll->setWidgetResizable(false);
    m_metadata->setWordWrap(true);
    m_metadata->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_metadata->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_metadata->setFixedWidth(260);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_metadata);
    if (m_images)
        connect(m_images, &ThumbnailCache::fullReady, this, &PhotoViewer::onFullReady);
}

void PhotoViewer::showRow(int proxyRow)
{
    if (proxyRow < 0 || proxyRow >= m_order->rowCount())
        return;
    m_row = proxyRow;
    const QModelIndex index = m_order->index(proxyRow, 0);
    m_photoId = index.data(PhotosModel::IdRole).toLongLong();
    m_image = m_images ? m_images->thumbnail(m_photoId) : QImage();   // the thumbnail until the photo arrives
    m_zoom = 0;
    setWindowTitle(index.data(Qt::DisplayRole).toString());
    m_metadata->setText(metadataText());
    render();
    if (m_images)
        m_images->loadFull(m_photoId);
}

QString PhotoViewer::metadataText() const
{
    const std::optional<Photo> photo = m_photos->photo(m_photoId);
    if (!photo)
        return {};
    const QLocale locale;
    QStringList lines;
    lines << QStringLiteral("<b>%1</b>").arg(photo->filename.toHtmlEscaped());
    lines << tr("Taken: %1").arg(photo->takenAt.isValid() ? locale.toString(photo->takenAt.toLocalTime(), QLocale::ShortFormat) : tr("unknown"));
    lines << tr("Uploaded by: %1").arg(photo->uploaderName.toHtmlEscaped());
    lines << tr("Album: %1").arg(m_photos->albumName(photo->albumId).toHtmlEscaped());
    if (!photo->location.isEmpty())
        lines << tr("Location: %1").arg(photo->location.toHtmlEscaped());
    if (!photo->gpsLat.isEmpty())
        lines << tr("GPS: %1, %2").arg(photo->gpsLat, photo->gpsLong);
    lines << tr("Dimensions: %1 × %2").arg(photo->width).arg(photo->height);
    lines << tr("Size: %1").arg(locale.formattedDataSize(photo->size));
    if (!photo->description.isEmpty())
        lines << QString() << photo->description.toHtmlEscaped();
    return lines.join(QStringLiteral("<br>"));
}

void PhotoViewer::onFullReady(qint64 photoId, const QImage &image)
{
    if (photoId != m_photoId || image.isNull())
        return;
    m_image = image;
    render();
}

void PhotoViewer::setZoom(double zoom)
{
    m_zoom = std::clamp(zoom, 0.05, 8.0);
    render();
}

void PhotoViewer::render()
{
    if (m_image.isNull()) {
        m_picture->setText(tr("Loading…"));
        m_picture->adjustSize();
        return;
    }
    const QSize area = m_scroll->viewport()->size() - QSize(4, 4);
    const QImage shown = m_zoom == 0 ? m_image.scaled(area, Qt::KeepAspectRatio, Qt::SmoothTransformation)
                                     : m_image.scaled(m_image.size() * m_zoom, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    m_picture->setPixmap(QPixmap::fromImage(shown));
    m_picture->resize(shown.size());
}

void PhotoViewer::keyPressEvent(QKeyEvent *event)
{
    const double current = m_zoom == 0 && !m_image.isNull()
        ? double(m_picture->width()) / std::max(1, m_image.width()) : m_zoom;
    switch (event->key()) {
    case Qt::Key_Left: showRow(m_row - 1); return;
    case Qt::Key_Right: showRow(m_row + 1); return;
    case Qt::Key_Plus: case Qt::Key_Equal: setZoom(current * 1.25); return;
    case Qt::Key_Minus: setZoom(current / 1.25); return;
    case Qt::Key_0: m_zoom = 0; render(); return;
    default: QDialog::keyPressEvent(event);
    }
}

void PhotoViewer::wheelEvent(QWheelEvent *event)
{
    if (!(event->modifiers() & Qt::ControlModifier))
        return QDialog::wheelEvent(event);
    const double current = m_zoom == 0 && !m_image.isNull() ? double(m_picture->width()) / std::max(1, m_image.width()) : m_zoom;
    setZoom(event->angleDelta().y() > 0 ? current * 1.15 : current / 1.15);
}

} // namespace sitedesk
