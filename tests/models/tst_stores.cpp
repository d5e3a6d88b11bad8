#include "cache/cachedatabase.h"
#include "cache/syncstatestore.h"
#include "cache/transaction.h"
#include "companies/companystore.h"
#include "projects/projectstore.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace sitedesk;

namespace {

constexpr qint64 kBigId = Q_INT64_C(562949953421312); // 15 digits, beyond 32 bits

Company company(qint64 id, const QString &name)
{
    return {id, name, true, QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("name"), name}}};
}

Project project(qint64 id, const QString &name, qint64 companyId = 1)
{
    Project p;
    p.id = id;
    p.companyId = companyId;
    p.name = name;
    p.displayName = name;
    p.projectNumber = QString::number(id);
    p.city = QStringLiteral("Bern");
    p.raw = QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("name"), name}};
    return p;
}

QStringList names(const QList<Company> &companies)
{
    QStringList result;
    for (const Company &c : companies)
        result << c.name;
    return result;
}

QList<qint64> ids(const QList<Project> &projects)
{
    QList<qint64> result;
    for (const Project &p : projects)
        result << p.id;
    return result;
}

// Makes SQLite fail the insert of one id, the way a full disk or a constraint would mid-batch.
void failInsertsOf(CacheDatabase &cache, const char *table, qint64 id)
{
    QSqlQuery query(cache.connection());
    QVERIFY(query.exec(QStringLiteral("CREATE TEMP TRIGGER fail_%1 BEFORE INSERT ON %1"
                                      " WHEN NEW.id = %2 BEGIN SELECT RAISE(ABORT, 'injected'); END")
                           .arg(QLatin1String(table)).arg(id)));
}

} // namespace

