// The Drawings models over a real cache filled through DrawingStore.
#include "cache/cachedatabase.h"
#include "drawings/drawingfiltermodel.h"
#include "drawings/drawinglogexport.h"
#include "drawings/drawinglogmodel.h"
#include "drawings/drawingrevisionsmodel.h"
#include "drawings/drawingstore.h"
#include "drawings/drawingtreemodel.h"
#include "files/cachedfilestore.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QFont>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QtTest>

using namespace sitedesk;

namespace {

constexpr qint64 projectId = 7;

DrawingRevision revision(qint64 id, qint64 drawingId, qint64 areaId, const QString &number, const QString &rev, bool current)
{
    DrawingRevision r;
    r.id = id;
    r.projectId = projectId;
    r.drawingId = drawingId;
    r.areaId = areaId;
    r.number = number;
    r.title = QStringLiteral("Sheet %1").arg(number);
    r.discipline = number.startsWith(QLatin1Char('A')) ? QStringLiteral("Architectural") : QStringLiteral("Structural");
    r.revisionNumber = rev;
    r.current = current;
    r.setId = current ? 2 : 1;
    r.setName = current ? QStringLiteral("IFC") : QStringLiteral("Bid");
    r.drawingDate = current ? QStringLiteral("2025-06-01") : QStringLiteral("2025-01-01");
    r.pdfUrl = QStringLiteral("https://example.invalid/%1.pdf").arg(id);
    r.raw = {{QStringLiteral("id"), id}};
    return r;
}

// Sheets A-1 … A-n in area 1 and S-1 … S-n in area 2, each with two revisions.
DrawingSnapshot snapshot(int perArea)
{
    DrawingSnapshot s;
    s.areas = {DrawingArea{1, projectId, QStringLiteral("Building A"), {}, {}}, DrawingArea{2, projectId, QStringLiteral("Garage"), {}, {}}};
    s.sets = {DrawingSet{1, projectId, QStringLiteral("Bid"), {}, false, 1, {}}, DrawingSet{2, projectId, QStringLiteral("IFC"), {}, true, 2, {}}};
    qint64 id = 100;
    for (int area = 1; area <= 2; ++area) {
        for (int i = 1; i <= perArea; ++i) {
            Drawing d;
            d.id = id++;
            d.projectId = projectId;
            d.areaId = area;
            d.number = QStringLiteral("%1-%2").arg(area == 1 ? QLatin1Char('A') : QLatin1Char('S')).arg(i);
            d.title = QStringLiteral("Sheet %1").arg(d.number);
            d.discipline = area == 1 ? QStringLiteral("Architectural") : QStringLiteral("Structural");
            d.currentRevisionId = d.id * 10 + 1;
            s.revisions << revision(d.id * 10, d.id, area, d.number, QStringLiteral("A"), false)
                        << revision(d.id * 10 + 1, d.id, area, d.number, QStringLiteral("B"), true);
            s.drawings << d;
        }
    }
    return s;
}

// The log reads the cache on a pool thread: do `change`, then wait for the rows it loads.
bool loads(DrawingLogModel &log, const std::function<void()> &change)
{
    QSignalSpy loaded(&log, &DrawingLogModel::loaded);
    change();
    return loaded.wait(10000);
}

} // namespace

class TestDrawingModels : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void logListsCurrentSheetsInNaturalOrder();
    void logLoadsOffTheUiThreadAndTheLatestRequestWins();
    void modelsPassTheTester();
    void searchMatchesNumberAndTitleWords();
    void treeAndSetNarrowTheLog();
    void revisionsOfADrawingNewestFirst();
    void localAndPinnedSheetsAreMarked();
    void searchOverTwentyThousandSheets();
    void everyRevisionIsARowWhenAsked();
    void csvNamesProcoreFieldsAndQuotes();
    void revisionArrivingBySyncIsNewUntilOpened();
    void incrementalWriteMovesTheCurrentMarkAndRefreshesFiles();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CacheDatabase> m_cache;
};

void TestDrawingModels::init()
{
    m_cache = std::make_unique<CacheDatabase>(m_dir.filePath(QStringLiteral("%1.sqlite").arg(QTest::currentTestFunction())));
    QVERIFY(m_cache->open() != CacheDatabase::OpenStatus::Failed);
    QString error;
    QVERIFY2(DrawingStore(*m_cache).write(projectId, snapshot(12), &error), qPrintable(error));
}

