#include "uploads/uploadjob.h"

#include "api/apiclient.h"
#include "api/apireply.h"
#include "uploads/uploadattachers.h"
#include "uploads/uploadplan.h"
#include "uploads/uploadstore.h"

#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHttpMultiPart>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace sitedesk {

namespace {

constexpr int storageTimeoutMs = 120000;

QString uploadsPath(qint64 projectId)
{
    return QStringLiteral("/rest/v1.1/projects/%1/uploads").arg(projectId);
}

ApiRequest jsonRequest(const QByteArray &method, const QString &path, qint64 companyId, const QJsonObject &body)
{
    ApiRequest request;
    request.method = method;
    request.path = path;
    request.companyId = companyId;
    request.contentType = QByteArrayLiteral("application/json");
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return request;
}

// The <Message> of an S3-style XML error body, or the body's first line.
QString storageMessage(const QByteArray &body)
{
    static const QRegularExpression message(QStringLiteral("<Message>(.*)</Message>"));
    const QRegularExpressionMatch match = message.match(QString::fromUtf8(body));
    return match.hasMatch() ? match.captured(1) : QString::fromUtf8(body.left(200)).section(QLatin1Char('\n'), 0, 0);
}

// No route to the storage at all (as opposed to a connection that broke mid-transfer).
bool isOffline(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionRefusedError:
        return true;
    default:
        return false;
    }
}

bool sameTime(const QDateTime &a, const QDateTime &b)
{
    return std::abs(a.msecsTo(b)) < 1000 || (a.isValid() && b.isValid() && a.toSecsSinceEpoch() == b.toSecsSinceEpoch());
}

} // namespace

UploadJob::UploadJob(UploadEntry entry, ApiClient *api, QNetworkAccessManager *network, UploadStore *store, QObject *parent)
    : QObject(parent), m_entry(std::move(entry)), m_api(api), m_network(network), m_store(store)
{
}

// Destroyed mid-transfer (quit): the entry stays "uploading" and the next start resumes it.
UploadJob::~UploadJob()
{
    m_stopping = true;
    abortTransfer();
}

void UploadJob::start()
{
    if (m_entry.state == UploadEntry::State::Completed)
        return attach();
    m_entry.waitingForNetwork = false;
    setState(UploadEntry::State::Uploading);
    if (uploadattachers::sendsFile(m_entry.targetTool))
        return sendWithAttach();
    step();
}

// The attach request carries the file (multipart): no storage upload before it.
void UploadJob::sendWithAttach()
{
    if (m_stopping || !fileUnchanged())
        return;
    attach();
}

void UploadJob::step()
{
    if (m_stopping || !fileUnchanged())
        return;
    if (m_entry.uuid.isEmpty())
        createUpload();
    else if (m_entry.isSegmented())
        putNextSegment();
    else
        postSmallFile();
}

bool UploadJob::fileUnchanged()
{
    const QFileInfo info(m_entry.localPath);
    if (!info.exists()) {
        fail(tr("The file is gone: it was moved or deleted before it was uploaded."));
        return false;
    }
    if (info.size() != m_entry.size || !sameTime(info.lastModified().toUTC(), m_entry.modified)) {
        fail(tr("The file changed while it was uploading (its size or date differ). Add it again to upload the new version."));
        return false;
    }
    return true;
}

void UploadJob::createUpload()
{
    if (!uploadplan::isSegmented(m_entry.size)) {
        const QJsonObject body{{QStringLiteral("response_filename"), m_entry.fileName()},
                               {QStringLiteral("response_content_type"), m_entry.contentType}};
        m_call = m_api->send(jsonRequest("POST", uploadsPath(m_entry.projectId), m_entry.companyId, body));
        connect(m_call, &ApiReply::finished, m_call, &QObject::deleteLater);
        connect(m_call, &ApiReply::finished, this, [this, reply = m_call.data()] { onCreated(reply); });
        return;
    }
    if (!m_entry.segments.isEmpty())   // hashed before a restart or an expiry: the plan stands
        return createSegmented(m_entry.segments);
    // Hashing a large file takes seconds: off the UI thread, one block in memory at a time.
    auto *watcher = new QFutureWatcher<QPair<QList<UploadSegment>, QString>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        const auto [plan, error] = watcher->result();
        if (m_stopping)
            return;
        if (plan.isEmpty())
            return fail(error);
        m_entry.segments = plan;
        save();
        step();
    });
    watcher->setFuture(QtConcurrent::run([path = m_entry.localPath, size = m_entry.size] {
        QString error;
        QList<UploadSegment> plan = uploadplan::hashSegments(path, size, &error);
        return qMakePair(plan, error);
    }));
}

void UploadJob::createSegmented(const QList<UploadSegment> &plan)
{
    QJsonArray segments;
    for (const UploadSegment &segment : plan)
        segments.append(QJsonObject{{QStringLiteral("size"), segment.size}, {QStringLiteral("sha256"), segment.sha256},
                                    {QStringLiteral("md5"), segment.md5}});
    const QJsonObject body{{QStringLiteral("response_filename"), m_entry.fileName()},
                           {QStringLiteral("response_content_type"), m_entry.contentType},
                           {QStringLiteral("segments"), segments}};
    m_call = m_api->send(jsonRequest("POST", uploadsPath(m_entry.projectId), m_entry.companyId, body));
    connect(m_call, &ApiReply::finished, m_call, &QObject::deleteLater);
    connect(m_call, &ApiReply::finished, this, [this, reply = m_call.data()] { onCreated(reply); });
}

