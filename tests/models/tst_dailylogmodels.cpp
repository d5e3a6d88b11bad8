// Daily log records parsed from every shape Procore sends, and the cache table behind the day
// and range views.
#include "cache/cachedatabase.h"
#include "dailylog/dailylogentry.h"
#include "dailylog/dailylogstore.h"
#include "dailylog/dailylogtype.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace sitedesk;

namespace {

constexpr qint64 kProject = Q_INT64_C(562949953600000);

QJsonObject parse(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

DailyLogEntry entry(qint64 id, const QString &type, const QDate &date, const QString &vendor = {}, int workers = 0, double hours = 0)
{
    DailyLogEntry e;
    e.projectId = kProject;
    e.type = type;
    e.id = id;
    e.date = date;
    e.vendor = vendor;
    e.workers = workers;
    e.hours = hours;
    e.raw = QJsonObject{{QStringLiteral("id"), id}};
    return e;
}

} // namespace

class TstDailyLogModels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void typesCoverEveryProcoreLogTypeAndNormalizeCliNames();
    void manpowerParsesNumbersSentAsStringsAndComputesManHours();
    void idsAsStringsNullsAndUnknownFieldsAreTolerated();
    void vendorIsAnObjectInOneTypeAndANameInAnother();
    void locationKeepsItsTiers();
    void entriesWithoutIdOrDateAreSkipped();
    void replaceRangeReplacesOnlyThatRangeAndRecordsCoverage();
    void failedReplaceKeepsThePreviousRows();
    void countsAndManpowerTotalsPerDayAndRange();

private:
    std::unique_ptr<CacheDatabase> openCache(QTemporaryDir &dir)
    {
        auto cache = std::make_unique<CacheDatabase>(dir.filePath(QStringLiteral("cache.sqlite")));
        const CacheDatabase::OpenStatus status = cache->open();
        if (status != CacheDatabase::OpenStatus::Created && status != CacheDatabase::OpenStatus::Opened)
            return nullptr;
        return cache;
    }
};

void TstDailyLogModels::typesCoverEveryProcoreLogTypeAndNormalizeCliNames()
{
    QCOMPARE(DailyLogType::all().size(), 18);
    QCOMPARE(DailyLogType::all().first().name, QStringLiteral("manpower_logs"));
    QCOMPARE(DailyLogType::all().first().bodyKey, QStringLiteral("manpower_log"));
    QCOMPARE(DailyLogType::normalized(QStringLiteral("manpower")), QStringLiteral("manpower_logs"));
    QCOMPARE(DailyLogType::normalized(QStringLiteral("Safety-Violation")), QStringLiteral("safety_violation_logs"));
    QCOMPARE(DailyLogType::normalized(QStringLiteral("timecard_entries")), QStringLiteral("timecard_entries"));
    QCOMPARE(DailyLogType::normalized(QStringLiteral("timecard")), QStringLiteral("timecard_entries"));
    QVERIFY(DailyLogType::normalized(QStringLiteral("budget")).isEmpty());
    QCOMPARE(DailyLogType::displayName(QStringLiteral("delivery_logs")), QStringLiteral("Deliveries"));
}

void TstDailyLogModels::manpowerParsesNumbersSentAsStringsAndComputesManHours()
{
    const auto e = DailyLogEntry::fromJson(parse(R"({"id":562949953500001,"date":"2025-11-03","num_workers":"6","num_hours":"8.5",
        "vendor":{"id":"5200000000001","name":"Bétons Laurentides"},"notes":null,"status":"approved"})"),
                                           QStringLiteral("manpower_logs"), kProject);
    QVERIFY(e);
    QCOMPARE(e->id, Q_INT64_C(562949953500001));
    QCOMPARE(e->date, QDate(2025, 11, 3));
    QCOMPARE(e->workers, 6);
    QCOMPARE(e->hours, 51.0);
    QCOMPARE(e->vendorId, Q_INT64_C(5200000000001));
    QCOMPARE(e->vendor, QStringLiteral("Bétons Laurentides"));
    QCOMPARE(e->status, QStringLiteral("approved"));
    const auto numbers = DailyLogEntry::fromJson(parse(R"({"id":2,"date":"2025-11-03","num_workers":3,"num_hours":8})"),
                                                 QStringLiteral("manpower_logs"), kProject);
    QCOMPARE(numbers->hours, 24.0);
}

