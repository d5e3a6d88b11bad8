#include "files/filefetch.h"

#include "api/apiclient.h"
#include "api/tokensource.h"
#include "files/filestore.h"

#include <QDir>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSaveFile>
#include <QStorageInfo>
#include <QTimer>

namespace sitedesk {

namespace {

constexpr int maxAttempts = 3;
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
    m_redirects = 0;
    m_received = 0;
    m_total = -1;
    m_hash.reset();
    discardPartial();
    if (!QDir().mkpath(QFileInfo(m_targetPath).absolutePath()))
        return fail(ApiError::make(ApiError::Kind::Storage, tr("Sitedesk cannot create the folder %1 for downloaded files.")
                                                                .arg(QDir::toNativeSeparators(QFileInfo(m_targetPath).absolutePath()))));
    m_file = std::make_unique<QSaveFile>(m_targetPath);
    if (!m_file->open(QIODevice::WriteOnly))
        return fail(ApiError::make(ApiError::Kind::Storage, tr("Sitedesk cannot write %1: %2")
                                                                .arg(QDir::toNativeSeparators(m_targetPath), m_file->errorString())));
    request(m_url);
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
    m_reply = m_store->api()->network()->get(request);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &FileFetch::onMetaData);
    connect(m_reply, &QIODevice::readyRead, this, &FileFetch::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &FileFetch::onFinished);
}

void FileFetch::onMetaData()
{
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 200)
        return;
    m_contentType = m_reply->header(QNetworkRequest::ContentTypeHeader).toString();
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    m_total = length.isValid() ? length.toLongLong() : -1;
    // Say "disk full" before writing half a sheet, when the server tells the size up front.
    const QStorageInfo volume(QFileInfo(m_targetPath).absolutePath());
    if (m_total > 0 && volume.isValid() && volume.bytesAvailable() >= 0 && volume.bytesAvailable() < m_total) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        fail(ApiError::make(ApiError::Kind::Storage, tr("Not enough free disk space to download this file (%1 MB needed).")
                                                         .arg(QString::number(double(m_total) / 1e6, 'f', 1))));
    }
}

void FileFetch::onReadyRead()
{
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 200)
        return;   // error and redirect bodies are read whole in onFinished()
    const QByteArray chunk = m_reply->readAll();
    if (m_file->write(chunk) != chunk.size()) {
        const QString reason = m_file->errorString();
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        return fail(ApiError::make(ApiError::Kind::Storage, tr("Sitedesk could not save the download (the disk may be full): %1").arg(reason)));
    }
    m_hash.addData(chunk);
    m_received += chunk.size();
    emit progress(m_received, m_total);
}

void FileFetch::onFinished()
{
    QNetworkReply *reply = m_reply;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 200 && !m_cancelled)
        onReadyRead();   // what arrived with the end of the transfer
    reply->deleteLater();
    m_reply = nullptr;
    if (m_finished)
        return;
    if (m_cancelled)
        return fail(ApiError::make(ApiError::Kind::Cancelled, tr("The download was cancelled.")));
    if (isRedirect(status))
        return onRedirect(reply->url().resolved(reply->header(QNetworkRequest::LocationHeader).toUrl()));
    if (status == 200 && reply->error() == QNetworkReply::NoError) {
        if (m_total >= 0 && m_received != m_total)
            return retryOrFail(ApiError::make(ApiError::Kind::BadResponse, tr("The download stopped before the end of the file.")));
        return complete();
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
    if (status == 403) {
        m_linkExpired = body.contains("xpired");
        return fail(ApiError::make(ApiError::Kind::Forbidden, m_linkExpired
            ? tr("The download link has expired. Sync again to get a fresh one.")
            : tr("Procore refused this download: you may not have access to the file.")));
    }
    if (status == 404)
        return fail(ApiError::make(ApiError::Kind::NotFound, tr("This file is no longer on Procore.")));
    if (status >= 500 || status == 0) {
        const bool timedOut = reply->error() == QNetworkReply::OperationCanceledError || reply->error() == QNetworkReply::TimeoutError;
        const ApiError::Kind kind = status >= 500 ? ApiError::Kind::Server : timedOut ? ApiError::Kind::Timeout : ApiError::Kind::Offline;
        return retryOrFail(ApiError::make(kind, status >= 500 ? tr("The file server failed (%1).").arg(status)
                                                              : tr("The download was interrupted: %1").arg(reply->errorString())));
    }
    ApiError error = ApiError::fromHttp(status, body);
    fail(error);
}

void FileFetch::onRedirect(const QUrl &location)
{
    if (!location.isValid() || ++m_redirects > maxRedirects)
        return fail(ApiError::make(ApiError::Kind::BadResponse, tr("The file server sent too many redirects.")));
    request(location);
}

void FileFetch::retryOrFail(const ApiError &error)
{
    if (m_attempts >= maxAttempts)
        return fail(error);
    discardPartial();
    // From the first byte again: a short pause lets a dropped link come back.
    QTimer::singleShot(250 * m_attempts, this, [this] {
        if (!m_finished)
            start();
    });
}

void FileFetch::complete()
{
    m_sha256 = QString::fromLatin1(m_hash.result().toHex());
    if (!m_file->commit()) {
        const QString reason = m_file->errorString();
        m_file.reset();
        return fail(ApiError::make(ApiError::Kind::Storage, tr("Sitedesk could not save the download (the disk may be full): %1").arg(reason)));
    }
    m_file.reset();
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
    if (m_file) {
        m_file->cancelWriting();
        m_file.reset();
    }
}

} // namespace sitedesk
