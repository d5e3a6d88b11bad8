#pragma once

#include "drawings/drawingrow.h"

#include <QByteArray>
#include <QList>

namespace sitedesk {

// The drawing log as CSV (RFC 4180: comma, CRLF, UTF-8 with a BOM so spreadsheets read
// accents right, quotes doubled), one line per row in the order given. The header names
// Procore's own fields (drawing_id, number, title, discipline, revision_number, current,
// drawing_set, drawing_area, drawing_date, received_date, updated_at, drawing_revision_id) so
// the file lines up with Procore's API and exports; dates stay ISO.
namespace drawinglogexport {

QByteArray csv(const QList<DrawingRow> &rows);

} // namespace drawinglogexport
} // namespace sitedesk
