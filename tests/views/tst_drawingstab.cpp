// The Drawings tab on the offscreen platform, filled by a real DrawingsSync from the sandbox:
// choosing a sheet shows its PDF (downloaded once, then from this computer without network).
#include "signedinfixture.h"

#include "cache/cachedatabase.h"
#include "drawings/drawingfiltermodel.h"
#include "drawings/drawinglogmodel.h"
#include "drawings/drawingssync.h"
#include "drawings/drawingstore.h"
#include "drawings/drawingstab.h"
#include "common/messagebox.h"
#include "drawings/drawingsofflinebar.h"
#include "drawings/drawingsofflinemenu.h"
#include "drawings/drawingviewer.h"
#include "files/filestore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDirIterator>
#include <QFont>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QPdfDocument>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>

using namespace sitedesk;

namespace {

// The log loads on a pool thread: do `change`, then wait for the rows it loads.
bool loads(DrawingsTab &tab, const std::function<void()> &change)
{
    QSignalSpy loaded(tab.logModel(), &DrawingLogModel::loaded);
    change();
    return loaded.wait(10000);
}

bool showsLog(DrawingsTab &tab, CacheDatabase *cache, qint64 projectId)
{
    return loads(tab, [&] { tab.setSource(cache, projectId); });
}

} // namespace

class TestDrawingsTab : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void countSaysLoadingUntilTheLogIsThere();
    void choosingASheetShowsItsPages();
    void searchNarrowsTheLogAsYouType();
    void nextAndPreviousFollowTheLog();
    void cachedSheetOpensWithoutNetwork();
    void pinKeepsTheSheetOffline();
    void currentOnlyOffListsEveryRevision();
    void disciplineFilterNarrowsTheLog();
    void exportWritesTheLogAsShown();
    void areaMadeAvailableOfflineOpensWithNetworkOff();
    void cancelledOfflineDownloadKeepsNothingHalfDone();
    void newRevisionIsBoldUntilTheSheetIsOpened();

private:
    QAction *offlineChoice(DrawingsTab &tab, const QString &submenu, int index) const;
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
    const qint64 companyId = m_fixture->firstCompanyId();
    m_projectId = m_fixture->firstProjectId(companyId);
    m_cache = std::make_unique<CacheDatabase>(m_dir.filePath(QStringLiteral("sitedesk.sqlite")));
    QCOMPARE(m_cache->open(), CacheDatabase::OpenStatus::Created);
    const QString failed = m_fixture->syncInto(*m_cache, companyId, m_projectId, {DrawingsSync::name()});
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
}

int TestDrawingsTab::rowOfNumberStartingWith(DrawingsTab &tab, const QString &prefix) const
{
    QAbstractItemModel *model = tab.log()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, DrawingLogModel::Number).data().toString().startsWith(prefix))
            return row;
    return -1;
}

void TestDrawingsTab::countSaysLoadingUntilTheLogIsThere()
{
    DrawingsTab tab(&m_fixture->api);
    auto *count = tab.findChild<QLabel *>(QStringLiteral("drawingCount"));
    QVERIFY(count);
    QSignalSpy loaded(tab.logModel(), &DrawingLogModel::loaded);
    tab.setSource(m_cache.get(), m_projectId);
    QCOMPARE(count->text(), QStringLiteral("Loading the drawing log…"));
    QVERIFY(loaded.wait(10000));
    QCOMPARE(count->text(), QStringLiteral("%1 sheet(s)").arg(tab.log()->model()->rowCount()));
    QVERIFY(tab.setFilter()->count() > 1);   // the sets came with the rows
}

