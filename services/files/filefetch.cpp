#include "files/filefetch.h"

#include "api/apiclient.h"
#include "api/tokensource.h"
#include "files/filestore.h"

#include <QDir>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QFile>
#include <QRegularExpression>
#include <QStorageInfo>
#include <QTimer>

namespace sitedesk {

namespace {

constexpr int maxAttempts = 3;    // tries in a row that bring no new bytes
constexpr int maxTries = 8;       // every try, resumed ones included
constexpr int maxRedirects = 5;
constexpr int transferTimeoutMs = 30000;

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

} // namespace

FileFetch::FileFetch(FileStore *store, QString key, QUrl url, QString targetPath)
    : QObject(store),
      m_store(store),
      m_key(std::move(key)),
      m_url(std::move(url)),
      m_targetPath(std::move(targetPath))
{
}

FileFetch::~FileFetch()
{
    if (m_reply)
        m_reply->abort();
}

void FileFetch::cancel()
{
    if (m_finished)
        return;
    m_cancelled = true;
    if (m_reply)
        m_reply->abort();   // onFinished() reports the cancellation
    else
        fail(ApiError::make(ApiError::Kind::Cancelled, tr("The download was cancelled.")));
}

void FileFetch::start()
{
    m_started = true;
    if (!m_store->api())
        return fail(ApiError::make(ApiError::Kind::Offline, tr("This file is not on this computer, and Sitedesk cannot reach Procore to get it.")));
    ++m_attempts;
    ++m_tries;
    m_redirects = 0;
    m_accepting = false;
    m_receivedAtStart = m_received;
    if (!m_part && !openPart())
        return;
    request(m_url);
}

bool FileFetch::openPart()
{
    const QString folder = QFileInfo(m_targetPath).absolutePath();
    if (!QDir().mkpath(folder)) {
        fail(ApiError::make(ApiError::Kind::Storage, tr("Sitedesk cannot create the folder %1 for downloaded files.").arg(QDir::toNativeSeparators(folder))));
        return false;
    }
    m_part = std::make_unique<QFile>(m_targetPath + QStringLiteral(".part"));
    if (!m_part->open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        const QString reason = m_part->errorString();
        m_part.reset();
        fail(ApiError::make(ApiError::Kind::Storage, tr("Sitedesk cannot write %1: %2").arg(QDir::toNativeSeparators(m_targetPath), reason)));
        return false;
    }
    m_received = 0;
    m_total = -1;
    m_etag.clear();
    m_hash.reset();
    m_md5.reset();
    return true;
}

void FileFetch::finishCached(const QString &path)
{
    m_started = true;
    m_targetPath = path;
    QTimer::singleShot(0, this, [this] {
        if (m_finished)
            return;
        m_received = QFileInfo(m_targetPath).size();
        emit progress(m_received, m_received);
        m_finished = true;
        emitFinished();
    });
}

bool FileFetch::sendsToken(const QUrl &url) const
{
    const QUrl api = m_store->api()->apiBase();
    return url.scheme() == api.scheme() && url.host().compare(api.host(), Qt::CaseInsensitive) == 0
           && url.port(url.scheme() == QLatin1String("https") ? 443 : 80) == api.port(api.scheme() == QLatin1String("https") ? 443 : 80);
}

void FileFetch::request(const QUrl &url)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(transferTimeoutMs);
    const QString token = m_store->api()->tokenSource()->accessToken();
    // Only the first hop, and only to Procore's own host: a redirect target is pre-signed.
    if (m_redirects == 0 && sendsToken(url) && !token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    if (m_received > 0) {
        // The rest of a partial file; If-Range makes a changed file come whole instead.
        request.setRawHeader("Range", "bytes=" + QByteArray::number(m_received) + '-');
        if (!m_etag.isEmpty())
            request.setRawHeader("If-Range", m_etag);
    }
    m_reply = m_store->api()->network()->get(request);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &FileFetch::onMetaData);
    connect(m_reply, &QIODevice::readyRead, this, &FileFetch::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &FileFetch::onFinished);
}

// A 206 continues our file only when it starts where the file ends and is the same file.
bool FileFetch::acceptsRange(const QNetworkReply *reply) const
{
    static const QRegularExpression contentRange(QStringLiteral("^bytes (\\d+)-(\\d+)/(\\d+|\\*)$"));
    const QRegularExpressionMatch match = contentRange.match(QString::fromLatin1(reply->rawHeader("Content-Range")).trimmed());
    const QByteArray etag = reply->rawHeader("ETag");
    return match.hasMatch() && match.captured(1).toLongLong() == m_received && (m_etag.isEmpty() || etag.isEmpty() || etag == m_etag);
}

