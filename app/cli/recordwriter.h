#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>

namespace sitedesk::recordwriter {

// A JSON array of the records, as cached (Procore's field names and values).
QByteArray toJson(const QList<QJsonObject> &records);

// RFC 4180 CSV: one column per top-level field ("id" first, then by name); nested objects and
// arrays as compact JSON text; UTF-8; CRLF line ends.
QByteArray toCsv(const QList<QJsonObject> &records);

} // namespace sitedesk::recordwriter