void TestDrawingsTab::choosingASheetShowsItsPages()
{
    DrawingsTab tab(&m_fixture->api);
    tab.resize(1300, 800);
    tab.show();
    QVERIFY(showsLog(tab, m_cache.get(), m_projectId));
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
    QVERIFY(showsLog(tab, m_cache.get(), m_projectId));
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
    QVERIFY(showsLog(tab, m_cache.get(), m_projectId));
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
        QVERIFY(showsLog(online, m_cache.get(), m_projectId));
        online.log()->setCurrentIndex(online.log()->model()->index(3, 0));
        number = online.log()->model()->index(3, DrawingLogModel::Number).data().toString();
        QTRY_VERIFY_WITH_TIMEOUT(online.viewer()->pageCount() > 0, 20000);
    }
    // No API client at all: nothing can reach the network, the sheet still opens.
    DrawingsTab offline(nullptr);
    QVERIFY(showsLog(offline, m_cache.get(), m_projectId));
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
    QVERIFY(showsLog(tab, m_cache.get(), m_projectId));
    tab.log()->setCurrentIndex(tab.log()->model()->index(5, 0));
    QTRY_VERIFY_WITH_TIMEOUT(tab.viewer()->pageCount() > 0, 20000);
    tab.viewer()->pinAction()->trigger();
    const QModelIndex number = tab.log()->model()->index(5, DrawingLogModel::Number);
    QTRY_COMPARE(number.data(DrawingLogModel::OfflineRole).toInt(), int(DrawingLogModel::Pinned));
    tab.fileStore()->setSizeLimit(1);
    QCOMPARE(number.data(DrawingLogModel::OfflineRole).toInt(), int(DrawingLogModel::Pinned));
}

void TestDrawingsTab::currentOnlyOffListsEveryRevision()
{
    DrawingsTab tab(&m_fixture->api);
    QVERIFY(showsLog(tab, m_cache.get(), m_projectId));
    QAbstractItemModel *log = tab.log()->model();
    const int current = log->rowCount();
    const int revisions = int(DrawingStore(*m_cache).allRevisions(m_projectId).size());
    QVERIFY(revisions > current);   // the sandbox gives some sheets two or three revisions
    QVERIFY(tab.currentOnlyBox()->isChecked());
    QVERIFY(loads(tab, [&] { tab.currentOnlyBox()->click(); }));
    QCOMPARE(log->rowCount(), revisions);
    int superseded = 0;
    for (int row = 0; row < log->rowCount(); ++row)
        superseded += log->index(row, 0).data(DrawingLogModel::CurrentRole).toBool() ? 0 : 1;
    QCOMPARE(superseded, revisions - current);
    QVERIFY(loads(tab, [&] { tab.currentOnlyBox()->click(); }));
    QCOMPARE(log->rowCount(), current);
}

void TestDrawingsTab::disciplineFilterNarrowsTheLog()
{
    DrawingsTab tab(&m_fixture->api);
    QVERIFY(showsLog(tab, m_cache.get(), m_projectId));
    QComboBox *disciplines = tab.disciplineFilter();
    const int structural = disciplines->findText(QStringLiteral("Structural"));
    QVERIFY(structural > 0);
    QVERIFY(disciplines->count() >= 4);   // "All disciplines" and the sandbox's disciplines
    const int all = tab.log()->model()->rowCount();
    disciplines->setCurrentIndex(structural);
    QVERIFY(tab.log()->model()->rowCount() > 0);
    QVERIFY(tab.log()->model()->rowCount() < all);
    for (int row = 0; row < tab.log()->model()->rowCount(); ++row)
        QCOMPARE(tab.log()->model()->index(row, DrawingLogModel::Discipline).data().toString(), QStringLiteral("Structural"));
    disciplines->setCurrentIndex(0);
    QCOMPARE(tab.log()->model()->rowCount(), all);
}