void FileFetch::onMetaData()
{
    if (!m_reply || sender() != m_reply)
        return;   // a reply already finished or given up (cancel, restart) may still report
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (m_accepting || (status != 200 && status != 206))
        return;
    if (status == 206 && !acceptsRange(m_reply)) {
        stopReply();
        restartFromZero();
        return retryOrFail(ApiError::make(ApiError::Kind::BadResponse, tr("The file server resumed the download at the wrong place.")));
    }
    if (status == 200 && m_received > 0)
        restartFromZero();   // the server ignored Range (or the file changed): the whole file comes again
    m_resumed = m_resumed || status == 206;
    m_accepting = true;
    m_contentType = m_reply->header(QNetworkRequest::ContentTypeHeader).toString();
    if (status == 200)
        m_etag = m_reply->rawHeader("ETag");
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    const qint64 remaining = length.isValid() ? length.toLongLong() : -1;
    m_total = remaining >= 0 ? m_received + remaining : -1;
    // Say "disk full" before writing half a sheet, when the server tells the size up front.
    const QStorageInfo volume(QFileInfo(m_targetPath).absolutePath());
    if (remaining > 0 && volume.isValid() && volume.bytesAvailable() >= 0 && volume.bytesAvailable() < remaining) {
        stopReply();
        fail(ApiError::make(ApiError::Kind::Storage, tr("Not enough free disk space to download this file (%1 MB needed).")
                                                         .arg(QString::number(double(remaining) / 1e6, 'f', 1))));
    }
}

void FileFetch::onReadyRead()
{
    if (!m_accepting || !m_reply)
        return;   // error and redirect bodies are read whole in onFinished()
    const QByteArray chunk = m_reply->readAll();
    if (m_part->write(chunk) != chunk.size()) {
        const QString reason = m_part->errorString();
        stopReply();
        return fail(ApiError::make(ApiError::Kind::Storage, tr("Sitedesk could not save the download (the disk may be full): %1").arg(reason)));
    }
    m_hash.addData(chunk);
    m_md5.addData(chunk);
    m_received += chunk.size();
    emit progress(m_received, m_total);
}

void FileFetch::onFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || sender() != reply)
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (m_accepting && !m_cancelled)
        onReadyRead();   // what arrived with the end of the transfer
    const bool accepted = m_accepting;
    m_accepting = false;
    reply->disconnect(this);
    reply->deleteLater();
    m_reply = nullptr;
    if (m_finished)
        return;
    if (m_cancelled)
        return fail(ApiError::make(ApiError::Kind::Cancelled, tr("The download was cancelled.")));
    if (isRedirect(status))
        return onRedirect(reply->url().resolved(reply->header(QNetworkRequest::LocationHeader).toUrl()));
    if (accepted) {
        if (reply->error() == QNetworkReply::NoError && (m_total < 0 || m_received == m_total))
            return complete();
        // Cut off half way: what arrived stays, the next try asks for the rest.
        return retryOrFail(ApiError::make(ApiError::Kind::BadResponse, tr("The download stopped before the end of the file.")));
    }
    const QByteArray body = reply->readAll();
    if (status == 401 && m_redirects == 0 && sendsToken(reply->url()) && !m_refreshedToken) {
        m_refreshedToken = true;
        TokenSource *tokens = m_store->api()->tokenSource();
        connect(tokens, &TokenSource::accessTokenRefreshed, this, [this] { start(); }, Qt::SingleShotConnection);
        connect(tokens, &TokenSource::accessTokenRefreshFailed, this, [this](const ApiError &error) { fail(error); }, Qt::SingleShotConnection);
        --m_attempts;
        return tokens->refreshAccessToken();
    }
    if (status == 403)
        return onForbidden(body);
    if (status == 404)
        return fail(ApiError::make(ApiError::Kind::NotFound, tr("This file is no longer on Procore.")));
    if (status == 416) {
        // Our partial file is no prefix of theirs: start over.
        restartFromZero();
        return retryOrFail(ApiError::make(ApiError::Kind::BadResponse, tr("The file server could not continue the download.")));
    }
    if (status >= 500 || status == 0) {
        const bool timedOut = reply->error() == QNetworkReply::OperationCanceledError || reply->error() == QNetworkReply::TimeoutError;
        const ApiError::Kind kind = status >= 500 ? ApiError::Kind::Server : timedOut ? ApiError::Kind::Timeout : ApiError::Kind::Offline;
        return retryOrFail(ApiError::make(kind, status >= 500 ? tr("The file server failed (%1).").arg(status)
                                                              : tr("The download was interrupted: %1").arg(reply->errorString())));
    }
    fail(ApiError::fromHttp(status, body));
}