void UploadJob::onCreated(ApiReply *reply)
{
    if (reply->error())
        return onApiError(reply->error(), tr("Procore did not start the upload"));
    const QJsonObject upload = reply->json().object();
    const QJsonArray segments = upload.value(QLatin1String("segments")).toArray();
    if (upload.value(QLatin1String("uuid")).toString().isEmpty() || segments.size() != m_entry.segments.size())
        return fail(tr("Procore's answer to the new upload was not understood."));
    m_entry.uuid = upload.value(QLatin1String("uuid")).toString();
    m_entry.postUrl = upload.value(QLatin1String("url")).toString();
    m_entry.fields = upload.value(QLatin1String("fields")).toObject();
    for (qsizetype i = 0; i < segments.size(); ++i) {
        m_entry.segments[i].url = segments.at(i).toObject().value(QLatin1String("url")).toString();
        m_entry.segments[i].headers = segments.at(i).toObject().value(QLatin1String("headers")).toObject();
    }
    save();
    step();
}

void UploadJob::postSmallFile()
{
    auto *multipart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    for (auto it = m_entry.fields.constBegin(); it != m_entry.fields.constEnd(); ++it) {
        QHttpPart part;
        part.setHeader(QNetworkRequest::ContentDispositionHeader, QStringLiteral("form-data; name=\"%1\"").arg(it.key()));
        part.setBody(it.value().toString().toUtf8());
        multipart->append(part);
    }
    auto *file = new QFile(m_entry.localPath, multipart);
    if (!file->open(QIODevice::ReadOnly)) {
        delete multipart;
        return fail(tr("The file cannot be read: %1").arg(file->errorString()));
    }
    QHttpPart filePart;   // last, as storage requires; streamed from disk
    filePart.setHeader(QNetworkRequest::ContentDispositionHeader,
                       QStringLiteral("form-data; name=\"file\"; filename=\"%1\"").arg(m_entry.fileName()));
    filePart.setHeader(QNetworkRequest::ContentTypeHeader, m_entry.contentType);
    filePart.setBodyDevice(file);
    multipart->append(filePart);
    QNetworkRequest request{QUrl(m_entry.postUrl)};
    request.setTransferTimeout(storageTimeoutMs);
    m_transfer = m_network->post(request, multipart);
    multipart->setParent(m_transfer);
    connect(m_transfer, &QNetworkReply::uploadProgress, this, [this](qint64 sent, qint64) { emit progress(id(), sent); });
    connect(m_transfer, &QNetworkReply::finished, this, [this] { onStorageReply(-1); });
}

void UploadJob::putNextSegment()
{
    const auto next = std::find_if(m_entry.segments.cbegin(), m_entry.segments.cend(),
                                   [](const UploadSegment &segment) { return segment.etag.isEmpty(); });
    if (next == m_entry.segments.cend())
        return completeSegmented();
    const int index = int(next - m_entry.segments.cbegin());
    QFile file(m_entry.localPath);
    QByteArray data;
    if (file.open(QIODevice::ReadOnly) && file.seek(next->offset))
        data = file.read(next->size);   // one segment in memory, never the whole file
    if (data.size() != next->size)
        return fail(tr("The file cannot be read: %1").arg(file.errorString()));
    QNetworkRequest request{QUrl(next->url)};
    request.setTransferTimeout(storageTimeoutMs);
    for (auto it = next->headers.constBegin(); it != next->headers.constEnd(); ++it)
        if (it.key().compare(QLatin1String("Content-Length"), Qt::CaseInsensitive) != 0)   // Qt sets it
            request.setRawHeader(it.key().toLatin1(), it.value().toString().toLatin1());
    const qint64 stored = m_entry.bytesStored();
    m_transfer = m_network->put(request, data);
    connect(m_transfer, &QNetworkReply::uploadProgress, this, [this, stored](qint64 sent, qint64) { emit progress(id(), stored + sent); });
    connect(m_transfer, &QNetworkReply::finished, this, [this, index] { onStorageReply(index); });
}

void UploadJob::onStorageReply(int segmentIndex)
{
    QNetworkReply *reply = m_transfer;
    m_transfer = nullptr;
    reply->deleteLater();
    if (m_stopping)
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() != QNetworkReply::NoError || status < 200 || status >= 300)
        return handleStorageFailure(reply, status, segmentIndex);
    m_storageAttempts = 0;
    if (segmentIndex < 0) {
        setState(UploadEntry::State::Completed);
        return attach();
    }
    const QByteArray etag = reply->rawHeader("ETag");
    if (etag.isEmpty())
        return fail(tr("The storage kept segment %1 but did not confirm it (no ETag).").arg(segmentIndex + 1));
    m_entry.segments[segmentIndex].etag = QString::fromLatin1(etag);
    save();
    emit progress(id(), m_entry.bytesStored());
    step();
}

