#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace sitedesk {

// One segment of a large file as Procore planned it; `etag` is set once storage holds it,
// and a segment with an ETag is never sent again (not even after a restart).
struct UploadSegment
{
    qint64 offset = 0;
    qint64 size = 0;
    QString sha256;        // hex
    QString md5;           // hex
    QString url;           // storage URL Procore gave; "" until the upload is created
    QJsonObject headers;   // to send with the PUT, as Procore gave them
    QString etag;

    QJsonObject toJson() const;
    static UploadSegment fromJson(const QJsonObject &object);
};

// One file on its way to Procore and then to an item (a submittal …). Stored before anything
// is sent, updated at every step, so a quit or a crash resumes where it stopped.
struct UploadEntry
{
    enum class State {
        Queued,      // waiting for a free slot (or for the network)
        Uploading,   // on the wire; found at start-up it means Sitedesk stopped mid-upload
        Paused,      // by the user, or by a lost network (error says which)
        Failed,      // error says why; retry starts again from what storage already holds
        Completed,   // Procore has the file; attaching it is next
        Attached,    // done: the item shows the file
        Cancelled
    };

    qint64 id = 0;
    qint64 companyId = 0;
    qint64 projectId = 0;
    QString targetTool;     // the attacher's key, e.g. "submittals"
    qint64 targetId = 0;    // the item, e.g. the submittal id
    QString localPath;
    qint64 size = 0;
    QDateTime modified;     // the file's mtime when queued: a change means a different file
    QString contentType;
    State state = State::Queued;
    QString uuid;                   // Procore's upload uuid; "" until created
    QList<UploadSegment> segments;  // empty for a small file
    QString postUrl;                // small file: where the multipart POST goes
    QJsonObject fields;             // small file: the fields to post before the file
    QString error;                  // the last failure or pause reason, in words
    bool waitingForNetwork = false; // paused because the network went away, not by the user
    int restarts = 0;               // fresh uploads after an expiry, to stop a loop
    QDateTime createdAt;            // UTC
    QDateTime updatedAt;            // UTC

    QString fileName() const;
    bool isSegmented() const { return !segments.isEmpty(); }
    bool isFinished() const { return state == State::Attached || state == State::Cancelled; }
    // Bytes storage holds for sure (segments with an ETag; all of a completed file).
    qint64 bytesStored() const;
    // Forgets Procore's upload (expired, or a new attempt) but keeps the local plan's sizes.
    void forgetUpload();

    static QString stateName(State state);            // stored form: "queued", …
    static State stateFromName(const QString &name);  // unknown → Queued
};

} // namespace sitedesk