void FileFetch::onRedirect(const QUrl &location)
{
    if (!location.isValid() || ++m_redirects > maxRedirects)
        return fail(ApiError::make(ApiError::Kind::BadResponse, tr("The file server sent too many redirects.")));
    request(location);
}

void FileFetch::onForbidden(const QByteArray &body)
{
    m_linkExpired = body.contains("xpired");
    if (m_linkExpired && !m_refreshedUrl && m_store->urlRefresher(m_key))
        return refreshUrl();
    fail(ApiError::make(ApiError::Kind::Forbidden, m_linkExpired
        ? tr("The download link has expired. Sync again to get a fresh one.")
        : tr("Procore refused this download: you may not have access to the file.")));
}

void FileFetch::refreshUrl()
{
    // Once per download: the item is read again for a fresh link, and the bytes already here stay.
    m_refreshedUrl = true;
    const QPointer<FileFetch> self(this);
    m_store->urlRefresher(m_key)(m_key, [self](const QUrl &url, const ApiError &error) {
        if (!self || self->m_finished)
            return;
        if (self->m_cancelled)
            return self->fail(ApiError::make(ApiError::Kind::Cancelled, tr("The download was cancelled.")));
        if (error || !url.isValid())
            return self->fail(error ? error : ApiError::make(ApiError::Kind::BadResponse, tr("Procore sent no new link for this file.")));
        self->m_url = url;
        self->m_linkExpired = false;
        --self->m_attempts;
        self->start();
    });
}

void FileFetch::retryOrFail(const ApiError &error)
{
    // A try that brought bytes does not count against the three; the overall bound stays.
    if (m_received > m_receivedAtStart)
        m_attempts = 0;
    if (m_attempts >= maxAttempts || m_tries >= maxTries)
        return fail(error);
    QTimer::singleShot(250 * std::max(1, m_attempts), this, [this] {
        if (!m_finished)
            start();
    });
}

void FileFetch::restartFromZero()
{
    if (!m_part)
        return;
    m_part->resize(0);
    m_part->seek(0);
    m_received = 0;
    m_receivedAtStart = 0;
    m_total = -1;
    m_etag.clear();
    m_hash.reset();
    m_md5.reset();
}

// S3 gives a single-part object's MD5 as its ETag; anything else (multipart "…-3", opaque
// tags) cannot be checked and passes.
bool FileFetch::checksumMatches() const
{
    QByteArray etag = m_etag;
    if (etag.startsWith("W/"))
        return true;
    etag.replace('"', QByteArray());
    static const QRegularExpression md5(QStringLiteral("^[0-9a-fA-F]{32}$"));
    if (!md5.match(QString::fromLatin1(etag)).hasMatch())
        return true;
    return etag.toLower() == m_md5.result().toHex();
}

void FileFetch::complete()
{
    if (!checksumMatches()) {
        restartFromZero();
        return retryOrFail(ApiError::make(ApiError::Kind::BadResponse, tr("The downloaded file was damaged on the way (its checksum does not match).")));
    }
    m_sha256 = QString::fromLatin1(m_hash.result().toHex());
    const QString partPath = m_part->fileName();
    const bool flushed = m_part->flush();
    const QString reason = m_part->errorString();
    m_part->close();
    m_part.reset();
    QFile::remove(m_targetPath);   // an older copy of the same key (a refetch)
    if (!flushed || !QFile::rename(partPath, m_targetPath)) {
        QFile::remove(partPath);
        return fail(ApiError::make(ApiError::Kind::Storage, tr("Sitedesk could not save the download (the disk may be full): %1").arg(reason)));
    }
    QString error;
    if (!m_store->record(this, &error)) {
        QFile::remove(m_targetPath);
        return fail(ApiError::make(ApiError::Kind::Storage, tr("Sitedesk could not record the download: %1").arg(error)));
    }
    m_finished = true;
    m_store->onFetchDone(this);
    emitFinished();
}

void FileFetch::fail(const ApiError &error)
{
    if (m_finished)
        return;
    discardPartial();
    m_error = error;
    m_finished = true;
    m_store->onFetchDone(this);
    emitFinished();
}

void FileFetch::emitFinished()
{
    emit finished(path(), m_error);
    deleteLater();
}

void FileFetch::discardPartial()
{
    if (m_part) {
        m_part->close();
        m_part->remove();
        m_part.reset();
    }
}

void FileFetch::stopReply()
{
    m_accepting = false;
    if (!m_reply)
        return;
    m_reply->disconnect(this);
    m_reply->abort();
    m_reply->deleteLater();
    m_reply = nullptr;
}

} // namespace sitedesk