void TestDrawingModels::cleanup()
{
    QThreadPool::globalInstance()->waitForDone();   // no read still on the cache init() replaces
}

void TestDrawingModels::logListsCurrentSheetsInNaturalOrder()
{
    DrawingLogModel log;
    QVERIFY(loads(log, [&] { log.setSource(m_cache.get(), projectId); }));
    QCOMPARE(log.rowCount(), 24);
    QCOMPARE(log.index(0, DrawingLogModel::Number).data().toString(), QStringLiteral("A-1"));
    QCOMPARE(log.index(1, DrawingLogModel::Number).data().toString(), QStringLiteral("A-2"));   // not A-10
    QCOMPARE(log.index(0, DrawingLogModel::Revision).data().toString(), QStringLiteral("B"));
    QCOMPARE(log.index(0, DrawingLogModel::Set).data().toString(), QStringLiteral("IFC"));
    QCOMPARE(log.index(0, DrawingLogModel::Area).data().toString(), QStringLiteral("Building A"));
    QCOMPARE(log.rows().first().revisionCount, 2);
}

void TestDrawingModels::logLoadsOffTheUiThreadAndTheLatestRequestWins()
{
    DrawingLogModel log;
    QAbstractItemModelTester tester(&log, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&log, &DrawingLogModel::loaded);
    log.setSource(m_cache.get(), projectId);
    // setSource() returns before the rows are read: the window keeps painting meanwhile.
    QVERIFY(log.isLoading());
    QCOMPARE(log.rowCount(), 0);
    QVERIFY(loaded.wait(10000));
    QVERIFY(!log.isLoading());
    QCOMPARE(log.rowCount(), 24);
    QCOMPARE(log.sets().size(), 2);   // the set filter's choices come with the rows
    QCOMPARE(log.sets().first().name, QStringLiteral("Bid"));

    // Every revision asked, then current ones again at once: only the last answer is shown.
    loaded.clear();
    log.setAllRevisions(true);
    log.setAllRevisions(false);
    QVERIFY(loaded.wait(10000));
    QTest::qWait(200);   // the superseded answer, had it not been dropped, would be here by now
    QCOMPARE(loaded.count(), 1);
    QCOMPARE(log.rowCount(), 24);
}

