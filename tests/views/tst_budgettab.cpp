// The Budget tab on the offscreen platform, filled by a real BudgetService sync from the
// sandbox into a real cache: what the user reads in the table, the charts and the clipboard.
#include "signedinfixture.h"

#include "budget/budgetchartdata.h"
#include "budget/budgetchartpanel.h"
#include "budget/budgetfiltermodel.h"
#include "budget/budgetservice.h"
#include "budget/budgettab.h"
#include "budget/budgettreemodel.h"
#include "budget/frozentreeview.h"
#include "cache/cachedatabase.h"
#include "sync/syncengine.h"

#include <QApplication>
#include <QBarSet>
#include <QBarSeries>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace sitedesk;
using NodeKind = BudgetTreeModel::NodeKind;

class TestBudgetTab : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void showsTheChosenViewsColumnsAndAGrandTotalThatAddsUp();
    void chartBarsAreTheTablesDivisionSubtotals();
    void clickingABarShowsOnlyThatDivision();
    void copyGivesTabSeparatedRowsAsShown();
    void exportWritesTheFilteredTable();
    void modificationsAndDirectCostsHaveTheirTabs();

private:
    QList<QModelIndex> divisions() const;

    std::unique_ptr<SignedInFixture> m_fixture;
    QTemporaryDir m_dir;
    std::unique_ptr<CacheDatabase> m_cache;
    qint64 m_companyId = 0;
    qint64 m_projectId = 0;
    std::unique_ptr<BudgetTab> m_tab;
};

void TestBudgetTab::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_fixture = std::make_unique<SignedInFixture>();
    QVERIFY(m_fixture->signIn());
    m_companyId = m_fixture->firstCompanyId();
    m_projectId = m_fixture->firstProjectId(m_companyId);

    m_cache = std::make_unique<CacheDatabase>(m_dir.filePath(QStringLiteral("sitedesk.sqlite")));
    QCOMPARE(m_cache->open(), CacheDatabase::OpenStatus::Created);
    SyncEngine engine(&m_fixture->api);
    engine.setCache(m_cache.get());
    QSignalSpy finished(&engine, &SyncEngine::finished);
    QVERIFY(engine.start(m_companyId, m_projectId, {BudgetService::name()}));
    QVERIFY(finished.wait(60000));
    QVERIFY2(engine.lastSummary().ok(), qPrintable(engine.lastSummary().message()));
}

void TestBudgetTab::init()
{
    m_tab = std::make_unique<BudgetTab>();
    m_tab->resize(1200, 700);
    m_tab->setSource(m_cache.get(), m_projectId);
    m_tab->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_tab.get()));
    QTRY_VERIFY(m_tab->treeModel()->rowCount() > 0);
}

void TestBudgetTab::cleanup()
{
    m_tab.reset();
}

QList<QModelIndex> TestBudgetTab::divisions() const
{
    QList<QModelIndex> result;
    const QAbstractItemModel *model = m_tab->tree()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (NodeKind(index.data(BudgetTreeModel::NodeKindRole).toInt()) == NodeKind::Division)
            result.append(index);
    }
    return result;
}

void TestBudgetTab::showsTheChosenViewsColumnsAndAGrandTotalThatAddsUp()
{
    QComboBox *chooser = m_tab->viewChooser();
    QVERIFY(chooser->count() >= 2);
    for (int i = 0; i < chooser->count(); ++i) {
        chooser->setCurrentIndex(i);
        const QAbstractItemModel *shown = m_tab->tree()->model();
        QTRY_VERIFY(shown->rowCount() > 0);
        QCOMPARE(shown->columnCount(), m_tab->treeModel()->amountColumns().size() + 1);
        // The last row is the grand total; each amount column equals the sum of the divisions.
        const int last = shown->rowCount() - 1;
        QCOMPARE(NodeKind(shown->index(last, 0).data(BudgetTreeModel::NodeKindRole).toInt()), NodeKind::Total);
        for (int column = 1; column < shown->columnCount(); ++column) {
            qint64 sum = 0;
            for (const QModelIndex &division : divisions())
                sum += division.siblingAtColumn(column).data(BudgetTreeModel::MinorUnitsRole).toLongLong();
            QCOMPARE(shown->index(last, column).data(BudgetTreeModel::MinorUnitsRole).toLongLong(), sum);
            const QString text = shown->index(last, column).data().toString();
            QVERIFY2(text.contains(m_tab->treeModel()->currency()) || text.contains(QLatin1Char('$')), qPrintable(text));
        }
    }
}

void TestBudgetTab::chartBarsAreTheTablesDivisionSubtotals()
{
    const budgetchart::DivisionSeries &series = m_tab->chartPanel()->divisionSeries();
    const QList<QModelIndex> shown = divisions();
    QCOMPARE(series.bars.size(), shown.size());
    QVERIFY(series.budgetColumn > 0);
    QBarSeries *bars = m_tab->chartPanel()->divisionBars();
    QVERIFY(bars && !bars->barSets().isEmpty());
    for (int i = 0; i < shown.size(); ++i) {
        const qint64 tableBudget = shown.at(i).siblingAtColumn(series.budgetColumn).data(BudgetTreeModel::MinorUnitsRole).toLongLong();
        QCOMPARE(series.bars.at(i).budget.minorUnits(), tableBudget);
        // What is drawn is the same number (in currency units).
        QCOMPARE(bars->barSets().first()->at(i), BudgetChartPanel::toChartValue(series.bars.at(i).budget));
    }
}

void TestBudgetTab::clickingABarShowsOnlyThatDivision()
{
    const QList<QModelIndex> before = divisions();
    QVERIFY(before.size() >= 3);
    const QString second = before.at(1).data().toString();
    m_tab->chartPanel()->clickDivision(1);
    QTRY_COMPARE(divisions().size(), 1);
    QCOMPARE(divisions().first().data().toString(), second);
    m_tab->chartPanel()->clickDivision(1);   // the same bar again shows everything
    QTRY_COMPARE(divisions().size(), before.size());
}

void TestBudgetTab::copyGivesTabSeparatedRowsAsShown()
{
    m_tab->searchField()->setText(divisions().first().data().toString().section(QLatin1Char(' '), 0, 0));
    QTRY_VERIFY(divisions().size() >= 1);
    const QString tsv = m_tab->copySelection();
    const QStringList lines = tsv.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(lines.size() >= 2);
    QCOMPARE(lines.first().count(QLatin1Char('\t')), m_tab->tree()->model()->columnCount() - 1);
    QVERIFY(lines.at(1).contains(QLatin1Char('\t')));
    QCOMPARE(QApplication::clipboard()->text(), tsv);
    m_tab->searchField()->clear();
}

void TestBudgetTab::exportWritesTheFilteredTable()
{
    m_tab->chartPanel()->clickDivision(0);
    QTRY_COMPARE(divisions().size(), 1);
    const QString path = m_dir.filePath(QStringLiteral("budget.csv"));
    QString error;
    QVERIFY2(m_tab->exportTo(path, budgetexport::Format::Csv, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY(text.contains(divisions().first().data().toString()));
    QVERIFY(!text.contains(QLatin1String("\"02 -")) || divisions().first().data().toString().startsWith(QLatin1String("02")));
}

void TestBudgetTab::modificationsAndDirectCostsHaveTheirTabs()
{
    QCOMPARE(m_tab->subTabs()->count(), 3);
    QVERIFY(m_tab->modificationsTable()->model()->rowCount() > 0);
    QVERIFY(m_tab->directCostsTable()->model()->rowCount() > 0);
}

QTEST_MAIN(TestBudgetTab)
#include "tst_budgettab.moc"
