#include "uploads/uploadservice.h"

#include "api/apiclient.h"
#include "uploads/uploadattachers.h"
#include "uploads/uploadjob.h"
#include "uploads/uploadstore.h"

#include <QFileInfo>
#include <QMimeDatabase>
#include <QTimer>

namespace sitedesk {

UploadService::UploadService(ApiClient *api, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent), m_api(api), m_network(network), m_networkRetry(new QTimer(this))
{
    m_networkRetry->setInterval(15000);
    connect(m_networkRetry, &QTimer::timeout, this, &UploadService::resumeWaitingForNetwork);
    connect(m_api, &ApiClient::onlineChanged, this, [this](bool online) {
        if (online)
            resumeWaitingForNetwork();
    });
}

// Jobs still running stop where they are; their entries stay "uploading" for the next start.
UploadService::~UploadService()
{
    stopJobs();
}

void UploadService::stopJobs()
{
    qDeleteAll(m_jobs);
    m_jobs.clear();
    m_speed.clear();
}

void UploadService::setCache(CacheDatabase *cache)
{
    stopJobs();
    m_store.reset(cache ? new UploadStore(*cache) : nullptr);
    if (m_store && m_started)
        m_store->recoverInterrupted();
    emit entryChanged(0);
    pump();
}

QList<qint64> UploadService::enqueue(const UploadTarget &target, const QStringList &paths, QStringList *errors)
{
    QList<qint64> ids;
    if (!m_store) {
        if (errors)
            errors->append(tr("No cache is open: sign in first."));
        return ids;
    }
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.isFile() || !info.isReadable()) {
            if (errors)
                errors->append(tr("%1: not a readable file.").arg(path));
            continue;
        }
        // A tool that takes the file inside its own request (Daily Log's multipart attachments[])
        // holds it in memory while sending: a cap keeps a dropped video from taking the window.
        if (uploadattachers::sendsFile(target.tool) && info.size() > maxInlineFileBytes) {
            if (errors)
                errors->append(tr("%1 is %2 MB: files of more than %3 MB cannot be attached here.")
                                   .arg(info.fileName()).arg(info.size() / 1000000).arg(maxInlineFileBytes / 1000000));
            continue;
        }
        const QString absolute = info.absoluteFilePath();
        if (const auto existing = m_store->unfinished(absolute, target.tool, target.itemId)) {
            ids.append(existing->id);
            if (!m_jobs.contains(existing->id) && existing->state != UploadEntry::State::Completed)
                resume(existing->id);
            continue;
        }
        UploadEntry entry;
        entry.companyId = target.companyId;
        entry.projectId = target.projectId;
        entry.targetTool = target.tool;
        entry.targetId = target.itemId;
        entry.localPath = absolute;
        entry.size = info.size();
        entry.modified = info.lastModified().toUTC();
        entry.contentType = QMimeDatabase().mimeTypeForFile(info).name();
        QString error;
        const qint64 id = m_store->add(entry, &error);
        if (id == 0 && errors)
            errors->append(tr("%1: cannot be queued: %2").arg(path, error));
        if (id != 0) {
            ids.append(id);
            emit entryChanged(id);
        }
    }
    if (!ids.isEmpty())
        emit queued(ids);
    pump();
    return ids;
}

void UploadService::start()
{
    if (!m_started) {
        m_started = true;
        if (m_store)
            m_store->recoverInterrupted();
        m_networkRetry->start();
    }
    pump();
}

void UploadService::pump()
{
    if (!m_started || !m_store)
        return;
    for (const UploadEntry &entry : m_store->entries()) {
        if (m_jobs.size() >= m_maxConcurrent)
            break;
        const bool ready = entry.state == UploadEntry::State::Queued
                           || (entry.state == UploadEntry::State::Completed && !entry.waitingForNetwork);
        if (ready && !m_jobs.contains(entry.id))
            startJob(entry);
    }
    if (m_jobs.isEmpty())
        emit idle();
}

void UploadService::startJob(const UploadEntry &entry)
{
    auto *job = new UploadJob(entry, m_api, m_network, m_store.get(), this);
    m_jobs.insert(entry.id, job);
    Speed &speed = m_speed[entry.id];
    speed.bytes = speed.lastBytes = entry.bytesStored();
    speed.bytesPerSecond = 0;
    speed.clock.start();
    connect(job, &UploadJob::changed, this, &UploadService::entryChanged);
    connect(job, &UploadJob::progress, this, &UploadService::onProgress);
    connect(job, &UploadJob::finished, this, &UploadService::onJobFinished, Qt::QueuedConnection);
    job->start();
}

