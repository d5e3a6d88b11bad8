// DrawingsSync against the sandbox, into a real SQLite cache.
#include "signedinfixture.h"

#include "cache/cachedatabase.h"
#include "cache/syncstatestore.h"
#include "drawings/drawingssync.h"
#include "drawings/drawingstore.h"
#include "sync/toolregistry.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

using namespace sitedesk;

class TestDrawingsSync : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void registeredAsDrawings();
    void firstSyncStoresTheWholeLog();
    void disciplineIsReadFromEveryShape();
    void secondSyncAsksOnlyForChangedRevisions();
    void deletedRevisionLeavesTheCache();
    void unchangedLogIsNotListedAgain();
    void withdrawnDrawingLeavesAtTheNextFullRead();
    void failedStepKeepsThePreviousLog();

private:
    ApiError sync(int *records = nullptr, QList<double> *progress = nullptr, bool everything = false);
    QJsonArray list(const QString &path);
    int drawingsListRequests();
    void renameARevision();

    std::unique_ptr<SignedInFixture> m_fixture;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CacheDatabase> m_cache;
    qint64 m_companyId = 0;
    qint64 m_projectId = 0;
};

void TestDrawingsSync::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_fixture = std::make_unique<SignedInFixture>(QStringList{QStringLiteral("--scale"), QStringLiteral("tiny")});
    QVERIFY(m_fixture->signIn());
    m_companyId = m_fixture->firstCompanyId();
    m_projectId = m_fixture->firstProjectId(m_companyId);
}

void TestDrawingsSync::init()
{
    m_fixture->sandbox->clearFaults();
    m_cache.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    m_cache = std::make_unique<CacheDatabase>(m_dir->filePath(QStringLiteral("cache.sqlite")));
    QCOMPARE(m_cache->open(), CacheDatabase::OpenStatus::Created);
}

QJsonArray TestDrawingsSync::list(const QString &path)
{
    return m_fixture->sandbox->listAll(path, m_fixture->auth.accessToken(), m_companyId);
}

ApiError TestDrawingsSync::sync(int *records, QList<double> *progress, bool everything)
{
    DrawingsSync drawings;
    ApiError result;
    bool done = false;
    connect(&drawings, &ToolSync::finished, this, [&](const ApiError &error) { result = error; done = true; });
    if (progress)
        connect(&drawings, &ToolSync::progress, this, [progress](int step, int total) { progress->append(double(step) / total); });
    drawings.start({&m_fixture->api, m_cache.get(), m_companyId, m_projectId, everything});
    if (!QTest::qWaitFor([&] { return done; }, 60000))
        return ApiError::make(ApiError::Kind::Timeout, QStringLiteral("sync did not finish"));
    if (records)
        *records = drawings.recordCount();
    return result;
}

// Requests for any area's drawings list since the sandbox's stats were last reset.
int TestDrawingsSync::drawingsListRequests()
{
    int requests = 0;
    const QJsonObject byPath = m_fixture->sandbox->stats().value(QStringLiteral("by_path")).toObject();
    for (auto it = byPath.begin(); it != byPath.end(); ++it)
        if (it.key().startsWith(QLatin1String("/rest/v1.1/drawing_areas/")) && it.key().endsWith(QLatin1String("/drawings")))
            requests += it.value().toInt();
    return requests;
}

void TestDrawingsSync::renameARevision()
{
    const QJsonArray revisions = list(QStringLiteral("/rest/v1.0/projects/%1/drawing_revisions").arg(m_projectId));
    const qint64 id = revisions.at(0).toObject().value(QStringLiteral("id")).toInteger();
    QCOMPARE(m_fixture->sandbox->postJson(QStringLiteral("/__admin/records/drawing_revisions/%1").arg(id),
                                          {{QStringLiteral("title"), QStringLiteral("Renamed %1").arg(QDateTime::currentMSecsSinceEpoch())}}).status, 200);
}

void TestDrawingsSync::registeredAsDrawings()
{
    const ToolRegistry::Entry *entry = ToolRegistry::find(QStringLiteral("drawings"));
    QVERIFY(entry);
    QCOMPARE(entry->scope, ToolSync::Scope::Project);
    QVERIFY(ToolRegistry::defaultProjectTools().contains(QStringLiteral("drawings")));
}

