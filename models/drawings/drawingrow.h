#pragma once

#include <QString>

namespace sitedesk {

// One line of the drawing log: a drawing with one revision's details (its current one, or in
// the every-revision log any of them) and its area's name, as the log, its filters and the
// export need them (read in one query).
struct DrawingRow
{
    qint64 id = 0;
    qint64 areaId = 0;
    QString areaName;
    QString number;
    QString title;
    QString discipline;
    qint64 currentRevisionId = 0;   // the drawing's current revision
    qint64 revisionId = 0;          // the revision this line shows
    QString revisionNumber;
    qint64 setId = 0;
    QString setName;
    QString drawingDate;
    QString receivedDate;
    QString pdfUrl;
    qint64 pdfSize = 0;
    QString thumbnailUrl;   // the revision's thumbnail_url, read from its stored record
    QString updatedAt;
    int revisionCount = 0;
    QString searchText;   // number and title folded for search-as-you-type
    bool isNew = false;   // the current revision arrived (by sync) since the sheet was last opened

    bool isCurrent() const { return revisionId == currentRevisionId; }
};

} // namespace sitedesk