void UploadService::onJobFinished(qint64 id)
{
    if (UploadJob *job = m_jobs.take(id))
        job->deleteLater();
    m_speed.remove(id);
    emit entryChanged(id);
    emit progressChanged(id);
    pump();
}

// Speed is a moving average over samples at least half a second apart, so it does not jump
// with every network packet.
void UploadService::onProgress(qint64 id, qint64 bytes)
{
    Speed &speed = m_speed[id];
    speed.bytes = bytes;
    const qint64 elapsed = speed.clock.isValid() ? speed.clock.elapsed() : 0;
    if (elapsed >= 500) {
        const double sample = double(std::max<qint64>(0, bytes - speed.lastBytes)) * 1000.0 / double(elapsed);
        speed.bytesPerSecond = speed.bytesPerSecond <= 0 ? sample : 0.7 * speed.bytesPerSecond + 0.3 * sample;
        speed.lastBytes = bytes;
        speed.clock.restart();
    }
    emit progressChanged(id);
}

UploadService::Progress UploadService::progress(qint64 id) const
{
    const auto it = m_speed.constFind(id);
    if (it != m_speed.constEnd())
        return {it->bytes, it->bytesPerSecond};
    const auto entry = m_store ? m_store->entry(id) : std::nullopt;
    return {entry ? entry->bytesStored() : 0, 0};
}

bool UploadService::isIdle() const
{
    if (!m_jobs.isEmpty())
        return false;
    if (!m_store)
        return true;
    for (const UploadEntry &entry : m_store->entries())
        if (entry.state == UploadEntry::State::Queued || (entry.state == UploadEntry::State::Completed && !entry.waitingForNetwork))
            return false;
    return true;
}

void UploadService::pause(qint64 id)
{
    if (UploadJob *job = m_jobs.value(id))
        return job->pause({}, false);
    const auto entry = m_store ? m_store->entry(id) : std::nullopt;
    if (entry && (entry->state == UploadEntry::State::Queued || entry->waitingForNetwork))
        setState(id, UploadEntry::State::Paused);
}

void UploadService::resume(qint64 id)
{
    auto entry = m_store ? m_store->entry(id) : std::nullopt;
    if (!entry || m_jobs.contains(id) || entry->isFinished())
        return;
    entry->waitingForNetwork = false;
    if (entry->state != UploadEntry::State::Completed)
        entry->state = UploadEntry::State::Queued;
    entry->error.clear();
    m_store->update(*entry);
    emit entryChanged(id);
    pump();
}

void UploadService::cancel(qint64 id)
{
    if (UploadJob *job = m_jobs.value(id))
        return job->cancel();
    const auto entry = m_store ? m_store->entry(id) : std::nullopt;
    if (entry && entry->state != UploadEntry::State::Attached)
        setState(id, UploadEntry::State::Cancelled);
}

// A failed upload starts again from what storage already holds (segments with an ETag);
// a file that changed meanwhile is taken as it is now, from scratch.
void UploadService::retry(qint64 id)
{
    auto entry = m_store ? m_store->entry(id) : std::nullopt;
    if (!entry || m_jobs.contains(id) || entry->state == UploadEntry::State::Attached)
        return;
    const QFileInfo info(entry->localPath);
    if (info.exists() && (info.size() != entry->size || info.lastModified().toUTC() != entry->modified)) {
        entry->size = info.size();
        entry->modified = info.lastModified().toUTC();
        entry->forgetUpload();
        entry->segments.clear();
    }
    entry->restarts = 0;
    m_store->update(*entry);
    resume(id);
}

int UploadService::clearFinished()
{
    const int removed = m_store ? m_store->removeFinished() : 0;
    if (removed > 0)
        emit entryChanged(0);
    return removed;
}

void UploadService::setMaxConcurrent(int count)
{
    m_maxConcurrent = std::max(1, count);
    pump();
}

void UploadService::setNetworkRetryInterval(int ms)
{
    m_networkRetry->setInterval(ms);
}

void UploadService::resumeWaitingForNetwork()
{
    if (!m_store)
        return;
    for (const UploadEntry &entry : m_store->entries())
        if (entry.waitingForNetwork && !m_jobs.contains(entry.id))
            resume(entry.id);
}

bool UploadService::setState(qint64 id, UploadEntry::State state, const QString &error)
{
    auto entry = m_store ? m_store->entry(id) : std::nullopt;
    if (!entry)
        return false;
    entry->state = state;
    entry->error = error;
    entry->waitingForNetwork = false;
    const bool ok = m_store->update(*entry);
    emit entryChanged(id);
    pump();
    return ok;
}

} // namespace sitedesk