void UploadJob::handleStorageFailure(QNetworkReply *reply, int status, int segmentIndex)
{
    if (status == 403 && m_entry.restarts < maxRestarts)
        return restartExpired();   // Procore's upload URLs last an hour: start a fresh upload
    if (status == 0 && isOffline(reply->error()))
        return pause(reply->errorString(), true);
    const bool transient = status == 0 || status >= 500;
    if (transient && ++m_storageAttempts < maxStorageAttempts) {
        QTimer::singleShot(500 * (1 << m_storageAttempts), this, &UploadJob::step);
        return;
    }
    if (status == 0)
        return pause(tr("The connection broke %1 times (%2).").arg(m_storageAttempts).arg(reply->errorString()), true);
    const QString part = segmentIndex < 0 ? tr("the file") : tr("segment %1 of %2").arg(segmentIndex + 1).arg(m_entry.segments.size());
    fail(tr("The storage refused %1: %2 (HTTP %3).").arg(part, storageMessage(reply->readAll()), QString::number(status)));
}

void UploadJob::restartExpired()
{
    m_entry.forgetUpload();
    ++m_entry.restarts;
    save();
    emit progress(id(), 0);
    step();
}

void UploadJob::completeSegmented()
{
    QJsonArray etags;
    for (const UploadSegment &segment : std::as_const(m_entry.segments))
        etags.append(QJsonObject{{QStringLiteral("etag"), segment.etag}});
    m_call = m_api->send(jsonRequest("PATCH", uploadsPath(m_entry.projectId) + QLatin1Char('/') + m_entry.uuid,
                                     m_entry.companyId, {{QStringLiteral("segments"), etags}}));
    connect(m_call, &ApiReply::finished, m_call, &QObject::deleteLater);
    connect(m_call, &ApiReply::finished, this, [this, reply = m_call.data()] {
        if (reply->error())
            return onApiError(reply->error(), tr("Procore did not finish the upload"));
        setState(UploadEntry::State::Completed);
        attach();
    });
}

void UploadJob::attach()
{
    const uploadattachers::Attacher *attacher = uploadattachers::find(m_entry.targetTool);
    if (!attacher)   // nothing to attach to: the upload itself was the goal
        return settle();
    m_call = m_api->send((*attacher)(m_entry));
    connect(m_call, &ApiReply::finished, m_call, &QObject::deleteLater);
    connect(m_call, &ApiReply::finished, this, [this, reply = m_call.data()] {
        if (reply->error())
            return onApiError(reply->error(), tr("The file reached Procore but was not attached"));
        if (const uploadattachers::Landing *landing = uploadattachers::findLanding(m_entry.targetTool))
            (*landing)(m_store->database(), m_entry, reply->json());
        emit progress(id(), m_entry.size);
        setState(UploadEntry::State::Attached);
        settle();
    });
}

void UploadJob::onApiError(const ApiError &error, const QString &what)
{
    if (error.kind == ApiError::Kind::Cancelled && m_stopping)
        return;
    // Offline, or not signed in yet (the window starts the queue while the session restores):
    // wait and try again rather than fail the file.
    if (error.kind == ApiError::Kind::Offline || error.kind == ApiError::Kind::Timeout
        || error.kind == ApiError::Kind::SignedOut)
        return pause(error.userMessage(), true);
    fail(tr("%1. %2").arg(what, error.userMessage()));
}

void UploadJob::pause(const QString &reason, bool waitingForNetwork)
{
    m_stopping = true;
    abortTransfer();
    m_entry.waitingForNetwork = waitingForNetwork;
    // A completed file only waits for its attach: it stays completed, to attach on resume.
    if (m_entry.state != UploadEntry::State::Completed)
        m_entry.state = UploadEntry::State::Paused;
    m_entry.error = reason;
    save();
    settle();
}

void UploadJob::cancel()
{
    m_stopping = true;
    abortTransfer();
    m_entry.waitingForNetwork = false;
    setState(UploadEntry::State::Cancelled);
    settle();
}

void UploadJob::fail(const QString &reason)
{
    m_stopping = true;
    abortTransfer();
    m_entry.waitingForNetwork = false;
    setState(UploadEntry::State::Failed, reason);
    settle();
}

void UploadJob::setState(UploadEntry::State state, const QString &error)
{
    m_entry.state = state;
    m_entry.error = error;
    save();
}

void UploadJob::save()
{
    m_store->update(m_entry);
    emit changed(id());
}

void UploadJob::settle()
{
    if (m_settled)
        return;
    m_settled = true;
    emit finished(id());
}

void UploadJob::abortTransfer()
{
    if (m_transfer) {
        disconnect(m_transfer, nullptr, this, nullptr);
        m_transfer->abort();
        m_transfer->deleteLater();
        m_transfer = nullptr;
    }
    if (m_call) {
        disconnect(m_call, nullptr, this, nullptr);
        m_call->abort();
        m_call = nullptr;
    }
}

} // namespace sitedesk
