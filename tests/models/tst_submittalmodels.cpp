// The Submittals record, store and models over a real cache.
#include "cache/cachedatabase.h"
#include "outbox/outboxstore.h"
#include "submittals/submittal.h"
#include "submittals/submittaldetail.h"
#include "submittals/submittalfiltermodel.h"
#include "submittals/submittallogmodel.h"
#include "submittals/submittalstore.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QSignalSpy>
#include <QtTest>

using namespace sitedesk;

namespace {

constexpr qint64 projectId = 562949953421312;   // 15 digits, as Procore's ids are
constexpr qint64 me = 7300000000004;

QJsonObject person(qint64 id, const QString &name) { return {{QStringLiteral("id"), id}, {QStringLiteral("name"), name}}; }

// Submittal n: spec sections alternate, statuses cycle Open/In Review/Closed, "me" holds every third ball.
QJsonObject record(int n)
{
    const bool closed = n % 3 == 2;
    return QJsonObject{
        {QStringLiteral("id"), QString::number(562949954000000 + n)},
        {QStringLiteral("number"), QString::number(n)},
        {QStringLiteral("revision"), QStringLiteral("0")},
        {QStringLiteral("title"), n == 1 ? QStringLiteral("Façade mock-up") : QStringLiteral("Submittal %1").arg(n)},
        {QStringLiteral("specification_section"), n % 2 ? QJsonValue(QJsonObject{{QStringLiteral("number"), QStringLiteral("08 44 13")},
                                                                                {QStringLiteral("description"), QStringLiteral("Curtain Walls")}})
                                                        : QJsonValue(QStringLiteral("03 30 00 Concrete"))},
        {QStringLiteral("status"), QJsonObject{{QStringLiteral("id"), 90 + n % 3},
                                               {QStringLiteral("name"), closed ? QStringLiteral("Closed") : n % 3 ? QStringLiteral("In Review") : QStringLiteral("Open")},
                                               {QStringLiteral("status"), closed ? QStringLiteral("Closed") : QStringLiteral("Open")}}},
        {QStringLiteral("ball_in_court"), n % 3 == 0 ? QJsonArray{person(me, QStringLiteral("Kenji Sato"))} : QJsonArray{person(1, QStringLiteral("Ana Souza"))}},
        {QStringLiteral("due_date"), QStringLiteral("2026-01-%1").arg(n % 28 + 1, 2, 10, QLatin1Char('0'))},
        {QStringLiteral("updated_at"), QStringLiteral("2026-01-05T08:00:%1Z").arg(n % 60, 2, 10, QLatin1Char('0'))},
        {QStringLiteral("custom_fields"), QJsonObject{{QStringLiteral("custom_field_1"), QJsonObject{{QStringLiteral("value"), 1}}}}},
    };
}

QList<Submittal> records(int count)
{
    QList<Submittal> list;
    for (int n = 1; n <= count; ++n)
        list.append(*Submittal::fromJson(record(n), projectId));
    return list;
}

} // namespace

namespace {

// The log reads the cache on a pool thread: do `change`, then wait for the rows it loads.
bool loads(SubmittalLogModel &log, const std::function<void()> &change)
{
    QSignalSpy loaded(&log, &SubmittalLogModel::loaded);
    change();
    return loaded.wait(10000);
}

} // namespace

class TestSubmittalModels : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void parsesProcoreShapesTolerantly();
    void detailReadsWorkflowAndAttachments();
    void replaceAllDropsDeletedAndMergeKeepsOthers();
    void modelsPassTheTester();
    void logLoadsOffTheUiThreadWithItsStatuses();
    void filtersByStatusBallInCourtOverdueAndMine();
    void searchFindsNumberTitleAndSpecSection();
    void groupingKeepsGroupsTogether();
    void waitingEditShowsInTheRow();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CacheDatabase> m_cache;
};

void TestSubmittalModels::init()
{
    QStandardPaths::setTestModeEnabled(true);
    m_cache.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    m_cache = std::make_unique<CacheDatabase>(m_dir->filePath(QStringLiteral("cache.sqlite")));
    QCOMPARE(m_cache->open(), CacheDatabase::OpenStatus::Created);
}

void TestSubmittalModels::cleanup()
{
    QThreadPool::globalInstance()->waitForDone();   // no read still on the cache init() replaces
}

