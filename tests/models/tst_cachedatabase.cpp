#include "cache/backgroundjob.h"
#include "cache/cachedatabase.h"
#include "cache/migrations.h"
#include "cache/transaction.h"
#include "companies/companystore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSemaphore>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QThreadPool>
#include <QUuid>

using namespace sitedesk;

namespace {

QVariant scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// Runs `work` on a plain connection of its own, outside CacheDatabase (to set up odd files).
template<typename Work>
void withRawConnection(const QString &path, Work work)
{
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        work(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

void fillCompanies(CacheDatabase &cache, int count)
{
    QList<Company> companies;
    for (int i = 1; i <= count; ++i)
        companies.append({i, QStringLiteral("Company %1 with a reasonably long name").arg(i), true,
                          QJsonObject{{QStringLiteral("id"), i}}});
    QString error;
    QVERIFY2(CompanyStore(cache).replaceAll(companies, &error), qPrintable(error));
}

// The moved-aside database files, without their -wal/-shm companions.
QStringList corruptCopies(const QTemporaryDir &dir)
{
    QStringList files = QDir(dir.path()).entryList({QStringLiteral("cache.db.corrupt-*")}, QDir::Files);
    files.removeIf([](const QString &name) {
        return name.endsWith(QLatin1String("-wal")) || name.endsWith(QLatin1String("-shm"))
            || name.endsWith(QLatin1String("-journal"));
    });
    return files;
}

// A three-step schema used to test the runner itself, independent of the real steps.
QList<Migration> fakeSteps(bool secondFails)
{
    return {
        {1, QStringLiteral("one"), {QStringLiteral("CREATE TABLE a (x INTEGER)")}, {}},
        {2, QStringLiteral("two"),
         {QStringLiteral("CREATE TABLE b (x INTEGER)"),
          secondFails ? QStringLiteral("INSERT INTO no_such_table VALUES (1)")
                      : QStringLiteral("INSERT INTO b VALUES (2)")},
         {}},
        {3, QStringLiteral("three"), {QStringLiteral("CREATE TABLE c (x INTEGER)")},
         [](QSqlDatabase &db, QString *) {
             return QSqlQuery(db).exec(QStringLiteral("INSERT INTO c VALUES (3)"));
         }},
    };
}

} // namespace

class TestCacheDatabase final : public QObject
{
    Q_OBJECT

private:
    QString pathIn(const QTemporaryDir &dir) const { return dir.filePath(QStringLiteral("cache.db")); }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void openCreatesFreshCacheWithPragmas()
    {
        QTemporaryDir dir;
        CacheDatabase cache(dir.filePath(QStringLiteral("sub/folder/cache.db")));
        QCOMPARE(cache.open(), CacheDatabase::OpenStatus::Created);
        QVERIFY(cache.isOpen());
        QVERIFY(cache.errorText().isEmpty());
        QCOMPARE(cache.schemaVersion(), CacheDatabase::latestSchemaVersion());
        const QSqlDatabase db = cache.connection();
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA synchronous")).toInt(), 1); // NORMAL
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        QVERIFY(scalar(db, QStringLiteral("PRAGMA busy_timeout")).toInt() >= 1000);
        for (const char *table : {"companies", "projects", "sync_state"}) {
            QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = '%1'")
                                    .arg(QLatin1String(table))).toInt(), 1);
        }
        QVERIFY(cache.sizeOnDisk() > 0);
    }

    void reopenReportsOpenedAndKeepsData()
    {
        QTemporaryDir dir;
        {
            CacheDatabase cache(pathIn(dir));
            QCOMPARE(cache.open(), CacheDatabase::OpenStatus::Created);
            fillCompanies(cache, 3);
        }
        CacheDatabase cache(pathIn(dir));
        QCOMPARE(cache.open(), CacheDatabase::OpenStatus::Opened);
        QCOMPARE(CompanyStore(cache).all().size(), 3);
    }

