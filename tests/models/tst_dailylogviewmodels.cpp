// The item models behind the Daily Log tab: one day grouped by type, a range with filters,
// manpower totals, and changes waiting in the outbox shown as the user made them.
#include "cache/cachedatabase.h"
#include "dailylog/dailylogdaymodel.h"
#include "dailylog/dailylogfield.h"
#include "dailylog/dailylogfiltermodel.h"
#include "dailylog/dailylogitem.h"
#include "dailylog/dailylograngemodel.h"
#include "dailylog/dailylogstore.h"
#include "dailylog/manpowertotalsmodel.h"
#include "outbox/outboxstore.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace sitedesk;

namespace {

constexpr qint64 kProject = Q_INT64_C(562949953600000);
const QDate kDay(2026, 3, 3);

DailyLogEntry entry(qint64 id, const QString &type, const QDate &date, const QJsonObject &fields)
{
    QJsonObject raw = fields;
    raw.insert(QStringLiteral("id"), id);
    raw.insert(QStringLiteral("date"), date.toString(Qt::ISODate));
    return *DailyLogEntry::fromJson(raw, type, kProject);
}

QJsonObject vendor(qint64 id, const char *name)
{
    return QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("name"), QString::fromUtf8(name)}};
}

QList<DailyLogEntry> sampleEntries()
{
    const QString manpower = QStringLiteral("manpower_logs");
    return {
        entry(1, manpower, kDay, {{"num_workers", 6}, {"num_hours", "8"}, {"vendor", vendor(11, "Acme Electric")},
                                  {"location", QJsonObject{{"id", 81}, {"name", "Building 1>Level 2"}}}}),
        entry(2, manpower, kDay, {{"num_workers", 4}, {"num_hours", 7.5}, {"vendor", vendor(12, "Bétons Laurentides")}}),
        entry(3, manpower, kDay, {{"num_workers", 2}, {"num_hours", 8}, {"vendor", vendor(11, "Acme Electric")}}),
        entry(4, QStringLiteral("notes_logs"), kDay, {{"comment", "Crane inspection passed"},
                                                      {"location", QJsonObject{{"id", 82}, {"name", "Building 2"}}}}),
        entry(5, QStringLiteral("weather_logs"), kDay, {{"sky", "Rain"}, {"temperature_avg", "41-50"}}),
        entry(6, manpower, kDay.addDays(1), {{"num_workers", 10}, {"num_hours", 8}, {"vendor", vendor(12, "Bétons Laurentides")}}),
        entry(7, QStringLiteral("delivery_logs"), kDay.addDays(2), {{"delivery_from", "Acme Electric"}, {"contents", "Cable"},
                                                                    {"location", QJsonObject{{"id", 83}, {"name", "Building 1"}}}}),
    };
}

OutboxEntry change(qint64 id, const QString &method, const QString &path, const QJsonObject &body,
                   OutboxEntry::State state = OutboxEntry::State::Pending)
{
    OutboxEntry e;
    e.id = id;
    e.projectId = kProject;
    e.tool = DailyLogItem::tool();
    e.method = method;
    e.path = path;
    e.body = body;
    e.state = state;
    return e;
}

} // namespace

class TstDailyLogViewModels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void dayModelGroupsEveryTypeWithCounts();
    void dayModelShowsOnlyTheChosenDay();
    void waitingCreateAndEditShowAsTheUserMadeThem();
    void refusedChangeCarriesProcoresMessage();
    void rangeFilterByTypeVendorAndLocationTree();
    void manpowerTotalsByCompanyAddUp();
    void modelsReadTheCacheAndFollowItsChanges();
    void dayModelSaysWhatTheProjectLogHoldsForAnEmptyDay();
    void formFieldsStartFromProcoresValues();
};