void TstDailyLogModels::idsAsStringsNullsAndUnknownFieldsAreTolerated()
{
    const QJsonObject raw = parse(R"({"id":"562949953500002","datetime":"2025-12-01T12:00:00Z","comment":"Crane down",
        "location":null,"created_by":{"id":1,"name":"Ana Souza","login":"a@example.com"},"permissions":{"x":1},
        "something_new":[1,2,3]})");
    const auto e = DailyLogEntry::fromJson(raw, QStringLiteral("notes_logs"), kProject);
    QVERIFY(e);
    QCOMPARE(e->id, Q_INT64_C(562949953500002));
    QCOMPARE(e->date, QDate(2025, 12, 1));
    QCOMPARE(e->summary, QStringLiteral("Crane down"));
    QCOMPARE(e->createdBy, QStringLiteral("Ana Souza"));
    QVERIFY(e->location.isEmpty());
    QCOMPARE(e->raw, raw);   // verbatim for export
}

void TstDailyLogModels::vendorIsAnObjectInOneTypeAndANameInAnother()
{
    const auto delivery = DailyLogEntry::fromJson(parse(R"({"id":3,"date":"2025-12-01","delivery_from":"Acme Electric","contents":"Rebar"})"),
                                                  QStringLiteral("delivery_logs"), kProject);
    QCOMPARE(delivery->vendor, QStringLiteral("Acme Electric"));
    QCOMPARE(delivery->vendorId, 0);
    QCOMPARE(delivery->summary, QStringLiteral("Rebar"));
    const auto safety = DailyLogEntry::fromJson(parse(R"({"id":4,"date":"2025-12-01","issued_to":{"id":9,"name":"Ironclad Roofing"},"subject":"Rails"})"),
                                                QStringLiteral("safety_violation_logs"), kProject);
    QCOMPARE(safety->vendor, QStringLiteral("Ironclad Roofing"));
    QCOMPARE(safety->vendorId, 9);
    const auto timecard = DailyLogEntry::fromJson(parse(R"({"id":5,"date":"2025-12-01","hours":"7.5","party":{"id":1,"name":"Kenji Sato"},
        "timecard_time_type":{"id":1,"time_type":"Regular Time"}})"), QStringLiteral("timecard_entries"), kProject);
    QCOMPARE(timecard->hours, 7.5);
    QCOMPARE(timecard->summary, QStringLiteral("Kenji Sato · Regular Time"));
}

void TstDailyLogModels::locationKeepsItsTiers()
{
    const auto named = DailyLogEntry::fromJson(parse(R"({"id":6,"date":"2025-12-01","location":{"id":"81","name":"Building 1>Level 2","node_name":"Level 2"}})"),
                                               QStringLiteral("weather_logs"), kProject);
    QCOMPARE(named->location, QStringLiteral("Building 1>Level 2"));
    QCOMPARE(named->locationId, 81);
    const auto tiers = DailyLogEntry::fromJson(parse(R"({"id":7,"date":"2025-12-01","mt_location":["Building 2","Apartment 404"]})"),
                                               QStringLiteral("weather_logs"), kProject);
    QCOMPARE(tiers->location, QStringLiteral("Building 2>Apartment 404"));
}

void TstDailyLogModels::entriesWithoutIdOrDateAreSkipped()
{
    QVERIFY(!DailyLogEntry::fromJson(parse(R"({"date":"2025-12-01"})"), QStringLiteral("notes_logs"), kProject));
    QVERIFY(!DailyLogEntry::fromJson(parse(R"({"id":8,"date":null})"), QStringLiteral("notes_logs"), kProject));
    QVERIFY(!DailyLogEntry::fromJson(parse(R"({"id":9,"date":"yesterday"})"), QStringLiteral("notes_logs"), kProject));
}