    void openRebuildsCorruptFile()
    {
        QTemporaryDir dir;
        QFile file(pathIn(dir));
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray garbage(64 * 1024, '\0');
        for (qsizetype i = 0; i < garbage.size(); ++i)
            garbage[i] = char((i * 7919) % 251);
        file.write(garbage);
        file.close();
        QFile(pathIn(dir) + QStringLiteral("-wal")).open(QIODevice::WriteOnly); // stale companion

        CacheDatabase cache(pathIn(dir));
        QCOMPARE(cache.open(), CacheDatabase::OpenStatus::RebuiltCorrupt);
        QVERIFY(cache.isOpen());
        const QStringList moved = corruptCopies(dir);
        QCOMPARE(moved.size(), 1);
        QVERIFY2(cache.errorText().contains(moved.first()), qPrintable(cache.errorText()));
        QCOMPARE(fileHash(dir.filePath(moved.first())),
                 QCryptographicHash::hash(garbage, QCryptographicHash::Sha256)); // kept as is
        QCOMPARE(cache.schemaVersion(), CacheDatabase::latestSchemaVersion());
        fillCompanies(cache, 2); // the fresh cache works
    }

    void openRebuildsTruncatedFile()
    {
        QTemporaryDir dir;
        {
            CacheDatabase cache(pathIn(dir));
            QCOMPARE(cache.open(), CacheDatabase::OpenStatus::Created);
            fillCompanies(cache, 5000);
        }
        QFile file(pathIn(dir));
        QVERIFY(file.size() > 64 * 1024);
        QVERIFY(file.resize(file.size() / 2));

        CacheDatabase cache(pathIn(dir));
        QCOMPARE(cache.open(), CacheDatabase::OpenStatus::RebuiltCorrupt);
        QCOMPARE(corruptCopies(dir).size(), 1);
        QVERIFY(CompanyStore(cache).all().isEmpty());
    }

    void openRebuildsFileFailingQuickCheck()
    {
        QTemporaryDir dir;
        int rootPage = 0;
        {
            CacheDatabase cache(pathIn(dir));
            QCOMPARE(cache.open(), CacheDatabase::OpenStatus::Created);
            fillCompanies(cache, 5000);
            rootPage = scalar(cache.connection(), QStringLiteral(
                "SELECT rootpage FROM sqlite_master WHERE name = 'companies_by_name'")).toInt();
        }
        QVERIFY(rootPage > 1);
        // Scribble over the index's root page: header and user_version stay readable, so only
        // PRAGMA quick_check can tell. It runs after a session that ended without closing the
        // cache (a crash, a kill: the in-use marker is still there), where damage is likeliest.
        QFile(pathIn(dir) + QStringLiteral(".in-use")).open(QIODevice::WriteOnly);
        QFile file(pathIn(dir));
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(qint64(rootPage - 1) * 4096));
        file.write(QByteArray(4096, char(0x5a)));
        file.close();