void TestDrawingsTab::exportWritesTheLogAsShown()
{
    DrawingsTab tab(&m_fixture->api);
    QVERIFY(showsLog(tab, m_cache.get(), m_projectId));
    QTest::keyClicks(tab.searchField(), QStringLiteral("a1-1"));
    const int shown = tab.log()->model()->rowCount();
    QVERIFY(shown > 0);
    const QString path = m_dir.filePath(QStringLiteral("log.csv"));
    QString error;
    QVERIFY2(tab.exportCsv(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), shown + 1);
    QVERIFY(lines.first().contains(QStringLiteral("drawing_id,number,title,discipline,revision_number,current,drawing_set")));
    const QString firstNumber = tab.log()->model()->index(0, DrawingLogModel::Number).data().toString();
    QCOMPARE(lines.at(1).section(QLatin1Char(','), 1, 1), firstNumber);
}

QAction *TestDrawingsTab::offlineChoice(DrawingsTab &tab, const QString &submenu, int index) const
{
    emit tab.offlineMenu()->aboutToShow();   // the menu is built as it opens
    for (QAction *action : tab.offlineMenu()->actions())
        if (action->menu() && action->text() == submenu)
            return action->menu()->actions().value(index);
    return nullptr;
}

void TestDrawingsTab::areaMadeAvailableOfflineOpensWithNetworkOff()
{
    DrawingsTab tab(&m_fixture->api);
    QVERIFY(showsLog(tab, m_cache.get(), m_projectId));
    QSet<int> pinnedBefore;   // by an earlier test's "Keep offline"
    QString firstArea;        // the Area menu lists areas by name
    qint64 areaId = 0;
    for (int row = 0; row < tab.logModel()->rowCount(); ++row) {
        if (tab.logModel()->index(row, 0).data(DrawingLogModel::OfflineRole).toInt() == int(DrawingLogModel::Pinned))
            pinnedBefore.insert(row);
        const DrawingRow &sheet = tab.logModel()->rows().at(row);
        if (firstArea.isEmpty() || sheet.areaName < firstArea) {
            firstArea = sheet.areaName;
            areaId = sheet.areaId;
        }
    }
    QAction *area = offlineChoice(tab, QStringLiteral("Area"), 0);
    QVERIFY(area);
    QVERIFY2(area->text().startsWith(firstArea), qPrintable(area->text()));
    MessageBox::setNextAnswer(MessageBox::Answer::Confirm);
    area->trigger();
    // Asked first, with what it will cost.
    QVERIFY(MessageBox::lastQuestion());
    QVERIFY2(MessageBox::lastQuestion()->informativeText.contains(QStringLiteral("to download")),
             qPrintable(MessageBox::lastQuestion()->informativeText));
    QVERIFY(tab.offlineBar()->job());
    QTRY_COMPARE_WITH_TIMEOUT(tab.offlineBar()->job()->state(), OfflineDownload::State::Finished, 30000);
    QVERIFY2(tab.offlineBar()->statusLabel()->text().contains(QStringLiteral("available offline")),
             qPrintable(tab.offlineBar()->statusLabel()->text()));
    // Every sheet of the area carries the pin; the others are as they were.
    QStringList pinned;
    for (int row = 0; row < tab.logModel()->rowCount(); ++row) {
        const QModelIndex number = tab.logModel()->index(row, DrawingLogModel::Number);
        const bool inArea = tab.logModel()->rows().at(row).areaId == areaId;
        QTRY_COMPARE(number.data(DrawingLogModel::OfflineRole).toInt() == int(DrawingLogModel::Pinned), inArea || pinnedBefore.contains(row));
        if (inArea)
            pinned << number.data().toString();
    }
    QCOMPARE(pinned.size(), tab.offlineBar()->job()->filesTotal());

    // No API client at all: every pinned sheet opens from this computer.
    DrawingsTab offline(nullptr);
    QVERIFY(showsLog(offline, m_cache.get(), m_projectId));
    for (const QString &number : std::as_const(pinned).mid(0, 5)) {
        const int row = rowOfNumberStartingWith(offline, number);
        offline.log()->setCurrentIndex(offline.log()->model()->index(row, 0));
        QVERIFY2(offline.viewer()->pageCount() > 0, qPrintable(number));
        QVERIFY(offline.viewer()->title().startsWith(number));
    }
}