void TstDailyLogModels::replaceRangeReplacesOnlyThatRangeAndRecordsCoverage()
{
    QTemporaryDir dir;
    auto cache = openCache(dir);
    QVERIFY(cache);
    DailyLogStore store(*cache);
    QVERIFY(!store.coverage(kProject));
    const QDate d1(2025, 12, 1), d2(2025, 12, 2), d3(2025, 12, 3);
    QSignalSpy changed(cache.get(), &CacheDatabase::changed);
    QVERIFY(store.replaceRange(kProject, d1, d3, {entry(1, QStringLiteral("notes_logs"), d1), entry(2, QStringLiteral("manpower_logs"), d2),
                                                  entry(3, QStringLiteral("weather_logs"), d3)},
                               {d1, d3, false}));
    QTRY_COMPARE(changed.size(), 1);
    QCOMPARE(store.count(kProject), 3);
    // Re-fetching day 2..3 replaces exactly those days: entry 2 is gone, 4 is new, day 1 stays.
    QVERIFY(store.replaceRange(kProject, d2, d3, {entry(3, QStringLiteral("weather_logs"), d3), entry(4, QStringLiteral("notes_logs"), d3)},
                               {d1, d3, true}));
    QList<qint64> ids;
    for (const DailyLogEntry &e : store.between(kProject, d1, d3))
        ids << e.id;
    QCOMPARE(ids, (QList<qint64>{1, 4, 3}));   // by day, then notes before weather
    QCOMPARE(store.between(kProject, d1, d3, {QStringLiteral("notes_logs")}).size(), 2);
    const auto coverage = store.coverage(kProject);
    QVERIFY(coverage);
    QCOMPARE(coverage->first, d1);
    QCOMPARE(coverage->last, d3);
    QVERIFY(coverage->complete);
    QCOMPARE(store.between(kProject, d3, d3).last().raw.value(QStringLiteral("id")).toInteger(), 3);
}

void TstDailyLogModels::failedReplaceKeepsThePreviousRows()
{
    QTemporaryDir dir;
    auto cache = openCache(dir);
    QVERIFY(cache);
    DailyLogStore store(*cache);
    const QDate d1(2025, 12, 1);
    QVERIFY(store.replaceRange(kProject, d1, d1, {entry(1, QStringLiteral("notes_logs"), d1)}, {d1, d1, false}));
    QSqlQuery query(cache->connection());
    QVERIFY(query.exec(QStringLiteral("CREATE TEMP TRIGGER fail_insert BEFORE INSERT ON daily_log_entries WHEN NEW.id = 66"
                                      " BEGIN SELECT RAISE(ABORT, 'injected'); END")));
    QString error;
    QVERIFY(!store.replaceRange(kProject, d1, d1, {entry(2, QStringLiteral("notes_logs"), d1), entry(66, QStringLiteral("notes_logs"), d1)},
                                {d1, d1, true}, &error));
    QVERIFY(error.contains(QStringLiteral("injected")));
    QCOMPARE(store.between(kProject, d1, d1).size(), 1);
    QCOMPARE(store.between(kProject, d1, d1).first().id, 1);
    QVERIFY(!store.coverage(kProject)->complete);
}

void TstDailyLogModels::countsAndManpowerTotalsPerDayAndRange()
{
    QTemporaryDir dir;
    auto cache = openCache(dir);
    QVERIFY(cache);
    DailyLogStore store(*cache);
    const QDate d1(2025, 12, 1), d2(2025, 12, 2);
    const QString manpower = QStringLiteral("manpower_logs");
    QVERIFY(store.replaceRange(kProject, d1, d2, {entry(1, manpower, d1, QStringLiteral("Acme"), 4, 32), entry(2, manpower, d1, QStringLiteral("Acme"), 2, 16),
                                                  entry(3, manpower, d2, QStringLiteral("Zeta"), 5, 40), entry(4, QStringLiteral("notes_logs"), d2)},
                               {d1, d2, true}));
    const QMap<QDate, int> counts = store.countsByDay(kProject, d1, d2.addDays(5));
    QCOMPARE(counts.value(d1), 2);
    QCOMPARE(counts.value(d2), 2);
    QCOMPARE(counts.size(), 2);
    const auto day1 = store.manpowerTotals(kProject, d1, d1);
    QCOMPARE(day1.size(), 1);
    QCOMPARE(day1.first().vendor, QStringLiteral("Acme"));
    QCOMPARE(day1.first().workers, 6);
    QCOMPARE(day1.first().hours, 48.0);
    const auto range = store.manpowerTotals(kProject, d1, d2);
    QCOMPARE(range.size(), 2);
    QCOMPARE(range.last().vendor, QStringLiteral("Zeta"));
    QCOMPARE(range.last().workers, 5);
}

QTEST_GUILESS_MAIN(TstDailyLogModels)
#include "tst_dailylogmodels.moc"
