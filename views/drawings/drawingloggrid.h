#pragma once

#include <QListView>

namespace sitedesk {

// The drawing log as a grid of sheet thumbnails (the log model's ThumbnailRole: the picture, or
// a blank sheet while it loads) with the number and title under each. It shows the same filter
// proxy as the table and shares its selection model, so filters, search, the open sheet and
// keyboard moves are one state whichever view is shown. Only the tiles it paints ask for their
// pictures, so opening a log of thousands loads what is on screen.
class DrawingLogGrid final : public QListView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DrawingLogGrid)

public:
    explicit DrawingLogGrid(QWidget *parent = nullptr);
};

} // namespace sitedesk
