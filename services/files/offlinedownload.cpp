#include "files/offlinedownload.h"

#include "files/filefetch.h"
#include "files/filestore.h"

#include <QFileInfo>

namespace sitedesk {

OfflineDownload::Estimate OfflineDownload::estimate(const FileStore &store, const QList<OfflineItem> &items)
{
    Estimate estimate;
    estimate.files = int(items.size());
    QStringList keys;
    keys.reserve(items.size());
    for (const OfflineItem &item : items)
        keys << item.key;
    const QSet<QString> here = store.cachedKeys(keys);
    for (const OfflineItem &item : items) {
        if (here.contains(item.key))
            ++estimate.alreadyHere;
        else if (item.size > 0)
            estimate.bytes += item.size;
        else
            ++estimate.unknownSizes;
    }
    return estimate;
}

OfflineDownload::OfflineDownload(FileStore *store, QList<OfflineItem> items, QObject *parent)
    : QObject(parent),
      m_store(store),
      m_items(std::move(items))
{
}

OfflineDownload::~OfflineDownload()
{
    // Downloads on their way go on into the cache; they only stop reporting here.
    for (const QPointer<FileFetch> &fetch : std::as_const(m_running))
        if (fetch)
            fetch->disconnect(this);
}

void OfflineDownload::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void OfflineDownload::start()
{
    if (m_state != State::Ready)
        return;
    setState(State::Running);
    pump();
}

void OfflineDownload::pause()
{
    if (m_state == State::Running)
        setState(State::Paused);
}

void OfflineDownload::resume()
{
    if (m_state != State::Paused)
        return;
    setState(State::Running);
    pump();
}

void OfflineDownload::cancel()
{
    if (m_state == State::Finished || m_state == State::Cancelled)
        return;
    setState(State::Cancelled);
    const QList<QPointer<FileFetch>> running = std::exchange(m_running, {});
    for (const QPointer<FileFetch> &fetch : running) {
        if (!fetch)
            continue;
        fetch->disconnect(this);
        fetch->cancel();   // deletes its partial file
    }
    m_inFlightBytes.clear();
    if (m_store)
        for (const QString &key : std::as_const(m_pinnedHere))
            m_store->setPinned(key, false);
    m_pinnedHere.clear();
}

qint64 OfflineDownload::bytesReceived() const
{
    qint64 total = m_bytesDone;
    for (qint64 bytes : m_inFlightBytes)
        total += bytes;
    return total;
}

void OfflineDownload::keep(const QString &key)
{
    if (!m_store || m_store->isPinned(key))
        return;
    if (m_store->setPinned(key, true))
        m_pinnedHere.insert(key);
}

void OfflineDownload::pump()
{
    if (!m_store)
        return;
    while (m_state == State::Running && m_running.size() < m_maxRunning && m_next < m_items.size()) {
        const OfflineItem item = m_items.at(m_next++);
        FileFetch *fetch = m_store->fetch(item.key, item.url);
        m_running.append(fetch);
        connect(fetch, &FileFetch::progress, this, [this, fetch](qint64 received, qint64) {
            m_inFlightBytes.insert(fetch, received);
            emit progress(m_done, filesTotal(), bytesReceived());
        });
        connect(fetch, &FileFetch::finished, this, [this, fetch, item](const QString &path, const ApiError &error) {
            m_running.removeAll(fetch);
            m_inFlightBytes.remove(fetch);
            onFetched(item, path, error);
        });
    }
    if (m_state == State::Running && m_running.isEmpty() && m_next >= m_items.size()) {
        setState(State::Finished);
        emit finished(int(m_failures.size()));
    }
}

void OfflineDownload::onFetched(const OfflineItem &item, const QString &path, const ApiError &error)
{
    ++m_done;
    if (error) {
        m_failures << tr("%1: %2").arg(item.label.isEmpty() ? item.key : item.label, error.userMessage());
    } else {
        keep(item.key);
        m_bytesDone += QFileInfo(path).size();
    }
    emit progress(m_done, filesTotal(), bytesReceived());
    pump();
}

} // namespace sitedesk