void TstDailyLogViewModels::dayModelGroupsEveryTypeWithCounts()
{
    DailyLogDayModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QList<DailyLogItem> items = DailyLogItem::overlay(sampleEntries(), {}, kDay, kDay, {});
    model.setItems(kDay, items);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Manpower (3)"));
    QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("Notes (1)"));
    QCOMPARE(model.index(2, 0).data().toString(), QStringLiteral("Weather (1)"));
    const QModelIndex manpower = model.sectionIndex(QStringLiteral("manpower_logs"));
    QCOMPARE(manpower.data(DailyLogDayModel::CountRole).toInt(), 3);
    QCOMPARE(model.index(0, DailyLogDayModel::Workers).data().toString(), QStringLiteral("12"));
    QCOMPARE(model.index(0, DailyLogDayModel::Hours).data().toString(), QStringLiteral("94"));   // 48 + 30 + 16
    QCOMPARE(model.index(0, DailyLogDayModel::Company, manpower).data().toString(), QStringLiteral("Acme Electric"));
    QCOMPARE(model.index(0, DailyLogDayModel::Location, manpower).data().toString(), QStringLiteral("Building 1>Level 2"));
    QCOMPARE(model.index(1, DailyLogDayModel::Hours, manpower).data().toString(), QStringLiteral("30"));
    const QModelIndex notes = model.sectionIndex(QStringLiteral("notes_logs"));
    QCOMPARE(model.index(0, 0, notes).data().toString(), QStringLiteral("Crane inspection passed"));
    QCOMPARE(model.index(0, 0, model.sectionIndex(QStringLiteral("weather_logs"))).data().toString(), QStringLiteral("Rain · 41-50"));
}

void TstDailyLogViewModels::dayModelShowsOnlyTheChosenDay()
{
    const QList<DailyLogItem> next = DailyLogItem::overlay(sampleEntries(), {}, kDay.addDays(1), kDay.addDays(1), {});
    QCOMPARE(next.size(), 1);
    QCOMPARE(next.first().entry.id, 6);
    QVERIFY(DailyLogItem::overlay(sampleEntries(), {}, kDay.addDays(5), kDay.addDays(5), {}).isEmpty());
}

void TstDailyLogViewModels::waitingCreateAndEditShowAsTheUserMadeThem()
{
    const QString base = QStringLiteral("/rest/v1.0/projects/%1/manpower_logs").arg(kProject);
    const QList<OutboxEntry> changes{
        change(41, QStringLiteral("POST"), base,
               {{"manpower_log", QJsonObject{{"date", kDay.toString(Qt::ISODate)}, {"num_workers", 3}, {"num_hours", 8},
                                             {"vendor_id", 12}, {"mt_location", QJsonArray{"Building 1", "Level 3"}}}}}),
        change(42, QStringLiteral("PATCH"), base + QStringLiteral("/2"), {{"manpower_log", QJsonObject{{"num_workers", 5}}}}),
        change(43, QStringLiteral("POST"), base, {{"manpower_log", QJsonObject{{"date", "2026-04-01"}, {"num_workers", 1}}}}),
    };
    const QHash<qint64, QString> vendors{{12, QStringLiteral("Bétons Laurentides")}};
    DailyLogDayModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setItems(kDay, DailyLogItem::overlay(sampleEntries(), changes, kDay, kDay, vendors));
    const QModelIndex manpower = model.sectionIndex(QStringLiteral("manpower_logs"));
    QCOMPARE(model.rowCount(manpower), 4);   // the April create is another day
    QCOMPARE(manpower.data().toString(), QStringLiteral("Manpower (4)"));
    const QModelIndex edited = model.index(1, 0, manpower);
    QCOMPARE(model.index(1, DailyLogDayModel::Workers, manpower).data().toString(), QStringLiteral("5"));
    QCOMPARE(model.index(1, DailyLogDayModel::Status, manpower).data().toString(), QStringLiteral("Waiting to send"));
    QCOMPARE(edited.data(DailyLogDayModel::OutboxIdRole).toLongLong(), 42);
    QCOMPARE(edited.data(DailyLogDayModel::EntryIdRole).toLongLong(), 2);
    const QModelIndex created = model.index(3, 0, manpower);
    QCOMPARE(created.data(DailyLogDayModel::EntryIdRole).toLongLong(), -41);
    QCOMPARE(model.index(3, DailyLogDayModel::Company, manpower).data().toString(), QStringLiteral("Bétons Laurentides"));
    QCOMPARE(model.index(3, DailyLogDayModel::Location, manpower).data().toString(), QStringLiteral("Building 1>Level 3"));
    QCOMPARE(model.index(3, DailyLogDayModel::Status, manpower).data().toString(), QStringLiteral("Waiting to send"));
    QVERIFY(created.data(Qt::FontRole).value<QFont>().italic());
}

