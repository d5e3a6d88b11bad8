// The Drawings tab on the offscreen platform, filled by a real DrawingsSync from the sandbox:
// choosing a sheet shows its PDF (downloaded once, then from this computer without network).
#include "signedinfixture.h"

#include "cache/cachedatabase.h"
#include "drawings/drawingfiltermodel.h"
#include "drawings/drawinglogmodel.h"
#include "drawings/drawingssync.h"
#include "drawings/drawingstab.h"
#include "drawings/drawingviewer.h"
#include "files/filestore.h"
#include "sync/syncengine.h"

#include <QJsonArray>
#include <QLineEdit>
#include <QPdfDocument>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>

using namespace sitedesk;

class TestDrawingsTab : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void choosingASheetShowsItsPages();
    void searchNarrowsTheLogAsYouType();
    void nextAndPreviousFollowTheLog();
    void cachedSheetOpensWithoutNetwork();
    void pinKeepsTheSheetOffline();

private:
    int rowOfNumberStartingWith(DrawingsTab &tab, const QString &prefix) const;

    std::unique_ptr<SignedInFixture> m_fixture;
    QTemporaryDir m_dir;
    std::unique_ptr<CacheDatabase> m_cache;
    qint64 m_projectId = 0;
};

void TestDrawingsTab::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_fixture = std::make_unique<SignedInFixture>(QStringList{QStringLiteral("--scale"), QStringLiteral("tiny")});
    QVERIFY(m_fixture->signIn());
    const QString token = m_fixture->auth.accessToken();
    const qint64 companyId = m_fixture->sandbox->get(QStringLiteral("/rest/v1.0/companies"), token).json().array().first().toObject().value(QStringLiteral("id")).toInteger();
    m_projectId = m_fixture->sandbox->listAll(QStringLiteral("/rest/v1.0/projects?company_id=%1").arg(companyId), token, companyId)
                      .first().toObject().value(QStringLiteral("id")).toInteger();
    m_cache = std::make_unique<CacheDatabase>(m_dir.filePath(QStringLiteral("sitedesk.sqlite")));
    QCOMPARE(m_cache->open(), CacheDatabase::OpenStatus::Created);
    SyncEngine engine(&m_fixture->api);
    engine.setCache(m_cache.get());
    QSignalSpy finished(&engine, &SyncEngine::finished);
    QVERIFY(engine.start(companyId, m_projectId, {DrawingsSync::name()}));
    QVERIFY(finished.wait(60000));
    QVERIFY2(engine.lastSummary().ok(), qPrintable(engine.lastSummary().message()));
}

int TestDrawingsTab::rowOfNumberStartingWith(DrawingsTab &tab, const QString &prefix) const
{
    QAbstractItemModel *model = tab.log()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, DrawingLogModel::Number).data().toString().startsWith(prefix))
            return row;
    return -1;
}

void TestDrawingsTab::choosingASheetShowsItsPages()
{
    DrawingsTab tab(&m_fixture->api);
    tab.resize(1300, 800);
    tab.show();
    tab.setSource(m_cache.get(), m_projectId);
    QVERIFY(tab.log()->model()->rowCount() > 10);
    // A General sheet has two pages, any other one.
    const int general = rowOfNumberStartingWith(tab, QStringLiteral("G"));
    QVERIFY(general >= 0);
    tab.log()->setCurrentIndex(tab.log()->model()->index(general, 0));
    QTRY_COMPARE_WITH_TIMEOUT(tab.viewer()->pageCount(), 2, 20000);
    QVERIFY(tab.viewer()->title().startsWith(tab.log()->model()->index(general, DrawingLogModel::Number).data().toString()));
    const int structural = rowOfNumberStartingWith(tab, QStringLiteral("S"));
    tab.log()->setCurrentIndex(tab.log()->model()->index(structural, 0));
    QTRY_COMPARE_WITH_TIMEOUT(tab.viewer()->pageCount(), 1, 20000);
    QVERIFY(tab.revisionsTable()->model()->rowCount() >= 1);
}

void TestDrawingsTab::searchNarrowsTheLogAsYouType()
{
    DrawingsTab tab(&m_fixture->api);
    tab.setSource(m_cache.get(), m_projectId);
    const int all = tab.log()->model()->rowCount();
    QTest::keyClicks(tab.searchField(), QStringLiteral("a1-1"));
    QVERIFY(tab.log()->model()->rowCount() > 0);
    QVERIFY(tab.log()->model()->rowCount() < all);
    for (int row = 0; row < tab.log()->model()->rowCount(); ++row)
        QVERIFY(tab.log()->model()->index(row, DrawingLogModel::Number).data().toString().startsWith(QStringLiteral("A1-1")));
    tab.searchField()->clear();
    QCOMPARE(tab.log()->model()->rowCount(), all);
}

void TestDrawingsTab::nextAndPreviousFollowTheLog()
{
    DrawingsTab tab(&m_fixture->api);
    tab.show();
    tab.setSource(m_cache.get(), m_projectId);
    tab.log()->setCurrentIndex(tab.log()->model()->index(0, 0));
    tab.log()->setFocus();
    QTest::keyClick(tab.log(), Qt::Key_Down, Qt::AltModifier);
    QCOMPARE(tab.log()->currentIndex().row(), 1);
    const QString second = tab.log()->model()->index(1, DrawingLogModel::Number).data().toString();
    QTRY_VERIFY_WITH_TIMEOUT(tab.viewer()->title().startsWith(second), 20000);
    tab.openNext(-1);
    QCOMPARE(tab.log()->currentIndex().row(), 0);
}

void TestDrawingsTab::cachedSheetOpensWithoutNetwork()
{
    QString number;
    {
        DrawingsTab online(&m_fixture->api);
        online.setSource(m_cache.get(), m_projectId);
        online.log()->setCurrentIndex(online.log()->model()->index(3, 0));
        number = online.log()->model()->index(3, DrawingLogModel::Number).data().toString();
        QTRY_VERIFY_WITH_TIMEOUT(online.viewer()->pageCount() > 0, 20000);
    }
    // No API client at all: nothing can reach the network, the sheet still opens.
    DrawingsTab offline(nullptr);
    offline.setSource(m_cache.get(), m_projectId);
    offline.log()->setCurrentIndex(offline.log()->model()->index(3, 0));
    QVERIFY(offline.viewer()->pageCount() > 0);   // at once, without waiting
    QVERIFY(offline.viewer()->title().startsWith(number));
    // A sheet never downloaded says why it cannot be shown.
    offline.log()->setCurrentIndex(offline.log()->model()->index(offline.log()->model()->rowCount() - 1, 0));
    QCOMPARE(offline.viewer()->pageCount(), 0);
}

void TestDrawingsTab::pinKeepsTheSheetOffline()
{
    DrawingsTab tab(&m_fixture->api);
    tab.setSource(m_cache.get(), m_projectId);
    tab.log()->setCurrentIndex(tab.log()->model()->index(5, 0));
    QTRY_VERIFY_WITH_TIMEOUT(tab.viewer()->pageCount() > 0, 20000);
    tab.viewer()->pinAction()->trigger();
    const QModelIndex number = tab.log()->model()->index(5, DrawingLogModel::Number);
    QTRY_COMPARE(number.data(DrawingLogModel::OfflineRole).toInt(), int(DrawingLogModel::Pinned));
    tab.fileStore()->setSizeLimit(1);
    QCOMPARE(number.data(DrawingLogModel::OfflineRole).toInt(), int(DrawingLogModel::Pinned));
}

QTEST_MAIN(TestDrawingsTab)
#include "tst_drawingstab.moc"
