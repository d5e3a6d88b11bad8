#pragma once

#include "api/apierror.h"

#include <QCryptographicHash>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <memory>

class QNetworkReply;
class QSaveFile;

namespace sitedesk {

class FileStore;

// One download of one FileStore key (see filestore.h for how to use it). Streams the body to
// a QSaveFile next to its final place, hashing as it goes, so neither a large sheet nor a
// half-written one is ever seen: the file appears whole (renamed on commit) or not at all.
//
// Wire policy: the bearer token goes only to the API's own host (Procore), and only on the
// first hop; redirects are followed here, by hand, without it (the pre-signed storage URL
// they lead to rejects any request carrying a token). A dropped connection, a truncated
// body or a 5xx starts the download again from the first byte (up to three tries); 401 asks
// the token source for a new token once.
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
    // True when the storage answered 403 "expired": re-read the item for a fresh URL.
    bool linkExpired() const { return m_linkExpired; }
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
    void request(const QUrl &url);
    bool sendsToken(const QUrl &url) const;
    void onMetaData();
    void onReadyRead();
    void onFinished();
    void onRedirect(const QUrl &location);
    void retryOrFail(const ApiError &error);
    void complete();
    void fail(const ApiError &error);
    void emitFinished();
    void discardPartial();

    FileStore *m_store;
    QString m_key;
    QUrl m_url;
    QString m_targetPath;
    QPointer<QNetworkReply> m_reply;
    std::unique_ptr<QSaveFile> m_file;
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
    ApiError m_error;
    QString m_sha256;
    QString m_contentType;
    qint64 m_received = 0;
    qint64 m_total = -1;
    int m_attempts = 0;
    int m_redirects = 0;
    bool m_refreshedToken = false;
    bool m_linkExpired = false;
    bool m_started = false;
    bool m_finished = false;
    bool m_cancelled = false;
};

} // namespace sitedesk
