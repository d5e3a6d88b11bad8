// The Drawings tab's thumbnail grid on the offscreen platform, filled by a real DrawingsSync
// from the sandbox: the grid shows the log's sheets, the tiles on screen get the sandbox's
// thumbnail pictures (fetched through the FileStore, decoded off the UI thread), choosing a
// tile opens its sheet, and a thumbnail fetched once still shows with no network at all.
#include "signedinfixture.h"

#include "cache/cachedatabase.h"
#include "drawings/drawinglogmodel.h"
#include "drawings/drawingssync.h"
#include "drawings/drawingstab.h"
#include "drawings/drawingthumbnails.h"
#include "drawings/drawingviewer.h"
#include "files/filestore.h"

#include <QAction>
#include <QJsonArray>
#include <QListView>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace sitedesk;

class TestDrawingGrid : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void gridShowsTheLogAndLoadsThumbnailsOnScreen();
    void fetchedThumbnailShowsWithoutNetwork();

private:
    static QImage imageOf(const QModelIndex &index);
    static int darkPixels(const QImage &image);

    QTemporaryDir m_dir;
    std::unique_ptr<SignedInFixture> m_fixture;
    std::unique_ptr<CacheDatabase> m_cache;
    qint64 m_projectId = 0;
    qint64 m_firstRevision = 0;
};

void TestDrawingGrid::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_fixture = std::make_unique<SignedInFixture>(QStringList{QStringLiteral("--scale"), QStringLiteral("tiny")});
    QVERIFY(m_fixture->signIn());
    const qint64 companyId = m_fixture->firstCompanyId();
    m_projectId = m_fixture->firstProjectId(companyId);
    m_cache = std::make_unique<CacheDatabase>(m_dir.filePath(QStringLiteral("sitedesk.sqlite")));
    QCOMPARE(m_cache->open(), CacheDatabase::OpenStatus::Created);
    const QString failed = m_fixture->syncInto(*m_cache, companyId, m_projectId, {DrawingsSync::name()});
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
}

QImage TestDrawingGrid::imageOf(const QModelIndex &index)
{
    return index.data(DrawingLogModel::ThumbnailRole).value<QIcon>().pixmap(DrawingThumbnails::defaultSize()).toImage();
}

// The sheet's border and lettering are black; the placeholder has nothing darker than grey.
int TestDrawingGrid::darkPixels(const QImage &image)
{
    int dark = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            dark += qGray(image.pixel(x, y)) < 90;
    return dark;
}

void TestDrawingGrid::gridShowsTheLogAndLoadsThumbnailsOnScreen()
{
    DrawingsTab tab(&m_fixture->api);
    tab.resize(1100, 650);
    tab.show();
    tab.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&tab));
    QSignalSpy loaded(tab.logModel(), &DrawingLogModel::loaded);
    tab.setSource(m_cache.get(), m_projectId);
    QVERIFY(loaded.wait(10000));   // the log loads on a pool thread
    QVERIFY(!tab.gridMode());
    QVERIFY(tab.log()->model()->rowCount() > 10);

    tab.log()->setFocus();
    QTest::keyClick(tab.log(), Qt::Key_2, Qt::AltModifier);
    QVERIFY(tab.gridMode());
    QVERIFY(tab.grid()->isVisible());
    QVERIFY(!tab.log()->isVisible());
    QCOMPARE(tab.grid()->model()->rowCount(), tab.log()->model()->rowCount());
    const QModelIndex first = tab.grid()->model()->index(0, 0);
    QVERIFY(tab.grid()->viewport()->rect().intersects(tab.grid()->visualRect(first)));
    QVERIFY(!tab.grid()->model()->index(tab.grid()->model()->rowCount() - 1, 0).data().toString().isEmpty());

    // The tiles painted get the sheet's picture; the placeholder has no dark pixels.
    const QImage placeholder = tab.logModel()->placeholder().pixmap(DrawingThumbnails::defaultSize()).toImage();
    QCOMPARE(darkPixels(placeholder), 0);
    QTRY_VERIFY_WITH_TIMEOUT(darkPixels(imageOf(first)) > 40, 20000);
    QCOMPARE(imageOf(first).size(), DrawingThumbnails::defaultSize());
    QCOMPARE(DrawingThumbnails::decodesOnUiThread(), 0);
    m_firstRevision = first.data(DrawingLogModel::RevisionIdRole).toLongLong();
    QVERIFY(tab.fileStore()->contains(DrawingThumbnails::fileKeyFor(m_firstRevision)));
    // Lazy: only tiles the grid painted were fetched, not the whole log.
    int fetched = 0;
    for (int row = 0; row < tab.grid()->model()->rowCount(); ++row) {
        const qint64 revision = tab.grid()->model()->index(row, 0).data(DrawingLogModel::RevisionIdRole).toLongLong();
        fetched += tab.fileStore()->contains(DrawingThumbnails::fileKeyFor(revision));
    }
    QVERIFY2(fetched < tab.grid()->model()->rowCount() / 2, qPrintable(QString::number(fetched)));

    // Choosing a tile opens its sheet, and the table follows.
    const QModelIndex second = tab.grid()->model()->index(1, 0);
    const QString number = second.data().toString();
    QTest::mouseClick(tab.grid()->viewport(), Qt::LeftButton, {}, tab.grid()->visualRect(second).center());
    QCOMPARE(tab.log()->currentIndex().row(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(tab.viewer()->pageCount() > 0, 20000);
    QVERIFY(tab.viewer()->title().startsWith(number));

    QTest::keyClick(tab.grid(), Qt::Key_1, Qt::AltModifier);
    QVERIFY(!tab.gridMode());
    QVERIFY(tab.log()->isVisible());
    QCOMPARE(tab.log()->currentIndex().data().toString(), number);
}

void TestDrawingGrid::fetchedThumbnailShowsWithoutNetwork()
{
    QVERIFY(m_firstRevision != 0);
    // No API client at all: nothing can reach the network; the thumbnail comes from disk.
    DrawingsTab tab(nullptr);
    tab.resize(1100, 650);
    tab.show();
    QSignalSpy loaded(tab.logModel(), &DrawingLogModel::loaded);
    tab.setSource(m_cache.get(), m_projectId);
    QVERIFY(loaded.wait(10000));   // the log loads on a pool thread
    tab.setGridMode(true);
    const QModelIndex first = tab.grid()->model()->index(0, 0);
    QCOMPARE(first.data(DrawingLogModel::RevisionIdRole).toLongLong(), m_firstRevision);
    QTRY_VERIFY_WITH_TIMEOUT(darkPixels(imageOf(first)) > 40, 20000);
    // One that was never fetched keeps the placeholder, with no retry loop.
    const QModelIndex last = tab.grid()->model()->index(tab.grid()->model()->rowCount() - 1, 0);
    if (!tab.fileStore()->contains(DrawingThumbnails::fileKeyFor(last.data(DrawingLogModel::RevisionIdRole).toLongLong()))) {
        QSignalSpy failed(tab.thumbnails(), &DrawingThumbnails::failed);
        imageOf(last);
        QVERIFY(failed.wait(5000));
        QCOMPARE(darkPixels(imageOf(last)), 0);
        QTest::qWait(100);
        QCOMPARE(failed.count(), 1);
    }
    QCOMPARE(DrawingThumbnails::decodesOnUiThread(), 0);
}

QTEST_MAIN(TestDrawingGrid)
#include "tst_drawinggrid.moc"