void TestDrawingsSync::firstSyncStoresTheWholeLog()
{
    const ApiError error = sync();
    QVERIFY2(!error, qPrintable(error.userMessage()));
    DrawingStore store(*m_cache);
    const QJsonArray areas = list(QStringLiteral("/rest/v1.1/projects/%1/drawing_areas").arg(m_projectId));
    QCOMPARE(store.areas(m_projectId).size(), areas.size());
    QCOMPARE(store.sets(m_projectId).size(), list(QStringLiteral("/rest/v1.0/projects/%1/drawing_sets").arg(m_projectId)).size());
    qsizetype drawings = 0;
    for (const QJsonValue &area : areas)
        drawings += list(QStringLiteral("/rest/v1.1/drawing_areas/%1/drawings?project_id=%2").arg(area.toObject().value(QStringLiteral("id")).toInteger()).arg(m_projectId)).size();
    QCOMPARE(store.log(m_projectId).size(), drawings);
    const QJsonArray revisions = list(QStringLiteral("/rest/v1.0/projects/%1/drawing_revisions").arg(m_projectId));
    QCOMPARE(store.allRevisions(m_projectId).size(), revisions.size());
    // Every sheet of the log has its current revision with a file URL.
    for (const DrawingRow &row : store.log(m_projectId)) {
        QVERIFY(!row.revisionNumber.isEmpty());
        QVERIFY(row.pdfUrl.endsWith(QStringLiteral(".pdf")));
    }
    const auto state = SyncStateStore(*m_cache).state(m_projectId, QStringLiteral("drawings"));
    QVERIFY(state && !state->watermark.isEmpty());
}

void TestDrawingsSync::disciplineIsReadFromEveryShape()
{
    QVERIFY(!sync());
    DrawingStore store(*m_cache);
    // Drawings send {id, name}; revisions a plain string: both end up as the name.
    for (const DrawingRow &row : store.log(m_projectId))
        QVERIFY2(!row.discipline.isEmpty() && !row.discipline.startsWith(QLatin1Char('{')), qPrintable(row.number));
    for (const DrawingRevision &revision : store.allRevisions(m_projectId))
        QVERIFY(!revision.discipline.isEmpty());
    const auto string = DrawingRevision::fromJson(QJsonObject{{QStringLiteral("id"), QStringLiteral("562949955400001")},
                                                              {QStringLiteral("discipline"), QStringLiteral("Civil")},
                                                              {QStringLiteral("drawing_set"), QJsonObject{{QStringLiteral("id"), 7}, {QStringLiteral("name"), QStringLiteral("IFC")}}},
                                                              {QStringLiteral("pdf_size"), QJsonValue::Null}}, 1);
    QVERIFY(string);
    QCOMPARE(string->id, 562949955400001);
    QCOMPARE(string->discipline, QStringLiteral("Civil"));
    QCOMPARE(string->setId, 7);
    QCOMPARE(string->setName, QStringLiteral("IFC"));
    const auto object = Drawing::fromJson(QJsonObject{{QStringLiteral("id"), 5}, {QStringLiteral("discipline"), QJsonObject{{QStringLiteral("id"), 9}, {QStringLiteral("name"), QStringLiteral("Mechanical")}}},
                                                      {QStringLiteral("current_revision"), QJsonValue::Null}}, 1, 3);
    QVERIFY(object);
    QCOMPARE(object->discipline, QStringLiteral("Mechanical"));
    QCOMPARE(object->areaId, 3);
    QVERIFY(!Drawing::fromJson(QJsonObject{{QStringLiteral("discipline"), 3}}, 1));   // no id: skipped, no crash
}

void TestDrawingsSync::secondSyncAsksOnlyForChangedRevisions()
{
    int first = 0;
    QVERIFY(!sync(&first));
    const QJsonArray revisions = list(QStringLiteral("/rest/v1.0/projects/%1/drawing_revisions").arg(m_projectId));
    const qint64 changedId = revisions.at(1).toObject().value(QStringLiteral("id")).toInteger();
    QCOMPARE(m_fixture->sandbox->postJson(QStringLiteral("/__admin/records/drawing_revisions/%1").arg(changedId),
                                          {{QStringLiteral("title"), QStringLiteral("Renamed sheet")}}).status, 200);
    int second = 0;
    QVERIFY(!sync(&second));
    // Areas, sets and drawings again (no filter exists for them), but only the changed revisions.
    const qsizetype everythingButRevisions = first - revisions.size();
    QVERIFY2(second - everythingButRevisions < 5, qPrintable(QStringLiteral("%1 revisions read again").arg(second - everythingButRevisions)));
    QCOMPARE(DrawingStore(*m_cache).revision(changedId)->title, QStringLiteral("Renamed sheet"));
    QCOMPARE(DrawingStore(*m_cache).allRevisions(m_projectId).size(), revisions.size());
}

void TestDrawingsSync::deletedRevisionLeavesTheCache()
{
    QVERIFY(!sync());
    qint64 superseded = 0;
    for (const DrawingRevision &revision : DrawingStore(*m_cache).allRevisions(m_projectId))
        if (!revision.current)
            superseded = revision.id;
    QVERIFY(superseded != 0);
    QCOMPARE(m_fixture->sandbox->deleteResource(QStringLiteral("/__admin/records/drawing_revisions/%1").arg(superseded)).status, 200);
    QVERIFY(!sync());
    QVERIFY(!DrawingStore(*m_cache).revision(superseded));
}

