#include "uploads/uploadentry.h"

#include <QFileInfo>

#include <array>
#include <utility>

namespace sitedesk {

namespace {

const std::array<std::pair<UploadEntry::State, const char *>, 7> stateNames{{
    {UploadEntry::State::Queued, "queued"},
    {UploadEntry::State::Uploading, "uploading"},
    {UploadEntry::State::Paused, "paused"},
    {UploadEntry::State::Failed, "failed"},
    {UploadEntry::State::Completed, "completed"},
    {UploadEntry::State::Attached, "attached"},
    {UploadEntry::State::Cancelled, "cancelled"},
}};

} // namespace

QJsonObject UploadSegment::toJson() const
{
    return {{QStringLiteral("offset"), offset}, {QStringLiteral("size"), size},
            {QStringLiteral("sha256"), sha256}, {QStringLiteral("md5"), md5},
            {QStringLiteral("url"), url}, {QStringLiteral("headers"), headers},
            {QStringLiteral("etag"), etag}};
}

UploadSegment UploadSegment::fromJson(const QJsonObject &object)
{
    UploadSegment segment;
    segment.offset = object.value(QLatin1String("offset")).toInteger();
    segment.size = object.value(QLatin1String("size")).toInteger();
    segment.sha256 = object.value(QLatin1String("sha256")).toString();
    segment.md5 = object.value(QLatin1String("md5")).toString();
    segment.url = object.value(QLatin1String("url")).toString();
    segment.headers = object.value(QLatin1String("headers")).toObject();
    segment.etag = object.value(QLatin1String("etag")).toString();
    return segment;
}

QString UploadEntry::fileName() const
{
    return QFileInfo(localPath).fileName();
}

qint64 UploadEntry::bytesStored() const
{
    if (state == State::Completed || state == State::Attached)
        return size;
    qint64 stored = 0;
    for (const UploadSegment &segment : segments)
        if (!segment.etag.isEmpty())
            stored += segment.size;
    return stored;
}

void UploadEntry::forgetUpload()
{
    uuid.clear();
    postUrl.clear();
    fields = {};
    for (UploadSegment &segment : segments) {
        segment.url.clear();
        segment.headers = {};
        segment.etag.clear();
    }
}

QString UploadEntry::stateName(State state)
{
    for (const auto &[value, name] : stateNames)
        if (value == state)
            return QString::fromLatin1(name);
    return QStringLiteral("queued");
}

UploadEntry::State UploadEntry::stateFromName(const QString &name)
{
    for (const auto &[value, text] : stateNames)
        if (name == QLatin1String(text))
            return value;
    return State::Queued;
}

} // namespace sitedesk
