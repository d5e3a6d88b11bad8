#pragma once

#include <QDialog>
#include <QImage>

class QLabel;
class QScrollArea;

namespace sitedesk {

class PhotoFilterModel;
class PhotosModel;
class ThumbnailCache;

// One photo full size: zoom (+, -, 0 to fit, Ctrl+wheel), previous/next with the arrow keys
// through the grid's current order, and its metadata. The image arrives decoded (EXIF
// orientation applied) from the ThumbnailCache; the thumbnail stands in meanwhile.
class PhotoViewer final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PhotoViewer)

public:
    PhotoViewer(PhotosModel *photos, PhotoFilterModel *order, ThumbnailCache *images, QWidget *parent = nullptr);

    void showRow(int proxyRow);
    int currentRow() const { return m_row; }
    double zoom() const { return m_zoom; }
    QString metadataText() const;

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    void onFullReady(qint64 photoId, const QImage &image);
    void setZoom(double zoom);
    void render();

    PhotosModel *m_photos;
    PhotoFilterModel *m_order;
    ThumbnailCache *m_images;
    QScrollArea *m_scroll;
    QLabel *m_picture;
    QLabel *m_metadata;
    QImage m_image;
    qint64 m_photoId = 0;
    int m_row = -1;
    double m_zoom = 0;   // 0: fit the window
};

} // namespace sitedesk
