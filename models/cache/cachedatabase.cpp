#include "cache/cachedatabase.h"

#include "cache/cachefile.h"
#include "cache/migrations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QMutexLocker>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <atomic>

namespace sitedesk {

namespace {

const QString kDriver = QStringLiteral("QSQLITE");

// Thread ids are reused by the OS; a per-thread serial keeps a dead thread's connection name
// from being handed to a new thread (Qt refuses connections created by another thread).
quint64 threadSerial()
{
    static std::atomic<quint64> next{1};
    thread_local const quint64 serial = next++;
    return serial;
}

bool execPragma(QSqlDatabase &db, const QString &pragma, QString *error)
{
    QSqlQuery query(db);
    if (query.exec(QStringLiteral("PRAGMA ") + pragma))
        return true;
    *error = query.lastError().text();
    return false;
}

// Per connection settings; journal_mode is stored in the file and set once in open().
bool configureConnection(QSqlDatabase &db, QString *error)
{
    return execPragma(db, QStringLiteral("busy_timeout = 5000"), error)
        && execPragma(db, QStringLiteral("synchronous = NORMAL"), error)
        && execPragma(db, QStringLiteral("foreign_keys = ON"), error);
}

bool enableWal(QSqlDatabase &db, QString *error)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !query.next()) {
        *error = query.lastError().text();
        return false;
    }
    if (query.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        *error = CacheDatabase::tr("the file system does not support write-ahead logging");
        return false;
    }
    return true;
}

} // namespace

struct CacheDatabase::Private
{
    QString filePath;
    QString errorText;
    bool open = false;
    mutable QMutex mutex;                  // guards connectionNames
    mutable QSet<QString> connectionNames; // every thread's connection, removed on close
    std::shared_ptr<Uses> uses = std::make_shared<Uses>();
};

bool CacheDatabase::Uses::begin()
{
    QMutexLocker locker(&m_mutex);
    if (m_gone)
        return false;
    ++m_inFlight;
    return true;
}

void CacheDatabase::Uses::end()
{
    QMutexLocker locker(&m_mutex);
    if (--m_inFlight == 0)
        m_idle.wakeAll();
}

void CacheDatabase::Uses::waitUntilIdle(bool closeForGood)
{
    QMutexLocker locker(&m_mutex);
    m_gone = m_gone || closeForGood;
    while (m_inFlight > 0)
        m_idle.wait(&m_mutex);
}

std::shared_ptr<CacheDatabase::Uses> CacheDatabase::uses() const
{
    return d->uses;
}

CacheDatabase::CacheDatabase(QString filePath, QObject *parent)
    : QObject(parent)
    , d(new Private)
{
    d->filePath = QFileInfo(filePath).absoluteFilePath();
}

CacheDatabase::~CacheDatabase()
{
    d->uses->waitUntilIdle(true);
    closeAll();
    delete d;
}

CacheDatabase::OpenStatus CacheDatabase::open()
{
    return openAtVersion(latestSchemaVersion());
}

CacheDatabase::OpenStatus CacheDatabase::openAtVersion(int version)
{
    closeAll();
    d->errorText.clear();
    const QFileInfo info(d->filePath);
    if (!QDir().mkpath(info.absolutePath()))
        return fail(tr("the folder %1 cannot be created").arg(QDir::toNativeSeparators(info.absolutePath())));

    bool existed = info.exists() && info.size() > 0;
    bool rebuilt = false;
    if (existed) {
        // Every page is checked only when the last session did not close the cache (a crash,
        // a kill, a power cut): after a clean close that read of the whole file would cost
        // every start seconds on a big cache and a cold disk.
        const bool uncleanEnd = QFile::exists(inUseMarker());
        const CacheFile::Probe probe = CacheFile::probe(d->filePath, latestSchemaVersion(), uncleanEnd);
        switch (probe.state) {
        case CacheFile::State::Healthy:
            break;
        case CacheFile::State::TooNew:
            d->errorText = tr("The offline cache %1 was written by a newer version of Sitedesk "
                              "(schema %2; this version knows up to %3). It was left untouched: "
                              "update Sitedesk to use it.")
                               .arg(QDir::toNativeSeparators(d->filePath))
                               .arg(probe.version)
                               .arg(latestSchemaVersion());
            return OpenStatus::TooNew;
        case CacheFile::State::Unreadable:
            return fail(probe.detail);
        case CacheFile::State::Corrupt: {
            QString movedTo;
            QString moveError;
            if (!CacheFile::moveAside(d->filePath, &movedTo, &moveError))
                return fail(moveError);
            d->errorText = tr("The offline cache %1 was damaged (%2). It was moved to %3 and a "
                              "new, empty cache was created; sync again to fill it.")
                               .arg(QDir::toNativeSeparators(d->filePath), probe.detail,
                                    QDir::toNativeSeparators(movedTo));
            existed = false;
            rebuilt = true;
            break;
        }
        }
    }

    QString error;
    if (!initialize(version, &error))
        return fail(error);
    d->open = true;
    QFile marker(inUseMarker());
    if (marker.open(QIODevice::WriteOnly))
        marker.write(QByteArray::number(QCoreApplication::applicationPid()));
    if (rebuilt)
        return OpenStatus::RebuiltCorrupt;
    return existed ? OpenStatus::Opened : OpenStatus::Created;
}