class TestStores final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CacheDatabase> m_cache;

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_cache = std::make_unique<CacheDatabase>(
            m_dir.filePath(QStringLiteral("%1.db").arg(QTest::currentTestFunction())));
        QCOMPARE(m_cache->open(), CacheDatabase::OpenStatus::Created);
    }

    void cleanup() { m_cache.reset(); }

    void replaceAllUpsertsAndRemovesMissingCompanies()
    {
        CompanyStore store(*m_cache);
        QVERIFY(store.replaceAll({company(1, QStringLiteral("Beta")), company(2, QStringLiteral("alpha")),
                                  company(3, QStringLiteral("Gamma"))}));
        QCOMPARE(names(store.all()), (QStringList{"alpha", "Beta", "Gamma"})); // by name, no case
        QVERIFY(store.replaceAll({company(2, QStringLiteral("Alpha 2")), company(4, QStringLiteral("Delta"))}));
        QCOMPARE(names(store.all()), (QStringList{"Alpha 2", "Delta"}));
        QVERIFY(!store.find(1));
        QCOMPARE(store.find(4)->name, QStringLiteral("Delta"));
    }

    void replaceAllWithEmptyListClearsCompaniesAndTheirProjects()
    {
        CompanyStore companies(*m_cache);
        ProjectStore projects(*m_cache);
        QVERIFY(companies.replaceAll({company(1, QStringLiteral("A")), company(2, QStringLiteral("B"))}));
        QVERIFY(projects.replaceForCompany(1, {project(10, QStringLiteral("P10"))}));
        QVERIFY(projects.replaceForCompany(2, {project(20, QStringLiteral("P20"))}));
        QVERIFY(companies.replaceAll({company(2, QStringLiteral("B"))}));
        QVERIFY(projects.forCompany(1).isEmpty()); // the dropped company's projects went too
        QCOMPARE(projects.forCompany(2).size(), 1);
        QVERIFY(companies.replaceAll({}));
        QVERIFY(companies.all().isEmpty());
        QVERIFY(!projects.find(20));
    }

    void replaceKeepsOldRowsWhenInsertFails()
    {
        CompanyStore store(*m_cache);
        QVERIFY(store.replaceAll({company(1, QStringLiteral("One")), company(2, QStringLiteral("Two"))}));
        failInsertsOf(*m_cache, "companies", 99);
        QTest::qWait(20); // let the first replace's notification pass
        QSignalSpy changed(m_cache.get(), &CacheDatabase::changed);
        QString error;
        QVERIFY(!store.replaceAll({company(1, QStringLiteral("One renamed")), company(99, QStringLiteral("Bad")),
                                   company(3, QStringLiteral("Three"))}, &error));
        QVERIFY2(error.contains(QStringLiteral("injected")), qPrintable(error));
        QCOMPARE(names(store.all()), (QStringList{"One", "Two"}));
        QVERIFY(!Transaction::isOpen(m_cache->connection()));
        QTest::qWait(20);
        QCOMPARE(changed.count(), 0); // nothing changed, nothing announced
    }

    void replaceForCompanyKeepsOldRowsWhenInsertFails()
    {
        ProjectStore store(*m_cache);
        QVERIFY(store.replaceForCompany(1, {project(10, QStringLiteral("A")), project(11, QStringLiteral("B"))}));
        failInsertsOf(*m_cache, "projects", 13);
        QString error;
        QVERIFY(!store.replaceForCompany(1, {project(12, QStringLiteral("C")), project(13, QStringLiteral("D"))},
                                         &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(ids(store.forCompany(1)), (QList<qint64>{10, 11}));
    }

    void replaceForCompanyLeavesOtherCompaniesAlone()
    {
        ProjectStore store(*m_cache);
        QVERIFY(store.replaceForCompany(1, {project(10, QStringLiteral("A"))}));
        QVERIFY(store.replaceForCompany(2, {project(20, QStringLiteral("B")), project(21, QStringLiteral("C"))}));
        QVERIFY(store.replaceForCompany(1, {project(12, QStringLiteral("D"))}));
        QCOMPARE(ids(store.forCompany(1)), QList<qint64>{12});
        QCOMPARE(ids(store.forCompany(2)), (QList<qint64>{20, 21}));
    }

    void storesFifteenDigitIdsAndRawJsonExactly()
    {
        Project p = project(kBigId + 7, QStringLiteral("Tower"), kBigId);
        p.raw = QJsonObject{{QStringLiteral("id"), kBigId + 7},
                            {QStringLiteral("nested"), QJsonObject{{QStringLiteral("x"), QJsonArray{1, "ü", true}}}},
                            {QStringLiteral("unknown_field"), QJsonValue::Null}};
        p.stage = QStringLiteral("Bidding");
        p.active = false;
        p.updatedAt = QStringLiteral("2024-05-01T12:30:00Z");
        ProjectStore store(*m_cache);
        QVERIFY(store.replaceForCompany(kBigId, {p}));
        const std::optional<Project> back = store.find(kBigId + 7);
        QVERIFY(back);
        QCOMPARE(back->id, kBigId + 7);
        QCOMPARE(back->companyId, kBigId);
        QCOMPARE(back->raw, p.raw);
        QCOMPARE(back->stage, p.stage);
        QCOMPARE(back->active, false);
        QCOMPARE(back->updatedAt, p.updatedAt);
        QCOMPARE(back->projectNumber, p.projectNumber);
    }

    void projectsAreOrderedByDisplayName()
    {
        Project b = project(1, QStringLiteral("b"));
        Project a = project(2, QStringLiteral("A"));
        Project c = project(3, QStringLiteral("C"));
        ProjectStore store(*m_cache);
        QVERIFY(store.replaceForCompany(1, {b, c, a}));
        QCOMPARE(ids(store.forCompany(1)), (QList<qint64>{2, 1, 3}));
    }

    void replaceNotifiesAfterCommit()
    {
        QStringList seen;
        int rowsWhenNotified = -1;
        connect(m_cache.get(), &CacheDatabase::changed, this, [&](const QStringList &tables) {
            seen += tables;
            rowsWhenNotified = int(ProjectStore(*m_cache).forCompany(1).size());
        });
        QVERIFY(ProjectStore(*m_cache).replaceForCompany(1, {project(10, QStringLiteral("A"))}));
        QTRY_VERIFY(seen.contains(QStringLiteral("projects")));
        QCOMPARE(rowsWhenNotified, 1);
        QVERIFY(CompanyStore(*m_cache).replaceAll({company(1, QStringLiteral("A"))}));
        QTRY_VERIFY(seen.contains(QStringLiteral("companies")));
    }

    void replaceHandlesHundredThousandRows()
    {
        QList<Project> projects;
        projects.reserve(100000);
        for (qint64 i = 0; i < 100000; ++i)
            projects.append(project(kBigId + i, QStringLiteral("Project %1").arg(i)));
        ProjectStore store(*m_cache);
        QElapsedTimer timer;
        timer.start();
        QString error;
        QVERIFY2(store.replaceForCompany(1, projects, &error), qPrintable(error));
        projects.remove(0, 50000); // a second run where half the projects disappeared
        QVERIFY2(store.replaceForCompany(1, projects, &error), qPrintable(error));
        qInfo("two replaces of 100,000 and 50,000 rows: %lld ms", timer.elapsed());
        QCOMPARE(store.forCompany(1).size(), 50000);
        QVERIFY(!store.find(kBigId + 49999));
        QVERIFY(store.find(kBigId + 50000));
    }

    void syncStateRecordsSuccessAndFailure()
    {
        SyncStateStore store(*m_cache);
        QVERIFY(!store.state(kBigId, QStringLiteral("projects")));
        const QDateTime when = QDateTime(QDate(2024, 5, 1), QTime(12, 0, 0, 250), Qt::UTC);
        QVERIFY(store.markSuccess(kBigId, QStringLiteral("projects"), when, QStringLiteral("2024-05-01T11:00:00Z")));
        QVERIFY(store.markFailure(kBigId, QStringLiteral("projects"), QStringLiteral("Procore said no")));
        std::optional<SyncState> state = store.state(kBigId, QStringLiteral("projects"));
        QVERIFY(state);
        QCOMPARE(state->lastSuccess, when); // a failure keeps the last success and watermark
        QCOMPARE(state->watermark, QStringLiteral("2024-05-01T11:00:00Z"));
        QCOMPARE(state->lastError, QStringLiteral("Procore said no"));
        QVERIFY(store.markSuccess(kBigId, QStringLiteral("projects"), when.addSecs(60), QString()));
        state = store.state(kBigId, QStringLiteral("projects"));
        QVERIFY(state->lastError.isEmpty());
        QCOMPARE(state->watermark, QStringLiteral("2024-05-01T11:00:00Z")); // empty keeps it
        QCOMPARE(state->lastSuccess, when.addSecs(60));
    }

    void failureBeforeAnySuccessHasNoLastSuccess()
    {
        SyncStateStore store(*m_cache);
        QVERIFY(store.markFailure(5, QStringLiteral("drawings"), QStringLiteral("offline")));
        QVERIFY(!store.state(5, QStringLiteral("drawings"))->lastSuccess.isValid());
        QVERIFY(!store.lastSuccess(5));
    }

    void lastSuccessIsLatestOverTheScopesTools()
    {
        SyncStateStore store(*m_cache);
        const QDateTime base = QDateTime(QDate(2024, 1, 1), QTime(8, 0), Qt::UTC);
        QVERIFY(store.markSuccess(7, QStringLiteral("drawings"), base.addDays(2), {}));
        QVERIFY(store.markSuccess(7, QStringLiteral("photos"), base.addDays(5), {}));
        QVERIFY(store.markSuccess(8, QStringLiteral("photos"), base.addDays(9), {}));
        QCOMPARE(store.lastSuccess(7), std::optional<QDateTime>(base.addDays(5)));
        // A local time is stored as UTC and compares equal.
        QVERIFY(store.markSuccess(7, QStringLiteral("rfis"), base.addDays(6).toLocalTime(), {}));
        QCOMPARE(store.lastSuccess(7), std::optional<QDateTime>(base.addDays(6)));
    }

    void syncStateWritesInsideCallersTransaction()
    {
        SyncStateStore store(*m_cache);
        QSqlDatabase db = m_cache->connection();
        {
            Transaction outer(db);
            QVERIFY(store.markSuccess(1, QStringLiteral("projects"), QDateTime::currentDateTimeUtc(), {}));
            QVERIFY(store.state(1, QStringLiteral("projects")));
        } // the caller rolled back: the sync state goes with its data
        QVERIFY(!store.state(1, QStringLiteral("projects")));
        {
            Transaction outer(db);
            QVERIFY(store.markSuccess(1, QStringLiteral("projects"), QDateTime::currentDateTimeUtc(), {}));
            QVERIFY(outer.commit());
        }
        QVERIFY(store.state(1, QStringLiteral("projects")));
    }
};

QTEST_GUILESS_MAIN(TestStores)
#include "tst_stores.moc"