void TstDailyLogViewModels::refusedChangeCarriesProcoresMessage()
{
    OutboxEntry refused = change(50, QStringLiteral("POST"), QStringLiteral("/rest/v1.0/projects/1/notes_logs"),
                                 {{"notes_log", QJsonObject{{"date", kDay.toString(Qt::ISODate)}, {"comment", " "}}}},
                                 OutboxEntry::State::Rejected);
    refused.fieldErrors = QJsonObject{{"comment", QJsonArray{"can't be blank"}}};
    DailyLogDayModel model;
    model.setItems(kDay, DailyLogItem::overlay({}, {refused}, kDay, kDay, {}));
    const QModelIndex notes = model.sectionIndex(QStringLiteral("notes_logs"));
    QVERIFY(model.index(0, 0, notes).data(DailyLogDayModel::NeedsUserRole).toBool());
    QVERIFY(model.index(0, 0, notes).data(Qt::ToolTipRole).toString().contains(QStringLiteral("can't be blank")));
}

void TstDailyLogViewModels::rangeFilterByTypeVendorAndLocationTree()
{
    DailyLogRangeModel range;
    DailyLogFilterModel filter;
    filter.setRangeModel(&range);
    QAbstractItemModelTester rangeTester(&range, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    range.setItems(kDay, kDay.addDays(6), DailyLogItem::overlay(sampleEntries(), {}, kDay, kDay.addDays(6), {}));
    QCOMPARE(filter.rowCount(), 7);
    filter.setTypeFilter(QStringLiteral("manpower_logs"));
    QCOMPARE(filter.rowCount(), 4);
    filter.setVendorFilter(QStringLiteral("Bétons Laurentides"));
    QCOMPARE(filter.rowCount(), 2);
    filter.setTypeFilter({});
    filter.setVendorFilter({});
    filter.setLocationFilter(QStringLiteral("Building 1"));   // and below, not "Building 10"
    QCOMPARE(filter.rowCount(), 2);
    QStringList locations;
    for (const DailyLogItem &item : filter.shownItems())
        locations << item.entry.location;
    QCOMPARE(locations, (QStringList{QStringLiteral("Building 1>Level 2"), QStringLiteral("Building 1")}));
    filter.setLocationFilter({});
    filter.sort(DailyLogRangeModel::Workers, Qt::DescendingOrder);
    QCOMPARE(filter.index(0, DailyLogRangeModel::Workers).data().toString(), QStringLiteral("10"));
}

void TstDailyLogViewModels::manpowerTotalsByCompanyAddUp()
{
    ManpowerTotalsModel totals;
    QAbstractItemModelTester tester(&totals, QAbstractItemModelTester::FailureReportingMode::QtTest);
    totals.setItems(DailyLogItem::overlay(sampleEntries(), {}, kDay, kDay.addDays(6), {}));
    QCOMPARE(totals.rowCount(), 3);   // two companies and the total
    QCOMPARE(totals.index(0, ManpowerTotalsModel::Company).data().toString(), QStringLiteral("Acme Electric"));
    QCOMPARE(totals.index(0, ManpowerTotalsModel::Workers).data().toString(), QStringLiteral("8"));
    QCOMPARE(totals.index(0, ManpowerTotalsModel::Hours).data().toString(), QStringLiteral("64"));
    QCOMPARE(totals.index(1, ManpowerTotalsModel::Workers).data().toString(), QStringLiteral("14"));
    QCOMPARE(totals.index(1, ManpowerTotalsModel::Hours).data().toString(), QStringLiteral("110"));
    QCOMPARE(totals.index(2, ManpowerTotalsModel::Company).data().toString(), QStringLiteral("Total"));
    QCOMPARE(totals.index(2, ManpowerTotalsModel::Workers).data().toString(), QStringLiteral("22"));
    QCOMPARE(totals.index(2, ManpowerTotalsModel::Hours).data().toString(), QStringLiteral("174"));
    QCOMPARE(totals.index(2, ManpowerTotalsModel::Entries).data().toString(), QStringLiteral("4"));
    totals.setItems({});
    QCOMPARE(totals.rowCount(), 0);
}

void TstDailyLogViewModels::dayModelSaysWhatTheProjectLogHoldsForAnEmptyDay()
{
    QTemporaryDir dir;
    CacheDatabase cache(dir.filePath(QStringLiteral("cache.sqlite")));
    QCOMPARE(cache.open(), CacheDatabase::OpenStatus::Created);
    DailyLogDayModel day;
    day.setSource(&cache, kProject);
    day.setDate(kDay);
    QCOMPARE(day.projectLog(), DailyLogDayModel::ProjectLog::NotCached);   // never synced: "sync to download it"
    DailyLogStore store(cache);
    QVERIFY(store.replaceRange(kProject, kDay, kDay.addDays(6), {}, {kDay, kDay.addDays(6), false}));
    day.reload();
    QCOMPARE(day.projectLog(), DailyLogDayModel::ProjectLog::NoEntries);   // synced, and Procore has none
    QVERIFY(store.replaceRange(kProject, kDay, kDay.addDays(6), sampleEntries(), {kDay, kDay.addDays(6), false}));
    day.setDate(kDay.addDays(3));   // a day without entries in a project that has some
    QCOMPARE(day.entryCount(), 0);
    QCOMPARE(day.projectLog(), DailyLogDayModel::ProjectLog::HasEntries);
}

void TstDailyLogViewModels::modelsReadTheCacheAndFollowItsChanges()
{
    QTemporaryDir dir;
    CacheDatabase cache(dir.filePath(QStringLiteral("cache.sqlite")));
    QCOMPARE(cache.open(), CacheDatabase::OpenStatus::Created);
    DailyLogStore store(cache);
    QVERIFY(store.replaceRange(kProject, kDay, kDay.addDays(6), sampleEntries(), {kDay, kDay.addDays(6), false}));

    DailyLogDayModel day;
    DailyLogRangeModel range;
    QAbstractItemModelTester dayTester(&day, QAbstractItemModelTester::FailureReportingMode::QtTest);
    day.setSource(&cache, kProject);
    day.setDate(kDay);
    range.setSource(&cache, kProject);
    range.setRange(kDay, kDay.addDays(6));
    QCOMPARE(day.entryCount(), 5);
    QCOMPARE(range.rowCount(), 7);

    OutboxEntry create = change(0, QStringLiteral("POST"), QStringLiteral("/rest/v1.0/projects/%1/notes_logs").arg(kProject),
                                {{"notes_log", QJsonObject{{"date", kDay.toString(Qt::ISODate)}, {"comment", "Offline note"}}}});
    QVERIFY(OutboxStore(cache).add(create) != 0);
    QTRY_COMPARE(day.entryCount(), 6);
    QCOMPARE(range.rowCount(), 8);
    QCOMPARE(day.sectionIndex(QStringLiteral("notes_logs")).data().toString(), QStringLiteral("Notes (2)"));

    // Procore's answer replaces the draft (the outbox removes it in the same transaction).
    const auto answered = DailyLogEntry::fromJson(QJsonObject{{"id", 99}, {"date", kDay.toString(Qt::ISODate)}, {"comment", "Offline note"}},
                                                  QStringLiteral("notes_logs"), kProject);
    QVERIFY(store.upsert(*answered));
    QVERIFY(OutboxStore(cache).remove(OutboxStore(cache).entries(kProject).first().id));
    QTRY_COMPARE(day.entryCount(), 6);
    QTRY_COMPARE(day.index(1, 0, day.sectionIndex(QStringLiteral("notes_logs"))).data(DailyLogDayModel::EntryIdRole).toLongLong(), 99);

    QCOMPARE(store.vendors(kProject).size(), 2);
    QCOMPARE(store.locations(kProject), (QStringList{QStringLiteral("Building 1"), QStringLiteral("Building 1>Level 2"),
                                                    QStringLiteral("Building 2")}));
    QCOMPARE(store.lastDayBefore(kProject, QStringLiteral("manpower_logs"), kDay.addDays(3)), kDay.addDays(1));
    QVERIFY(!store.lastDayBefore(kProject, QStringLiteral("manpower_logs"), kDay).isValid());
}

void TstDailyLogViewModels::formFieldsStartFromProcoresValues()
{
    const DailyLogEntry manpower = sampleEntries().first();
    QHash<QString, QJsonValue> values;
    for (const DailyLogField &field : DailyLogField::forType(QStringLiteral("manpower_logs")))
        values.insert(field.key, field.initialValue(manpower.raw));
    QCOMPARE(values.value(QStringLiteral("vendor_id")).toInteger(), 11);
    QCOMPARE(values.value(QStringLiteral("num_workers")).toDouble(), 6.0);
    QCOMPARE(values.value(QStringLiteral("num_hours")).toDouble(), 8.0);
    QCOMPARE(values.value(QStringLiteral("mt_location")).toString(), QStringLiteral("Building 1>Level 2"));
    QCOMPARE(DailyLogField::locationTiers(QStringLiteral(" Building 1 >Level  2> ")),
             (QStringList{QStringLiteral("Building 1"), QStringLiteral("Level 2")}));
    QCOMPARE(DailyLogField::editableTypes().size(), 6);
    for (const QString &type : DailyLogField::editableTypes())
        QVERIFY2(!DailyLogField::forType(type).isEmpty(), qPrintable(type));
}

QTEST_GUILESS_MAIN(TstDailyLogViewModels)
#include "tst_dailylogviewmodels.moc"
