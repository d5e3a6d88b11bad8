#pragma once

#include <QImage>
#include <QObject>

namespace sitedesk {

// Where the photo grid's thumbnails come from (services/photos' ThumbnailCache in the app; a
// stub in tests). thumbnail() must answer at once from memory: a null image means "not yet",
// and the source starts loading it off the UI thread and emits ready(id) when it can answer.
class ThumbnailSource : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    virtual QImage thumbnail(qint64 photoId) = 0;

signals:
    void ready(qint64 photoId);
};

} // namespace sitedesk
