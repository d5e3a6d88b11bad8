#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace sitedesk {

// What the photo grid needs of each photo, compact enough for 50,000 in memory (about 200
// bytes each): uploader and location names are shared through string tables.
struct PhotoRow
{
    qint64 id = 0;
    qint64 albumId = 0;
    qint64 when = 0;          // taken (else uploaded), seconds since the epoch, UTC
    qint64 day = 0;           // local Julian day of `when`, filled by PhotosModel (sorting 50,000 by day needs it ready)
    QString filename;
    QString description;
    qint32 width = 0;
    qint32 height = 0;
    quint16 uploader = 0;     // index into PhotoRows::uploaders
    quint16 location = 0;     // index into PhotoRows::locations (0 = none)
    bool hasTakenAt = false;
};

} // namespace sitedesk

Q_DECLARE_TYPEINFO(sitedesk::PhotoRow, Q_RELOCATABLE_TYPE);   // moved as bytes when a list of 50,000 grows

namespace sitedesk {

struct PhotoRows
{
    QList<PhotoRow> rows;
    QStringList uploaders{QString()};
    QStringList locations{QString()};
};

} // namespace sitedesk