void TestSubmittalModels::parsesProcoreShapesTolerantly()
{
    const auto odd = Submittal::fromJson(QJsonDocument::fromJson(R"({
        "id": "562949954000999", "number": 12, "formatted_number": null, "title": null,
        "status": "Open", "type": "Sample", "specification_section": null,
        "ball_in_court": {"id": "7300000000001", "login": "ana@example.com"},
        "responsible_contractor": {"id": 5, "name": "Østergaard Steel"},
        "due_date": null, "new_field_procore_added": [1, 2]})").object(), projectId);
    QVERIFY(odd);
    QCOMPARE(odd->id, 562949954000999);
    QCOMPARE(odd->number, QStringLiteral("12"));
    QCOMPARE(odd->statusName, QStringLiteral("Open"));
    QCOMPARE(odd->statusId, 0);
    QCOMPARE(odd->type, QStringLiteral("Sample"));
    QCOMPARE(odd->ballInCourt.size(), 1);
    QCOMPARE(odd->ballInCourt.first().name, QStringLiteral("ana@example.com"));
    QCOMPARE(odd->ballInCourtIds(), QStringLiteral(",7300000000001,"));
    QCOMPARE(odd->responsibleContractor, QStringLiteral("Østergaard Steel"));
    QVERIFY(odd->title.isEmpty() && odd->dueDate.isEmpty() && odd->specSection.isEmpty());
    QVERIFY(odd->raw.contains(QStringLiteral("new_field_procore_added")));
    QVERIFY(!Submittal::fromJson(QJsonObject{{QStringLiteral("title"), QStringLiteral("no id")}}, projectId));

    const Submittal usual = *Submittal::fromJson(record(1), projectId);
    QCOMPARE(usual.specSection, QStringLiteral("08 44 13 Curtain Walls"));
    QCOMPARE(usual.statusGroup, QStringLiteral("Open"));
    QCOMPARE(usual.statusName, QStringLiteral("In Review"));

    // Stored and read back: the unknown fields survive for export.
    QVERIFY(SubmittalStore(*m_cache).merge(projectId, {*odd, usual}));
    QCOMPARE(SubmittalStore(*m_cache).find(odd->id)->raw, odd->raw);
}

void TestSubmittalModels::detailReadsWorkflowAndAttachments()
{
    const SubmittalDetail detail = SubmittalDetail::fromJson(QJsonDocument::fromJson(R"({
        "description": "Shop drawings for level 2",
        "approvers": [
          {"approver_type": "Approver", "workflow_group_number": 1, "user": {"id": 2, "name": "Zoë Martin"},
           "response": {"id": 1, "name": "Pending", "considered": "pending"}, "comment": null},
          {"approver_type": "Reviewer", "workflow_group_number": 0, "user": {"id": 3, "name": "Jürgen Weiß"},
           "response": {"id": 2, "name": "Approved as Noted"}, "comment": "See markups", "returned_date": "2026-01-09"}],
        "associated_attachments": [{"id": 10, "attachment_id": 11, "filename": "a.pdf", "url": "http://x/a.pdf"}],
        "attachments": [{"id": 11, "filename": "a.pdf", "url": "http://x/a.pdf"}, {"id": "12", "name": "b.png", "url": "http://x/b.png"}],
        "linked_drawing_ids": [5, "6"]})").object());
    QCOMPARE(detail.description, QStringLiteral("Shop drawings for level 2"));
    QCOMPARE(detail.approvers.size(), 2);
    QCOMPARE(detail.approvers.first().name, QStringLiteral("Jürgen Weiß"));   // step 0 first
    QCOMPARE(detail.approvers.first().response, QStringLiteral("Approved as Noted"));
    QCOMPARE(detail.approvers.last().response, QStringLiteral("Pending"));
    QCOMPARE(detail.attachments.size(), 2);   // the show endpoint's copy of a.pdf is not listed twice
    QCOMPARE(detail.attachments.last().filename, QStringLiteral("b.png"));
    QCOMPARE(detail.attachments.last().fileKey(), QStringLiteral("submittal_attachment:12"));
    QCOMPARE(detail.linkedDrawingIds, (QList<qint64>{5, 6}));
}