void TestDrawingsTab::cancelledOfflineDownloadKeepsNothingHalfDone()
{
    DrawingsTab tab(&m_fixture->api);
    QVERIFY(showsLog(tab, m_cache.get(), m_projectId));
    QSet<int> pinnedBefore;
    for (int row = 0; row < tab.logModel()->rowCount(); ++row)
        if (tab.logModel()->index(row, 0).data(DrawingLogModel::OfflineRole).toInt() == int(DrawingLogModel::Pinned))
            pinnedBefore.insert(row);
    // Every sheet is cut half way a few times, so the cancel finds downloads under way.
    m_fixture->sandbox->injectFault(QStringLiteral("truncate"), 200, QStringLiteral("/__files/drawings/"));
    QAction *sheets = tab.offlineMenu()->actions().value(0);   // the sheets shown: all of them
    emit tab.offlineMenu()->aboutToShow();
    sheets = tab.offlineMenu()->actions().value(0);
    MessageBox::setNextAnswer(MessageBox::Answer::Confirm);
    sheets->trigger();
    QVERIFY(tab.offlineBar()->job());
    QVERIFY(tab.offlineBar()->pauseButton()->isVisibleTo(&tab));
    tab.offlineBar()->pauseButton()->click();
    QCOMPARE(tab.offlineBar()->pauseButton()->text(), QStringLiteral("Resume"));
    tab.offlineBar()->pauseButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(tab.offlineBar()->job()->filesDone() > 0, 20000);
    tab.offlineBar()->cancelButton()->click();
    QCOMPARE(tab.offlineBar()->job()->state(), OfflineDownload::State::Cancelled);
    QVERIFY(tab.offlineBar()->statusLabel()->text().startsWith(QStringLiteral("Cancelled")));
    QVERIFY(!tab.offlineBar()->cancelButton()->isVisibleTo(&tab));
    m_fixture->sandbox->clearFaults();
    for (int row = 0; row < tab.logModel()->rowCount(); ++row) {
        const bool pinned = tab.logModel()->index(row, 0).data(DrawingLogModel::OfflineRole).toInt() == int(DrawingLogModel::Pinned);
        QCOMPARE(pinned, pinnedBefore.contains(row));
    }
    QDirIterator files(tab.fileStore()->folder(), QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext())
        QVERIFY2(!files.next().endsWith(QLatin1String(".part")), qPrintable(files.filePath()));
}

void TestDrawingsTab::newRevisionIsBoldUntilTheSheetIsOpened()
{
    DrawingsTab tab(&m_fixture->api);
    QVERIFY(showsLog(tab, m_cache.get(), m_projectId));
    const DrawingRow sheet = tab.logModel()->rows().at(7);
    // As after a sync that brought a revision newer than the one last opened.
    QVERIFY(DrawingStore(*m_cache).markViewed(m_projectId, sheet.id, 0));
    QVERIFY(loads(tab, [&] { tab.logModel()->reload(); }));
    const int row = tab.logModel()->rowOf(sheet.id);
    const QModelIndex shown = tab.filterModel()->mapFromSource(tab.logModel()->index(row, DrawingLogModel::Title));
    QVERIFY(shown.data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(!tab.log()->model()->index(shown.row() == 0 ? 1 : 0, DrawingLogModel::Title).data(Qt::FontRole).value<QFont>().bold());
    tab.log()->setCurrentIndex(shown);
    QVERIFY(!tab.filterModel()->mapFromSource(tab.logModel()->index(tab.logModel()->rowOf(sheet.id), DrawingLogModel::Title))
                 .data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(loads(tab, [&] { tab.logModel()->reload(); }));   // and it stays seen
    QVERIFY(!tab.logModel()->rows().at(tab.logModel()->rowOf(sheet.id)).isNew);
}

QTEST_MAIN(TestDrawingsTab)
#include "tst_drawingstab.moc"