        CacheDatabase cache(pathIn(dir));
        QCOMPARE(cache.open(), CacheDatabase::OpenStatus::RebuiltCorrupt);
        QCOMPARE(corruptCopies(dir).size(), 1);
    }

    void inUseMarkerLivesWhileTheCacheIsOpen()
    {
        QTemporaryDir dir;
        const QString marker = pathIn(dir) + QStringLiteral(".in-use");
        {
            CacheDatabase cache(pathIn(dir));
            QCOMPARE(cache.open(), CacheDatabase::OpenStatus::Created);
            QVERIFY(QFile::exists(marker));
        }
        QVERIFY(!QFile::exists(marker));   // closed cleanly: the next start skips the full check
    }

    void refusesNewerSchema()
    {
        QTemporaryDir dir;
        {
            CacheDatabase cache(pathIn(dir));
            QCOMPARE(cache.open(), CacheDatabase::OpenStatus::Created);
            fillCompanies(cache, 3);
        }
        const int newer = CacheDatabase::latestSchemaVersion() + 1;
        withRawConnection(pathIn(dir), [newer](QSqlDatabase &db) {
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = %1").arg(newer)));
        });
        const QByteArray before = fileHash(pathIn(dir));

        CacheDatabase cache(pathIn(dir));
        QCOMPARE(cache.open(), CacheDatabase::OpenStatus::TooNew);
        QVERIFY(!cache.isOpen());
        QVERIFY(!cache.connection().isValid());
        QVERIFY(cache.errorText().contains(QString::number(newer)));
        QCOMPARE(fileHash(pathIn(dir)), before);
        QVERIFY(corruptCopies(dir).isEmpty());
    }

    void openFailsWhenLocationIsUnwritable()
    {
        QTemporaryDir dir;
        // A file where the folder should be: fails even for root, unlike chmod.
        QFile blocker(dir.filePath(QStringLiteral("blocker")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        CacheDatabase cache(dir.filePath(QStringLiteral("blocker/cache.db")));
        QCOMPARE(cache.open(), CacheDatabase::OpenStatus::Failed);
        QVERIFY(!cache.isOpen());
        QVERIFY(cache.errorText().contains(QStringLiteral("blocker")));
        QVERIFY(cache.errorText().endsWith(QLatin1Char('.')));
    }

    void openFailsWhenPathIsAFolderAndLeavesItAlone()
    {
        // A directory as the database: cannot be opened at all, and is not ours to move.
        QTemporaryDir other;
        CacheDatabase cache(other.path());
        QCOMPARE(cache.open(), CacheDatabase::OpenStatus::Failed);
        QVERIFY(!cache.errorText().isEmpty());
        QVERIFY(QFileInfo(other.path()).isDir());
    }

    void migratesFromEveryOlderVersion()
    {
        for (int version = 0; version < CacheDatabase::latestSchemaVersion(); ++version) {
            QTemporaryDir dir;
            {
                CacheDatabase cache(pathIn(dir));
                cache.openAtVersion(version);
                QVERIFY(cache.isOpen());
                QCOMPARE(cache.schemaVersion(), version);
                QSqlQuery query(cache.connection());
                QVERIFY(query.exec(QStringLiteral("CREATE TABLE test_marker (v INTEGER)")));
                QVERIFY(query.exec(QStringLiteral("INSERT INTO test_marker VALUES (%1)").arg(version)));
                if (version >= 1) {
                    QVERIFY(query.exec(QStringLiteral(
                        "INSERT INTO companies (id, name, raw) VALUES (562949953421312, 'Old', '{}')")));
                }
            }
            CacheDatabase cache(pathIn(dir));
            QCOMPARE(cache.open(), CacheDatabase::OpenStatus::Opened);
            QCOMPARE(cache.schemaVersion(), CacheDatabase::latestSchemaVersion());
            QCOMPARE(scalar(cache.connection(), QStringLiteral("SELECT v FROM test_marker")).toInt(), version);
            if (version >= 1)
                QCOMPARE(CompanyStore(cache).find(Q_INT64_C(562949953421312))->name, QStringLiteral("Old"));
            fillCompanies(cache, 2); // the migrated schema works for the stores
        }
    }

    void migrationRunnerAppliesStepsInOrderUpToTarget()
    {
        QTemporaryDir dir;
        withRawConnection(pathIn(dir), [](QSqlDatabase &db) {
            QString error;
            QVERIFY(migrations::migrate(db, 2, &error, fakeSteps(false)));
            QCOMPARE(migrations::readVersion(db), 2);
            QCOMPARE(scalar(db, QStringLiteral("SELECT x FROM b")).toInt(), 2);
            QVERIFY(!QSqlQuery(db).exec(QStringLiteral("SELECT x FROM c")));
            QVERIFY2(migrations::migrate(db, 3, &error, fakeSteps(false)), qPrintable(error));
            QCOMPARE(migrations::readVersion(db), 3);
            QCOMPARE(scalar(db, QStringLiteral("SELECT x FROM c")).toInt(), 3);
        });
    }

    void failedMigrationStepRollsBackAndKeepsEarlierSteps()
    {
        QTemporaryDir dir;
        withRawConnection(pathIn(dir), [](QSqlDatabase &db) {
            QString error;
            QVERIFY(!migrations::migrate(db, 3, &error, fakeSteps(true)));
            QVERIFY(error.contains(QStringLiteral("two")));
            QCOMPARE(migrations::readVersion(db), 1);
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("SELECT x FROM a")));
            QVERIFY(!QSqlQuery(db).exec(QStringLiteral("SELECT x FROM b"))); // rolled back
            QVERIFY(!Transaction::isOpen(db));
        });
    }

    void realMigrationsAreNumberedWithoutGaps()
    {
        const QList<Migration> &steps = migrations::all();
        QVERIFY(!steps.isEmpty());
        for (int i = 0; i < steps.size(); ++i)
            QCOMPARE(steps.at(i).version, i + 1);
        QCOMPARE(migrations::latestVersion(), steps.constLast().version);
    }

    void transactionRollsBackUnlessCommitted()
    {
        QTemporaryDir dir;
        CacheDatabase cache(pathIn(dir));
        cache.open();
        QSqlDatabase db = cache.connection();
        {
            Transaction transaction(db);
            QVERIFY(transaction.isActive());
            QVERIFY(Transaction::isOpen(db));
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("INSERT INTO companies (id) VALUES (1)")));
        }
        QVERIFY(!Transaction::isOpen(db));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM companies")).toInt(), 0);
        {
            Transaction transaction(db);
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("INSERT INTO companies (id) VALUES (2)")));
            QVERIFY(transaction.commit());
        }
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM companies")).toInt(), 1);
    }

    void nestedTransactionIsSavepointOfTheOuterOne()
    {
        QTemporaryDir dir;
        CacheDatabase cache(pathIn(dir));
        cache.open();
        QSqlDatabase db = cache.connection();
        {
            Transaction outer(db);
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("INSERT INTO companies (id) VALUES (1)")));
            {
                Transaction inner(db);
                QVERIFY(inner.isNested());
                QVERIFY(QSqlQuery(db).exec(QStringLiteral("INSERT INTO companies (id) VALUES (2)")));
            } // inner rolled back only
            {
                Transaction inner(db);
                QVERIFY(QSqlQuery(db).exec(QStringLiteral("INSERT INTO companies (id) VALUES (3)")));
                QVERIFY(inner.commit());
            }
            QCOMPARE(scalar(db, QStringLiteral("SELECT group_concat(id) FROM companies")).toString(),
                     QStringLiteral("1,3"));
        } // outer rolled back: everything goes
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM companies")).toInt(), 0);
    }

    void eachThreadGetsItsOwnConnectionRemovedOnDestruction()
    {
        QTemporaryDir dir;
        auto cache = std::make_unique<CacheDatabase>(pathIn(dir));
        cache->open();
        fillCompanies(*cache, 4);
        const QString mine = cache->connection().connectionName();
        QString theirs;
        int theirCount = 0;
        QThread *worker = QThread::create([&] {
            const QSqlDatabase db = cache->connection();
            theirs = db.connectionName();
            theirCount = scalar(db, QStringLiteral("SELECT count(*) FROM companies")).toInt();
        });
        worker->start();
        QVERIFY(worker->wait(10000));
        delete worker;
        QCOMPARE(theirCount, 4);
        QVERIFY(!theirs.isEmpty());
        QVERIFY(theirs != mine);
        QVERIFY(QSqlDatabase::connectionNames().contains(mine));
        QVERIFY(QSqlDatabase::connectionNames().contains(theirs));
        cache.reset();
        QVERIFY(!QSqlDatabase::connectionNames().contains(mine));
        QVERIFY(!QSqlDatabase::connectionNames().contains(theirs));
    }

    void releaseThreadConnectionClosesOnlyTheCallersConnection()
    {
        QTemporaryDir dir;
        CacheDatabase cache(pathIn(dir));
        cache.open();
        const QString mine = cache.connection().connectionName();
        QString theirs;
        QThread *worker = QThread::create([&] {
            theirs = cache.connection().connectionName();
            cache.releaseThreadConnection();
        });
        worker->start();
        QVERIFY(worker->wait(10000));
        delete worker;
        QVERIFY(!QSqlDatabase::connectionNames().contains(theirs));
        QVERIFY(QSqlDatabase::connectionNames().contains(mine));
    }

    void notifyChangedFromWorkerArrivesOnOwnerThread()
    {
        QTemporaryDir dir;
        CacheDatabase cache(pathIn(dir));
        cache.open();
        QThread *receivedOn = nullptr;
        QStringList received;
        connect(&cache, &CacheDatabase::changed, this, [&](const QStringList &tables) {
            receivedOn = QThread::currentThread();
            received = tables;
        });
        QThread *worker = QThread::create([&] { cache.notifyChanged({QStringLiteral("projects")}); });
        worker->start();
        QVERIFY(worker->wait(10000));
        delete worker;
        QTRY_COMPARE(received, QStringList{QStringLiteral("projects")});
        QCOMPARE(receivedOn, QThread::currentThread());
    }

    // A window closing (or switching project) destroys the cache while a log may be loading on a
    // pool thread: the destructor waits for that read instead of removing its connection under it.
    void destroyingTheCacheWaitsForAReadInFlight()
    {
        QTemporaryDir dir;
        auto cache = std::make_unique<CacheDatabase>(pathIn(dir));
        cache->open();
        fillCompanies(*cache, 4);
        QSemaphore started;
        QAtomicInt counted = -1;
        QObject receiver;
        runInBackground(cache.get(), &receiver, [&](CacheDatabase &database) {
            started.release();
            QThread::msleep(300);
            const int count = scalar(database.connection(), QStringLiteral("SELECT count(*) FROM companies")).toInt();
            counted.storeRelease(count);
            return count;
        }, [](QObject *, int) {});
        QVERIFY(started.tryAcquire(1, 10000));
        cache.reset();
        QCOMPARE(counted.loadAcquire(), 4);
        QThreadPool::globalInstance()->waitForDone();
    }

    // … and a read that had not started yet is dropped, never run against the destroyed cache.
    void aReadQueuedForADestroyedCacheIsDropped()
    {
        QTemporaryDir dir;
        auto cache = std::make_unique<CacheDatabase>(pathIn(dir));
        cache->open();
        QThreadPool *pool = QThreadPool::globalInstance();
        QSemaphore blocked;
        for (int i = 0; i < pool->maxThreadCount(); ++i)
            pool->start([&blocked] { blocked.acquire(); });
        QAtomicInt ran = 0;
        QObject receiver;
        runInBackground(cache.get(), &receiver, [&ran](CacheDatabase &) { ran.storeRelease(1); return 0; }, [](QObject *, int) {});
        cache.reset();
        blocked.release(pool->maxThreadCount());
        pool->waitForDone();
        QCOMPARE(ran.loadAcquire(), 0);
    }

    void notifyChangedIsQueuedEvenOnOwnerThread()
    {
        QTemporaryDir dir;
        CacheDatabase cache(pathIn(dir));
        cache.open();
        QSignalSpy spy(&cache, &CacheDatabase::changed);
        cache.notifyChanged({QStringLiteral("companies")});
        QCOMPARE(spy.count(), 0);
        QVERIFY(spy.wait(5000));
    }
};

QTEST_GUILESS_MAIN(TestCacheDatabase)
#include "tst_cachedatabase.moc"