void TestDrawingModels::modelsPassTheTester()
{
    DrawingLogModel log;
    QAbstractItemModelTester logTester(&log, QAbstractItemModelTester::FailureReportingMode::QtTest);
    DrawingFilterModel filter;
    QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setLog(&log);
    QVERIFY(loads(log, [&] { log.setSource(m_cache.get(), projectId); }));
    filter.sort(DrawingLogModel::Title, Qt::DescendingOrder);
    filter.setSearchText(QStringLiteral("s-1"));
    filter.setArea(2);
    DrawingTreeModel tree;
    QAbstractItemModelTester treeTester(&tree, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tree.setRows(log.rows());
    DrawingRevisionsModel revisions;
    QAbstractItemModelTester revisionsTester(&revisions, QAbstractItemModelTester::FailureReportingMode::QtTest);
    revisions.setSource(m_cache.get(), projectId, log.rows().first().id);
    QCOMPARE(revisions.rowCount(), 2);
    // A sync that rewrites the log reloads every model.
    QVERIFY(DrawingStore(*m_cache).write(projectId, snapshot(5)));
    QTRY_COMPARE(log.rowCount(), 10);
}

void TestDrawingModels::searchMatchesNumberAndTitleWords()
{
    DrawingLogModel log;
    QVERIFY(loads(log, [&] { log.setSource(m_cache.get(), projectId); }));
    DrawingFilterModel filter;
    filter.setLog(&log);
    filter.setSearchText(QStringLiteral("a-1"));
    QCOMPARE(filter.rowCount(), 4);
    filter.setSearchText(QStringLiteral("sheet s-12"));
    QCOMPARE(filter.rowCount(), 1);
    filter.setSearchText(QString());
    QCOMPARE(filter.rowCount(), 24);
}

void TestDrawingModels::treeAndSetNarrowTheLog()
{
    DrawingLogModel log;
    QVERIFY(loads(log, [&] { log.setSource(m_cache.get(), projectId); }));
    DrawingTreeModel tree;
    tree.setRows(log.rows());
    const QModelIndex all = tree.index(0, 0);
    QCOMPARE(tree.rowCount(all), 2);
    QVERIFY(all.data().toString().contains(QStringLiteral("24")));
    const QModelIndex garage = tree.find(2, QStringLiteral("Structural"));
    QVERIFY(garage.isValid());
    DrawingFilterModel filter;
    filter.setLog(&log);
    filter.setArea(garage.data(DrawingTreeModel::AreaIdRole).toLongLong());
    filter.setDiscipline(garage.data(DrawingTreeModel::DisciplineRole).toString());
    QCOMPARE(filter.rowCount(), 12);
    filter.setSetId(1);   // no current revision is in "Bid"
    QCOMPARE(filter.rowCount(), 0);
}

void TestDrawingModels::revisionsOfADrawingNewestFirst()
{
    DrawingRevisionsModel revisions;
    revisions.setSource(m_cache.get(), projectId, 100);
    QCOMPARE(revisions.rowCount(), 2);
    QCOMPARE(revisions.index(0, DrawingRevisionsModel::Revision).data().toString(), QStringLiteral("B"));
    QVERIFY(revisions.index(0, DrawingRevisionsModel::Status).data().toString().contains(QStringLiteral("Current")));
    QVERIFY(!revisions.index(1, 0).data(DrawingRevisionsModel::CurrentRole).toBool());
}

void TestDrawingModels::localAndPinnedSheetsAreMarked()
{
    DrawingLogModel log;
    QVERIFY(loads(log, [&] { log.setSource(m_cache.get(), projectId); }));
    QCOMPARE(log.index(0, 0).data(DrawingLogModel::OfflineRole).toInt(), int(DrawingLogModel::NotLocal));
    CachedFile file;
    file.key = DrawingRevision::fileKeyFor(log.rows().at(0).currentRevisionId);
    file.path = QStringLiteral("x.pdf");
    QVERIFY(CachedFileStore(*m_cache).put(file));
    QTRY_COMPARE(log.index(0, 0).data(DrawingLogModel::OfflineRole).toInt(), int(DrawingLogModel::Local));
    QVERIFY(CachedFileStore(*m_cache).setPinned(file.key, true));
    QTRY_COMPARE(log.index(0, 0).data(DrawingLogModel::OfflineRole).toInt(), int(DrawingLogModel::Pinned));
    // Only the sheet's own PDF counts: its thumbnail on disk does not make the second row local.
    CachedFile thumbnail;
    thumbnail.key = QStringLiteral("drawing_thumbnail:%1").arg(log.rows().at(1).currentRevisionId);
    thumbnail.path = QStringLiteral("t.png");
    QVERIFY(CachedFileStore(*m_cache).put(thumbnail));
    QVERIFY(loads(log, [&] { log.reload(); }));
    QCOMPARE(log.index(0, 0).data(DrawingLogModel::OfflineRole).toInt(), int(DrawingLogModel::Pinned));
    QCOMPARE(log.index(1, 0).data(DrawingLogModel::OfflineRole).toInt(), int(DrawingLogModel::NotLocal));
    QCOMPARE(CachedFileStore(*m_cache).withKeyPrefix(QStringLiteral("drawing_revision:")).size(), 1);
    QCOMPARE(CachedFileStore(*m_cache).withKeyPrefix(QStringLiteral("drawing_")).size(), 2);
}

void TestDrawingModels::searchOverTwentyThousandSheets()
{
    QVERIFY(DrawingStore(*m_cache).write(projectId, snapshot(10000)));
    DrawingLogModel log;
    QVERIFY(loads(log, [&] { log.setSource(m_cache.get(), projectId); }));
    QCOMPARE(log.rowCount(), 20000);
    DrawingFilterModel filter;
    filter.setLog(&log);
    QElapsedTimer timer;
    timer.start();
    for (const QString &typed : {QStringLiteral("s"), QStringLiteral("s-"), QStringLiteral("s-9"), QStringLiteral("s-99"), QStringLiteral("s-999")})
        filter.setSearchText(typed);
    QCOMPARE(filter.rowCount(), 11);   // S-999, S-9990 … S-9999
    qInfo("search-as-you-type over 20,000 sheets: %.1f ms per keystroke", double(timer.nsecsElapsed()) / 5e6);
}

void TestDrawingModels::everyRevisionIsARowWhenAsked()
{
    DrawingLogModel log;
    QAbstractItemModelTester tester(&log, QAbstractItemModelTester::FailureReportingMode::QtTest);
    DrawingFilterModel filter;
    QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setLog(&log);
    QVERIFY(loads(log, [&] { log.setSource(m_cache.get(), projectId); }));
    QCOMPARE(log.rowCount(), 24);
    QVERIFY(loads(log, [&] { log.setAllRevisions(true); }));
    QCOMPARE(log.rowCount(), 48);
    // A-1's revisions together, the current one (B) first and in black, A after it greyed.
    QCOMPARE(log.index(0, DrawingLogModel::Number).data().toString(), QStringLiteral("A-1"));
    QCOMPARE(log.index(0, DrawingLogModel::Revision).data().toString(), QStringLiteral("B"));
    QVERIFY(log.index(0, 0).data(DrawingLogModel::CurrentRole).toBool());
    QVERIFY(!log.index(0, 0).data(Qt::ForegroundRole).isValid());
    QCOMPARE(log.index(1, DrawingLogModel::Number).data().toString(), QStringLiteral("A-1"));
    QCOMPARE(log.index(1, DrawingLogModel::Revision).data().toString(), QStringLiteral("A"));
    QCOMPARE(log.index(1, DrawingLogModel::Set).data().toString(), QStringLiteral("Bid"));
    QVERIFY(!log.index(1, 0).data(DrawingLogModel::CurrentRole).toBool());
    QVERIFY(log.index(1, 0).data(Qt::ForegroundRole).isValid());
    QCOMPARE(log.rowOf(log.rows().at(1).id), 0);   // a drawing's row is its current revision's
    QCOMPARE(log.rowOfRevision(log.rows().at(1).revisionId), 1);
    filter.setSetId(1);
    QCOMPARE(filter.rowCount(), 24);   // only the superseded "Bid" revisions
    filter.setDiscipline(QStringLiteral("Structural"));
    QCOMPARE(filter.rowCount(), 12);
}

void TestDrawingModels::csvNamesProcoreFieldsAndQuotes()
{
    QList<DrawingRow> rows = DrawingStore(*m_cache).revisionLog(projectId).mid(0, 2);
    rows[0].title = QStringLiteral("Plan, \"level 1\" – Zürich");
    const QByteArray csv = drawinglogexport::csv(rows);
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));   // a BOM, so spreadsheets read UTF-8
    const QStringList lines = QString::fromUtf8(csv.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(0), QStringLiteral("drawing_id,number,title,discipline,revision_number,current,drawing_set,drawing_area,"
                                         "drawing_date,received_date,updated_at,drawing_revision_id"));
    QCOMPARE(lines.at(1), QStringLiteral("100,A-1,\"Plan, \"\"level 1\"\" – Zürich\",Architectural,B,true,IFC,Building A,2025-06-01,,,1001"));
    QVERIFY(lines.at(2).startsWith(QStringLiteral("100,A-1,Sheet A-1,Architectural,A,false,Bid,")));
}