void TestSubmittalModels::replaceAllDropsDeletedAndMergeKeepsOthers()
{
    SubmittalStore store(*m_cache);
    QVERIFY(store.replaceAll(projectId, records(10)));
    QCOMPARE(store.count(projectId), 10);
    QList<Submittal> fewer = records(10);
    fewer.removeAt(3);
    QVERIFY(store.replaceAll(projectId, fewer));
    QCOMPARE(store.count(projectId), 9);
    QVERIFY(!store.find(562949954000004));
    QJsonObject renamed = record(1);
    renamed.insert(QStringLiteral("title"), QStringLiteral("Renamed"));
    const Submittal changed = *Submittal::fromJson(renamed, projectId);
    QVERIFY(store.merge(projectId, {changed}));
    QCOMPARE(store.count(projectId), 9);
    QCOMPARE(store.find(changed.id)->title, QStringLiteral("Renamed"));
    QCOMPARE(store.statuses(projectId).size(), 3);
    QCOMPARE(store.all(projectId).size(), 9);
}

void TestSubmittalModels::modelsPassTheTester()
{
    QVERIFY(SubmittalStore(*m_cache).replaceAll(projectId, records(40)));
    SubmittalLogModel log;
    QAbstractItemModelTester logTester(&log, QAbstractItemModelTester::FailureReportingMode::QtTest);
    SubmittalFilterModel filter;
    QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setLog(&log);
    QVERIFY(loads(log, [&] { log.setSource(m_cache.get(), projectId); }));
    QCOMPARE(log.rowCount(), 40);
    filter.sort(SubmittalLogModel::Number);
    filter.setGroupBy(SubmittalFilterModel::GroupBy::Status);
    filter.setSearchText(QStringLiteral("1"));
    filter.setGroupBy(SubmittalFilterModel::GroupBy::None);
    filter.setSearchText({});
    QCOMPARE(filter.rowCount(), 40);
    QCOMPARE(filter.index(0, SubmittalLogModel::Number).data().toString(), QStringLiteral("1"));
    QCOMPARE(filter.index(9, SubmittalLogModel::Number).data().toString(), QStringLiteral("10"));   // naturally
    QVERIFY(SubmittalStore(*m_cache).replaceAll(projectId, records(20)));   // a sync reloads the log
    QTRY_COMPARE(filter.rowCount(), 20);
}

void TestSubmittalModels::logLoadsOffTheUiThreadWithItsStatuses()
{
    QVERIFY(SubmittalStore(*m_cache).replaceAll(projectId, records(12)));
    SubmittalLogModel log;
    QAbstractItemModelTester tester(&log, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&log, &SubmittalLogModel::loaded);
    log.setSource(m_cache.get(), projectId);
    QVERIFY(log.isLoading());   // setSource() returns before the rows are read
    QCOMPARE(log.rowCount(), 0);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(log.rowCount(), 12);
    QVERIFY(!log.everSynced());   // written here, never synced: the empty-log hint would say "sync"
    const QList<SubmittalStore::Status> statuses = SubmittalStore(*m_cache).statuses(projectId);
    QVERIFY(!statuses.isEmpty());
    QCOMPARE(log.statuses().size(), statuses.size());
    QCOMPARE(log.statuses().first().name, statuses.first().name);
}

void TestSubmittalModels::filtersByStatusBallInCourtOverdueAndMine()
{
    QVERIFY(SubmittalStore(*m_cache).replaceAll(projectId, records(30)));
    SubmittalLogModel log;
    QVERIFY(loads(log, [&] { log.setSource(m_cache.get(), projectId); }));
    SubmittalFilterModel filter;
    filter.setLog(&log);
    filter.setStatusId(92);   // n % 3 == 2: Closed
    QCOMPARE(filter.rowCount(), 10);
    filter.setStatusId(0);
    filter.setBallInCourtId(me);
    QCOMPARE(filter.rowCount(), 10);
    filter.setBallInCourtId(0);
    QCOMPARE(log.ballInCourtPeople().size(), 2);

    filter.setMineOnly(true);
    QCOMPARE(filter.rowCount(), 0);   // nobody signed in: "mine" is nothing
    filter.setCurrentUserId(me);
    QCOMPARE(filter.rowCount(), 10);
    filter.setMineOnly(false);

    // Due 2026-01-01 … 2026-01-28; on 2026-01-10 the open ones due before it are overdue.
    filter.setToday(QDate(2026, 1, 10));
    filter.setOverdueOnly(true);
    for (int i = 0; i < filter.rowCount(); ++i) {
        const SubmittalRow &row = log.rows().at(filter.mapToSource(filter.index(i, 0)).row());
        QVERIFY(row.dueDate < QStringLiteral("2026-01-10"));
        QVERIFY(!row.isClosed());
    }
    QVERIFY(filter.rowCount() > 0);
}

