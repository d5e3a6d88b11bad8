#include "uploads/uploadplan.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>

namespace sitedesk::uploadplan {

bool isSegmented(qint64 fileSize)
{
    return fileSize >= minSegmentSize;
}

qint64 segmentSize(qint64 fileSize)
{
    // Procore allows 10,000 segments: a very large file gets larger segments.
    return std::max(minSegmentSize, (fileSize + maxSegments - 1) / maxSegments);
}

QList<UploadSegment> hashSegments(const QString &path, qint64 expectedSize, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("UploadPlan", "The file cannot be read: %1").arg(file.errorString());
        return {};
    }
    const qint64 step = segmentSize(expectedSize);
    constexpr qint64 block = 1024 * 1024;
    QList<UploadSegment> segments;
    for (qint64 offset = 0; offset < expectedSize; offset += step) {
        UploadSegment segment;
        segment.offset = offset;
        segment.size = std::min(step, expectedSize - offset);
        QCryptographicHash sha256(QCryptographicHash::Sha256), md5(QCryptographicHash::Md5);
        for (qint64 done = 0; done < segment.size;) {
            const QByteArray data = file.read(std::min(block, segment.size - done));
            if (data.isEmpty()) {
                *error = QCoreApplication::translate("UploadPlan", "The file became shorter while it was read.");
                return {};
            }
            sha256.addData(data);
            md5.addData(data);
            done += data.size();
        }
        segment.sha256 = QString::fromLatin1(sha256.result().toHex());
        segment.md5 = QString::fromLatin1(md5.result().toHex());
        segments.append(segment);
    }
    if (!file.atEnd()) {
        *error = QCoreApplication::translate("UploadPlan", "The file became longer while it was read.");
        return {};
    }
    return segments;
}

} // namespace sitedesk::uploadplan