void TestDrawingModels::revisionArrivingBySyncIsNewUntilOpened()
{
    DrawingLogModel log;
    QAbstractItemModelTester tester(&log, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(loads(log, [&] { log.setSource(m_cache.get(), projectId); }));
    for (int row = 0; row < log.rowCount(); ++row)   // the first log arrives seen
        QVERIFY(!log.index(row, 0).data(DrawingLogModel::NewRole).toBool());

    // A later sync: A-2 gets revision C, and a sheet A-99 appears.
    DrawingSnapshot next = snapshot(12);
    Drawing &a2 = next.drawings[1];
    QCOMPARE(a2.number, QStringLiteral("A-2"));
    a2.currentRevisionId = a2.id * 10 + 2;
    next.revisions << revision(a2.currentRevisionId, a2.id, 1, a2.number, QStringLiteral("C"), true);
    Drawing added = next.drawings.first();
    added.id = 999;
    added.number = QStringLiteral("A-99");
    added.currentRevisionId = 9990;
    next.drawings << added;
    next.revisions << revision(9990, 999, 1, added.number, QStringLiteral("A"), true);
    QString error;
    QVERIFY2(DrawingStore(*m_cache).write(projectId, next, &error), qPrintable(error));

    const auto fresh = [&log] {
        QStringList numbers;
        for (int row = 0; row < log.rowCount(); ++row)
            if (log.index(row, 0).data(DrawingLogModel::NewRole).toBool())
                numbers << log.index(row, DrawingLogModel::Number).data().toString();
        return numbers;
    };
    QTRY_COMPARE(fresh(), (QStringList{QStringLiteral("A-2"), QStringLiteral("A-99")}));   // the log reloads after the write
    const int a2Row = log.rowOf(a2.id);
    QVERIFY(log.index(a2Row, DrawingLogModel::Title).data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(!log.index(0, DrawingLogModel::Title).data(Qt::FontRole).isValid());

    // Every revision listed: only the new current one is marked, not A-2's older ones.
    QVERIFY(loads(log, [&] { log.setAllRevisions(true); }));
    QCOMPARE(log.rowCount(), 50);
    int marked = 0;
    for (int row = 0; row < log.rowCount(); ++row)
        marked += log.index(row, 0).data(DrawingLogModel::NewRole).toBool() ? 1 : 0;
    QCOMPARE(marked, 2);
    QVERIFY(loads(log, [&] { log.setAllRevisions(false); }));

    // Opened once, it stays seen, for a new model on the same cache too.
    log.markViewed(a2.id);
    QVERIFY(!log.index(log.rowOf(a2.id), 0).data(DrawingLogModel::NewRole).toBool());
    QVERIFY(loads(log, [&] { log.reload(); }));   // read again, maybe before the write landed: still seen
    QVERIFY(!log.index(log.rowOf(a2.id), 0).data(DrawingLogModel::NewRole).toBool());
    QThreadPool::globalInstance()->waitForDone();   // the view is written on a pool thread
    DrawingLogModel again;
    QVERIFY(loads(again, [&] { again.setSource(m_cache.get(), projectId); }));
    QVERIFY(!again.index(again.rowOf(a2.id), 0).data(DrawingLogModel::NewRole).toBool());
    QVERIFY(again.index(again.rowOf(999), 0).data(DrawingLogModel::NewRole).toBool());
}

// A later sync brings only changed revisions: "current" follows the drawings' own word (not the
// record's), and a current revision the list did not bring still gets its fresh file URL.
void TestDrawingModels::incrementalWriteMovesTheCurrentMarkAndRefreshesFiles()
{
    DrawingSnapshot next = snapshot(12);
    next.revisionsComplete = false;
    next.revisions.clear();
    Drawing &a2 = next.drawings[1];
    a2.currentRevisionId = a2.id * 10 + 2;
    next.revisions << revision(a2.currentRevisionId, a2.id, 1, a2.number, QStringLiteral("C"), false);
    Drawing &a3 = next.drawings[2];
    a3.currentRevision = revision(a3.currentRevisionId, a3.id, 1, a3.number, QStringLiteral("B"), true);
    a3.currentRevision->pdfUrl = QStringLiteral("https://example.invalid/fresh.pdf");
    QString error;
    QVERIFY2(DrawingStore(*m_cache).write(projectId, next, &error), qPrintable(error));

    const DrawingStore store(*m_cache);
    QCOMPARE(store.allRevisions(projectId).size(), 49);
    QVERIFY(store.revision(a2.id * 10 + 2)->current);
    QVERIFY(!store.revision(a2.id * 10 + 1)->current);
    QCOMPARE(store.revision(a3.currentRevisionId)->pdfUrl, QStringLiteral("https://example.invalid/fresh.pdf"));
    int current = 0;
    for (const DrawingRevision &r : store.allRevisions(projectId))
        current += r.current ? 1 : 0;
    QCOMPARE(current, 24);
}

QTEST_MAIN(TestDrawingModels)
#include "tst_drawingmodels.moc"