void TestDrawingsSync::unchangedLogIsNotListedAgain()
{
    QVERIFY(!sync());
    const QList<DrawingRow> before = DrawingStore(*m_cache).log(m_projectId);
    QVERIFY(!before.isEmpty());
    m_fixture->sandbox->resetStats();
    // Nothing changed: areas, sets and an empty revisions delta; the drawings lists are not read.
    QList<double> progress;
    QVERIFY(!sync(nullptr, &progress));
    QCOMPARE(drawingsListRequests(), 0);
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last(), 1.0);   // and the progress bar, never running backwards, ends full
    QVERIFY(std::is_sorted(progress.begin(), progress.end()));
    const QList<DrawingRow> after = DrawingStore(*m_cache).log(m_projectId);
    QCOMPARE(after.size(), before.size());
    for (qsizetype i = 0; i < after.size(); ++i) {
        QCOMPARE(after.at(i).id, before.at(i).id);
        QCOMPARE(after.at(i).pdfUrl, before.at(i).pdfUrl);
    }
    // A changed revision brings every area's list again.
    renameARevision();
    progress.clear();
    QVERIFY(!sync(nullptr, &progress));
    QVERIFY(drawingsListRequests() >= int(DrawingStore(*m_cache).areas(m_projectId).size()));
    QCOMPARE(progress.last(), 1.0);
    QVERIFY(std::is_sorted(progress.begin(), progress.end()));
    // So does a changed area, revisions or not.
    const qint64 areaId = list(QStringLiteral("/rest/v1.1/projects/%1/drawing_areas").arg(m_projectId)).at(0).toObject().value(QStringLiteral("id")).toInteger();
    QCOMPARE(m_fixture->sandbox->postJson(QStringLiteral("/__admin/records/drawing_areas/%1").arg(areaId),
                                          {{QStringLiteral("name"), QStringLiteral("Bâtiment A")},
                                           {QStringLiteral("updated_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}}).status, 200);
    m_fixture->sandbox->resetStats();
    QVERIFY(!sync());
    QVERIFY(drawingsListRequests() > 0);
}

void TestDrawingsSync::withdrawnDrawingLeavesAtTheNextFullRead()
{
    QVERIFY(!sync());
    const QList<DrawingRow> log = DrawingStore(*m_cache).log(m_projectId);
    QVERIFY(log.size() > 1);
    const qint64 withdrawn = log.first().id;
    // Withdrawn without a revision tombstone, which Procore does not promise: the lists, last
    // read more than six hours ago, are read again and the sheet leaves.
    QCOMPARE(m_fixture->sandbox->deleteResource(QStringLiteral("/__admin/records/drawings/%1").arg(withdrawn)).status, 200);
    QVERIFY(SyncStateStore(*m_cache).markSuccess(m_projectId, QStringLiteral("drawing_lists"), QDateTime::currentDateTimeUtc().addSecs(-7 * 3600), {}));
    m_fixture->sandbox->resetStats();
    QVERIFY(!sync());
    QVERIFY(drawingsListRequests() > 0);
    QList<DrawingRow> after = DrawingStore(*m_cache).log(m_projectId);
    QCOMPARE(after.size(), log.size() - 1);
    for (const DrawingRow &row : after)
        QVERIFY(row.id != withdrawn);
    // The user checking everything has them read at once.
    const qint64 alsoWithdrawn = after.last().id;
    QCOMPARE(m_fixture->sandbox->deleteResource(QStringLiteral("/__admin/records/drawings/%1").arg(alsoWithdrawn)).status, 200);
    QVERIFY(!sync(nullptr, nullptr, true));
    after = DrawingStore(*m_cache).log(m_projectId);
    QCOMPARE(after.size(), log.size() - 2);
    for (const DrawingRow &row : after)
        QVERIFY(row.id != alsoWithdrawn);
}

void TestDrawingsSync::failedStepKeepsThePreviousLog()
{
    QVERIFY(!sync());
    const qsizetype before = DrawingStore(*m_cache).log(m_projectId).size();
    renameARevision();   // so the drawings lists are read again, and fail
    m_fixture->sandbox->injectFault(QStringLiteral("500"), 20, QStringLiteral("/rest/v1.1/drawing_areas/"));
    QVERIFY(sync());
    QCOMPARE(DrawingStore(*m_cache).log(m_projectId).size(), before);
}

QTEST_GUILESS_MAIN(TestDrawingsSync)
#include "tst_drawingssync.moc"
