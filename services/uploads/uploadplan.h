#pragma once

#include "uploads/uploadentry.h"

#include <QList>
#include <QString>

namespace sitedesk::uploadplan {

// Procore's smallest segment; files below it go in one multipart POST.
constexpr qint64 minSegmentSize = 5 * 1024 * 1024;
constexpr int maxSegments = 10000;

bool isSegmented(qint64 fileSize);
qint64 segmentSize(qint64 fileSize);

// Splits the file into segments and hashes each (SHA-256 and MD5) while reading it once in
// 1 MiB blocks: memory stays flat whatever the file's size. Runs on any thread. Empty list
// and *error on a read failure or when the size differs from `expectedSize`.
QList<UploadSegment> hashSegments(const QString &path, qint64 expectedSize, QString *error);

} // namespace sitedesk::uploadplan
