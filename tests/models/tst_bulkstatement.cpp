// BulkStatement: the sync's bulk writes bind through SQLite's own API where Qt's driver uses the
// same SQLite; these tests check that both bindings store exactly what QtSql stores, on the same
// connection and transaction, and report SQLite's own words when a write fails.
#include "cache/bulkstatement.h"
#include "cache/transaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace sitedesk;

class TestBulkStatement : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void bothBindingsStoreWhatQtSqlStores();
    void fastPathIsInUseWhereQtSharesSqlite();
    void writesJoinTheConnectionsTransaction();
    void failuresCarrySqlitesMessage();

private:
    QList<QStringList> rows();

    QTemporaryDir m_dir;
    QString m_name;
    QSqlDatabase m_db;
};

namespace {

// Every kind of value a store binds, with the shapes real Procore data has: 15-digit ids,
// non-ASCII text, a null next to an empty string, JSON bytes cast to text.
QVariantList sampleValues(qint64 id)
{
    return {id,
            QStringLiteral("Zürich Hauptbahnhof — 東京 ✓"),
            QString(),
            QStringLiteral(""),
            7.25,
            true,
            int(42),
            QByteArray(R"({"id":562949953421312,"name":"Ünïcode"})"),
            QByteArray()};
}

const QString insertSql = QStringLiteral("INSERT INTO t (id, text, null_text, empty_text, real_value, flag, small, raw, null_raw)"
                                         " VALUES (?, ?, ?, ?, ?, ?, ?, CAST(? AS TEXT), ?)");

} // namespace

void TestBulkStatement::init()
{
    QVERIFY(m_dir.isValid());
    m_name = QUuid::createUuid().toString();
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    m_db.setDatabaseName(m_dir.filePath(m_name + QStringLiteral(".sqlite")));
    QVERIFY(m_db.open());
    QSqlQuery create(m_db);
    QVERIFY2(create.exec(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, text TEXT, null_text TEXT, empty_text TEXT NOT NULL,"
                                        " real_value REAL, flag INTEGER, small INTEGER, raw TEXT, null_raw BLOB)")),
             qPrintable(create.lastError().text()));
}

void TestBulkStatement::cleanup()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

QList<QStringList> TestBulkStatement::rows()
{
    QList<QStringList> result;
    QSqlQuery query(m_db);
    query.exec(QStringLiteral("SELECT typeof(text), text, typeof(null_text), typeof(empty_text), empty_text, typeof(real_value), real_value,"
                              " typeof(flag), flag, typeof(small), small, typeof(raw), json_extract(raw, '$.name'),"
                              " json_extract(raw, '$.id'), typeof(null_raw), id FROM t ORDER BY id"));
    while (query.next()) {
        QStringList row;
        for (int i = 0; i < 16; ++i)
            row.append(query.value(i).toString());
        result.append(row);
    }
    return result;
}

void TestBulkStatement::bothBindingsStoreWhatQtSqlStores()
{
    BulkStatement fast(m_db, insertSql);
    BulkStatement portable(m_db, insertSql, BulkStatement::Binding::QtSql);
    QVERIFY2(fast.isPrepared(), qPrintable(fast.errorText()));
    QVERIFY2(portable.isPrepared(), qPrintable(portable.errorText()));
    QVERIFY(!portable.bindsDirectly());
    QVERIFY2(fast.exec(sampleValues(123456789012345)), qPrintable(fast.errorText()));
    QVERIFY2(portable.exec(sampleValues(123456789012346)), qPrintable(portable.errorText()));

    const QList<QStringList> stored = rows();
    QCOMPARE(stored.size(), 2);
    const QStringList expected{QStringLiteral("text"), QStringLiteral("Zürich Hauptbahnhof — 東京 ✓"), QStringLiteral("null"),
                               QStringLiteral("text"), QString(""), QStringLiteral("real"), QStringLiteral("7.25"),
                               QStringLiteral("integer"), QStringLiteral("1"), QStringLiteral("integer"), QStringLiteral("42"),
                               QStringLiteral("text"), QStringLiteral("Ünïcode"), QStringLiteral("562949953421312"), QStringLiteral("null")};
    QCOMPARE(stored.at(0).mid(0, 15), expected);
    QCOMPARE(stored.at(1).mid(0, 15), expected);
    QCOMPARE(stored.at(0).at(15), QStringLiteral("123456789012345"));
}

void TestBulkStatement::fastPathIsInUseWhereQtSharesSqlite()
{
    BulkStatement statement(m_db, insertSql);
#ifdef SITEDESK_SQLITE_DIRECT
    // The build found that Qt's plugin links this SQLite: the run-time check must agree.
    QVERIFY(statement.bindsDirectly());
#else
    QVERIFY(!statement.bindsDirectly());
#endif
}

void TestBulkStatement::writesJoinTheConnectionsTransaction()
{
    {
        Transaction transaction(m_db);
        QVERIFY(transaction.isActive());
        BulkStatement statement(m_db, insertSql);
        for (qint64 id = 1; id <= 3; ++id)
            QVERIFY2(statement.exec(sampleValues(id)), qPrintable(statement.errorText()));
        QCOMPARE(rows().size(), 3);   // visible inside the transaction
    }   // rolled back
    QCOMPARE(rows().size(), 0);
    {
        Transaction transaction(m_db);
        BulkStatement statement(m_db, insertSql);
        QVERIFY(statement.exec(sampleValues(9)));
        QVERIFY(transaction.commit());
    }
    QCOMPARE(rows().size(), 1);
}

void TestBulkStatement::failuresCarrySqlitesMessage()
{
    qint64 id = 100;
    for (const auto binding : {BulkStatement::Binding::Fastest, BulkStatement::Binding::QtSql}) {
        BulkStatement broken(m_db, QStringLiteral("INSERT INTO no_such_table VALUES (?)"), binding);
        QVERIFY(!broken.isPrepared());
        QVERIFY2(broken.errorText().contains(QLatin1String("no such table")), qPrintable(broken.errorText()));
        QVERIFY(!broken.exec({1}));

        BulkStatement statement(m_db, insertSql, binding);
        QVariantList values = sampleValues(++id);
        values[3] = QString();   // NULL into the NOT NULL column
        QVERIFY(!statement.exec(values));
        QVERIFY2(statement.errorText().contains(QLatin1String("NOT NULL constraint failed")), qPrintable(statement.errorText()));
        QVERIFY2(statement.exec(sampleValues(++id)), qPrintable(statement.errorText()));   // usable after a failure
    }
    QCOMPARE(rows().size(), 2);
}

QTEST_GUILESS_MAIN(TestBulkStatement)
#include "tst_bulkstatement.moc"
