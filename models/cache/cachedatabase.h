#pragma once

#include <QMutex>
#include <QObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QWaitCondition>

#include <memory>

namespace sitedesk {

// The local SQLite cache of one signed-in user: one file, WAL mode, schema versioned with
// forward migrations (see migrations.h). Each thread that touches the cache gets its own
// named connection through connection(). Writers call notifyChanged() after a commit so
// item models on the UI thread can reload.
class CacheDatabase final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CacheDatabase)

public:
    enum class OpenStatus {
        Opened,          // existing file opened (and migrated forward if needed)
        Created,         // a new, empty cache
        RebuiltCorrupt,  // the file was unreadable; it was moved aside and a new cache made
        TooNew,          // written by a newer Sitedesk; left untouched, not opened
        Failed           // could not open or create (permissions, full disk …); see errorText()
    };

    explicit CacheDatabase(QString filePath, QObject *parent = nullptr);
    ~CacheDatabase() override;

    OpenStatus open();
    // Like open(), but migrates only up to `version` (≤ latest). For tests that build caches
    // as older releases left them.
    OpenStatus openAtVersion(int version);
    bool isOpen() const;
    QString filePath() const;
    // A sentence for the user about the last open() (why it failed, where a corrupt file went).
    QString errorText() const;

    // The connection for the calling thread (created on first use, closed with the database).
    QSqlDatabase connection() const;
    // Closes the calling thread's connection now (a worker thread about to end calls this;
    // otherwise its connection is released when the CacheDatabase is destroyed).
    void releaseThreadConnection();

    int schemaVersion() const;
    static int latestSchemaVersion();

    // Size of the database file and its WAL on disk, in bytes.
    qint64 sizeOnDisk() const;

    // Thread-safe: emits changed(tables) on this object's thread.
    void notifyChanged(const QStringList &tables);

    // How a job on another thread keeps the cache from being closed or destroyed under it:
    // begin() before touching the cache (false once it is being destroyed: do nothing), end()
    // after releasing the thread's connection. Closing, reopening and destroying the cache wait
    // for the uses in flight. Shared, so a job may hold it after the cache is gone.
    class Uses;
    std::shared_ptr<Uses> uses() const;

signals:
    void changed(const QStringList &tables);

private:
    bool initialize(int version, QString *error);
    OpenStatus fail(const QString &reason);
    QString connectionName() const;
    void closeAll();
    // Exists while the cache is open: found at open, the last session ended without closing it.
    QString inUseMarker() const;

    struct Private;
    Private *d;
};

class CacheDatabase::Uses
{
public:
    bool begin();
    void end();

private:
    friend class CacheDatabase;
    void waitUntilIdle(bool closeForGood);

    QMutex m_mutex;
    QWaitCondition m_idle;
    int m_inFlight = 0;
    bool m_gone = false;
};

} // namespace sitedesk
