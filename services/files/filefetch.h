#pragma once

#include "api/apierror.h"

#include <QCryptographicHash>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <memory>

class QNetworkReply;
class QFile;

namespace sitedesk {

class FileStore;

// One download of one FileStore key (see filestore.h for how to use it). Streams the body to
// "<final name>.part" next to its final place, hashing as it goes, and renames it into place
// only once its size (and, when the storage's ETag is an MD5, its checksum) is right: a sheet
// appears whole or not at all.
//
// Wire policy: the bearer token goes only to the API's own host (Procore), and only on the
// first hop; redirects are followed here, by hand, without it (the pre-signed storage URL
// they lead to rejects any request carrying a token). A dropped connection or a truncated
// body keeps the bytes received and asks for the rest with `Range: bytes=N-` (If-Range with
// the ETag, so a file that changed meanwhile comes whole); a server that ignores Range starts
// over. Tries that bring no new bytes (5xx, refused connections) count: three and it fails.
// 401 asks the token source for a new token once; a 403 "expired" link asks the store's URL
// refresher (FileStore::setUrlRefresher) for a fresh URL once and carries on from there.
//
// Emits progress() while bytes arrive and finished() exactly once; deletes itself after.
class FileFetch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FileFetch)

public:
    ~FileFetch() override;

    QString key() const { return m_key; }
    QUrl url() const { return m_url; }
    bool isFinished() const { return m_finished; }
    // The absolute path of the local file once finished without error.
    QString path() const { return m_finished && !m_error ? m_targetPath : QString(); }
    ApiError error() const { return m_error; }
    // True when the storage answered 403 "expired" (after a refresh, when a refresher is set).
    bool linkExpired() const { return m_linkExpired; }
    // Whether a try continued a partial file with Range (for tests and logs).
    bool resumed() const { return m_resumed; }
    QString sha256() const { return m_sha256; }
    qint64 size() const { return m_received; }

    void cancel();

signals:
    void progress(qint64 received, qint64 total);   // total -1 while unknown
    void finished(const QString &path, const sitedesk::ApiError &error);

private:
    friend class FileStore;
    FileFetch(FileStore *store, QString key, QUrl url, QString targetPath);

    void start();
    void finishCached(const QString &path);
    bool openPart();
    void request(const QUrl &url);
    bool sendsToken(const QUrl &url) const;
    void onMetaData();
    bool acceptsRange(const QNetworkReply *reply) const;
    void onReadyRead();
    void onFinished();
    void onRedirect(const QUrl &location);
    void onForbidden(const QByteArray &body);
    void refreshUrl();
    void retryOrFail(const ApiError &error);
    void restartFromZero();
    bool checksumMatches() const;
    void complete();
    void fail(const ApiError &error);
    void emitFinished();
    void discardPartial();
    void stopReply();

    FileStore *m_store;
    QString m_key;
    QUrl m_url;
    QString m_targetPath;
    QPointer<QNetworkReply> m_reply;
    std::unique_ptr<QFile> m_part;   // "<target>.part": bytes received so far, kept across tries
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
    QCryptographicHash m_md5{QCryptographicHash::Md5};   // checked against an S3-style ETag
    QByteArray m_etag;
    ApiError m_error;
    QString m_sha256;
    QString m_contentType;
    qint64 m_received = 0;
    qint64 m_total = -1;
    qint64 m_receivedAtStart = 0;   // of this try, to tell a try that brought bytes
    int m_attempts = 0;             // tries that brought no new bytes
    int m_tries = 0;                // every try, bounded too
    int m_redirects = 0;
    bool m_accepting = false;       // this reply's body belongs in the file
    bool m_refreshedToken = false;
    bool m_refreshedUrl = false;
    bool m_linkExpired = false;
    bool m_resumed = false;
    bool m_started = false;
    bool m_finished = false;
    bool m_cancelled = false;
};

} // namespace sitedesk