void TestSubmittalModels::searchFindsNumberTitleAndSpecSection()
{
    QVERIFY(SubmittalStore(*m_cache).replaceAll(projectId, records(30)));
    SubmittalLogModel log;
    QVERIFY(loads(log, [&] { log.setSource(m_cache.get(), projectId); }));
    SubmittalFilterModel filter;
    filter.setLog(&log);
    filter.setSearchText(QStringLiteral("facade"));   // accents do not matter
    QCOMPARE(filter.rowCount(), 1);
    filter.setSearchText(QStringLiteral("curtain"));
    QCOMPARE(filter.rowCount(), 15);
    filter.setSearchText(QStringLiteral("03 30"));
    QCOMPARE(filter.rowCount(), 15);
    filter.setSearchText(QStringLiteral("submittal 27"));
    QCOMPARE(filter.rowCount(), 1);
}

void TestSubmittalModels::groupingKeepsGroupsTogether()
{
    QVERIFY(SubmittalStore(*m_cache).replaceAll(projectId, records(30)));
    SubmittalLogModel log;
    QVERIFY(loads(log, [&] { log.setSource(m_cache.get(), projectId); }));
    SubmittalFilterModel filter;
    filter.setLog(&log);
    filter.setGroupBy(SubmittalFilterModel::GroupBy::SpecSection);
    filter.sort(SubmittalLogModel::Number, Qt::DescendingOrder);
    QStringList seen;
    for (int i = 0; i < filter.rowCount(); ++i) {
        const QString group = filter.index(i, 0).data(SubmittalFilterModel::GroupRole).toString();
        if (seen.isEmpty() || seen.last() != group) {
            QVERIFY2(!seen.contains(group), qPrintable(group));   // each group comes once
            seen << group;
        }
    }
    QCOMPARE(seen, (QStringList{QStringLiteral("03 30 00 Concrete"), QStringLiteral("08 44 13 Curtain Walls")}));
    QCOMPARE(filter.index(0, SubmittalLogModel::Number).data().toString(), QStringLiteral("30"));   // descending within
}

void TestSubmittalModels::waitingEditShowsInTheRow()
{
    QVERIFY(SubmittalStore(*m_cache).replaceAll(projectId, records(5)));
    SubmittalLogModel log;
    QAbstractItemModelTester tester(&log, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(loads(log, [&] { log.setSource(m_cache.get(), projectId); }));
    OutboxEntry edit;
    edit.projectId = projectId;
    edit.tool = Submittal::tool();
    edit.method = QStringLiteral("PATCH");
    edit.path = Submittal::pathOf(projectId, 562949954000002);
    edit.itemKey = Submittal::itemKey(562949954000002);
    edit.body = QJsonObject{{QStringLiteral("submittal"), QJsonObject{{QStringLiteral("title"), QStringLiteral("Offline title")},
                                                                      {QStringLiteral("status_id"), 90}}}};
    QVERIFY(OutboxStore(*m_cache).add(edit) != 0);
    const int row = log.rowOf(562949954000002);
    QTRY_COMPARE(log.index(row, SubmittalLogModel::Title).data().toString(), QStringLiteral("Offline title"));
    QCOMPARE(log.index(row, SubmittalLogModel::Status).data().toString(), QStringLiteral("Open"));
    QCOMPARE(log.index(row, 0).data(SubmittalLogModel::PendingRole).toString(), QStringLiteral("pending"));
    QCOMPARE(log.index(row, 0).data(Qt::DecorationRole).value<QColor>(), QColor(0xd9, 0x8e, 0x04));
    QVERIFY(!log.index(row, 0).data(Qt::ToolTipRole).toString().isEmpty());
    // The detail pane gets the record and the change that waits, the same way.
    const SubmittalLogModel::Detail detail = log.detail(562949954000002);
    QVERIFY(detail.submittal);
    QCOMPARE(detail.submittal->id, 562949954000002);
    QVERIFY(detail.waiting);
    QCOMPARE(detail.waiting->body, edit.body);
    QVERIFY(!log.detail(1).submittal);   // not (or no longer) in the cache
}

QTEST_GUILESS_MAIN(TestSubmittalModels)
#include "tst_submittalmodels.moc"