bool CacheDatabase::initialize(int version, QString *error)
{
    d->open = true; // connection() hands out connections only while open
    QSqlDatabase db = connection();
    d->open = false;
    if (!db.isOpen()) {
        *error = db.lastError().text();
        return false;
    }
    return enableWal(db, error) && migrations::migrate(db, version, error);
}

CacheDatabase::OpenStatus CacheDatabase::fail(const QString &reason)
{
    closeAll();
    d->errorText = tr("Sitedesk cannot use its offline cache at %1: %2. Check that the folder "
                      "exists and is writable and that the disk has free space.")
                       .arg(QDir::toNativeSeparators(d->filePath), reason);
    return OpenStatus::Failed;
}

bool CacheDatabase::isOpen() const
{
    return d->open;
}

QString CacheDatabase::filePath() const
{
    return d->filePath;
}

QString CacheDatabase::errorText() const
{
    return d->errorText;
}

QString CacheDatabase::connectionName() const
{
    return QStringLiteral("sitedesk-cache-%1-%2-%3")
        .arg(reinterpret_cast<quintptr>(this), 0, 16)
        .arg(reinterpret_cast<quintptr>(QThread::currentThreadId()), 0, 16)
        .arg(threadSerial());
}

QSqlDatabase CacheDatabase::connection() const
{
    const QString name = connectionName();
    QMutexLocker locker(&d->mutex);
    if (d->connectionNames.contains(name))
        return QSqlDatabase::database(name, false);
    if (!d->open)
        return {};
    QSqlDatabase db = QSqlDatabase::addDatabase(kDriver, name);
    d->connectionNames.insert(name);
    db.setDatabaseName(d->filePath);
    QString error;
    if (!db.open() || !configureConnection(db, &error))
        db.close(); // callers see !isOpen() and lastError(); the name stays tracked for cleanup
    return db;
}

void CacheDatabase::releaseThreadConnection()
{
    const QString name = connectionName();
    QMutexLocker locker(&d->mutex);
    if (d->connectionNames.remove(name))
        QSqlDatabase::removeDatabase(name);
}

void CacheDatabase::closeAll()
{
    d->uses->waitUntilIdle(false);   // no connection is removed under a job's query
    QMutexLocker locker(&d->mutex);
    for (const QString &name : std::as_const(d->connectionNames))
        QSqlDatabase::removeDatabase(name);
    d->connectionNames.clear();
    if (d->open)
        QFile::remove(inUseMarker());   // a clean close: the next open needs no full check
    d->open = false;
}

QString CacheDatabase::inUseMarker() const
{
    return d->filePath + QLatin1String(".in-use");
}

int CacheDatabase::schemaVersion() const
{
    if (!d->open)
        return 0;
    return migrations::readVersion(connection());
}

int CacheDatabase::latestSchemaVersion()
{
    return migrations::latestVersion();
}

qint64 CacheDatabase::sizeOnDisk() const
{
    return QFileInfo(d->filePath).size() + QFileInfo(d->filePath + QLatin1String("-wal")).size();
}

void CacheDatabase::notifyChanged(const QStringList &tables)
{
    // Always queued, even on this thread: a writer's call stack never re-enters model resets.
    QMetaObject::invokeMethod(this, [this, tables] { emit changed(tables); }, Qt::QueuedConnection);
}

} // namespace sitedesk
