#include "viewsfixture.h"

#include "companies/companiesmodel.h"
#include "projects/projectfiltermodel.h"
#include "projects/projectlistview.h"
#include "projects/projectpicker.h"
#include "projects/projectsmodel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>

#include <memory>

using namespace sitedesk;

class TestProjectPicker final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void opensOnRememberedCompanyAndProject();
    void typingFilters_zurFindsOnlyZurich();
    void enterChoosesCurrentRow_emitsIdsAndRemembers();
    void arrowsInSearchFieldMoveThroughTable();
    void switchingCompanyListsItsProjects();
    void noMatches_saysSo();
    void emptyCache_offersSync();
    void escapeCloses();

private:
    void attachTesters(ProjectPicker &picker);

    std::unique_ptr<test::ServiceStack> m_stack;
    std::unique_ptr<CacheDatabase> m_db;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
};

void TestProjectPicker::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestProjectPicker::init()
{
    m_stack = std::make_unique<test::ServiceStack>();
    m_db = std::make_unique<CacheDatabase>(m_stack->dir.filePath(QStringLiteral("cache.sqlite")));
    QCOMPARE(m_db->open(), CacheDatabase::OpenStatus::Created);
    test::fillDemoCache(*m_db);
}

void TestProjectPicker::cleanup()
{
    m_testers.clear();
    m_db.reset();
    m_stack.reset();
}

void TestProjectPicker::attachTesters(ProjectPicker &picker)
{
    using Mode = QAbstractItemModelTester::FailureReportingMode;
    m_testers.push_back(std::make_unique<QAbstractItemModelTester>(picker.companiesModel(), Mode::QtTest));
    m_testers.push_back(std::make_unique<QAbstractItemModelTester>(picker.projectsModel(), Mode::QtTest));
    m_testers.push_back(std::make_unique<QAbstractItemModelTester>(picker.listView()->filterModel(), Mode::QtTest));
}

void TestProjectPicker::opensOnRememberedCompanyAndProject()
{
    m_stack->settings.setLastCompanyId(10);
    m_stack->settings.setLastProjectId(102);
    ProjectPicker picker(m_db.get(), &m_stack->settings);
    attachTesters(picker);
    QCOMPARE(picker.currentCompanyId(), qint64(10));
    QCOMPARE(picker.listView()->currentProjectId(), qint64(102));
    QCOMPARE(picker.listView()->table()->model()->rowCount(), 3);
}

void TestProjectPicker::typingFilters_zurFindsOnlyZurich()
{
    ProjectPicker picker(m_db.get(), &m_stack->settings);
    attachTesters(picker);
    picker.show();
    QVERIFY(QTest::qWaitForWindowExposed(&picker));
    QLineEdit *search = picker.listView()->searchField();
    QTRY_VERIFY(search->hasFocus());

    QTest::keyClicks(search, QStringLiteral("zur"));
    const QAbstractItemModel *shown = picker.listView()->table()->model();
    QCOMPARE(shown->rowCount(), 1);
    QCOMPARE(shown->index(0, ProjectsModel::City).data().toString(), QStringLiteral("Zürich"));
    QCOMPARE(shown->index(0, 0).data(Qt::UserRole).toLongLong(), qint64(101));
    QCOMPARE(picker.listView()->currentProjectId(), qint64(101));
}

void TestProjectPicker::enterChoosesCurrentRow_emitsIdsAndRemembers()
{
    ProjectPicker picker(m_db.get(), &m_stack->settings);
    picker.show();
    QVERIFY(QTest::qWaitForWindowExposed(&picker));
    QSignalSpy chosen(&picker, &ProjectPicker::projectChosen);

    QLineEdit *search = picker.listView()->searchField();
    QTest::keyClicks(search, QStringLiteral("zur"));
    QTest::keyClick(search, Qt::Key_Return);

    QCOMPARE(chosen.size(), 1);
    QCOMPARE(chosen.at(0).at(0).toLongLong(), qint64(10));
    QCOMPARE(chosen.at(0).at(1).toLongLong(), qint64(101));
    QCOMPARE(m_stack->settings.lastCompanyId(), qint64(10));
    QCOMPARE(m_stack->settings.lastProjectId(), qint64(101));
    QCOMPARE(picker.result(), int(QDialog::Accepted));
}

void TestProjectPicker::arrowsInSearchFieldMoveThroughTable()
{
    ProjectPicker picker(m_db.get(), &m_stack->settings);
    picker.show();
    QVERIFY(QTest::qWaitForWindowExposed(&picker));
    QLineEdit *search = picker.listView()->searchField();
    QTableView *table = picker.listView()->table();
    QCOMPARE(table->currentIndex().row(), 0);

    QTest::keyClick(search, Qt::Key_Down);
    QCOMPARE(table->currentIndex().row(), 1);
    QVERIFY(search->hasFocus());   // typing goes on in the search field
    QSignalSpy chosen(&picker, &ProjectPicker::projectChosen);
    QTest::keyClick(search, Qt::Key_Enter);
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(chosen.at(0).at(1).toLongLong(), table->model()->index(1, 0).data(Qt::UserRole).toLongLong());
}

void TestProjectPicker::switchingCompanyListsItsProjects()
{
    ProjectPicker picker(m_db.get(), &m_stack->settings);
    attachTesters(picker);
    QComboBox *combo = picker.companyCombo();
    QCOMPARE(combo->count(), 2);
    combo->setCurrentIndex(picker.companiesModel()->rowForCompany(20));
    QCOMPARE(picker.currentCompanyId(), qint64(20));
    const QAbstractItemModel *shown = picker.listView()->table()->model();
    QCOMPARE(shown->rowCount(), 1);
    QCOMPARE(shown->index(0, ProjectsModel::Name).data().toString(), QStringLiteral("Harbour Tower"));
}

void TestProjectPicker::noMatches_saysSo()
{
    ProjectPicker picker(m_db.get(), &m_stack->settings);
    picker.show();
    QTest::keyClicks(picker.listView()->searchField(), QStringLiteral("nowhere"));
    auto *empty = picker.findChild<QLabel *>(QStringLiteral("projectsEmptyText"));
    QVERIFY(empty->isVisible());
    QVERIFY(empty->text().contains(QStringLiteral("nowhere")));
    QVERIFY(!picker.findChild<QPushButton *>(QStringLiteral("projectsSyncNow"))->isVisible());
    QVERIFY(!picker.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Open)->isEnabled());
}

void TestProjectPicker::emptyCache_offersSync()
{
    CacheDatabase empty(m_stack->dir.filePath(QStringLiteral("empty.sqlite")));
    QCOMPARE(empty.open(), CacheDatabase::OpenStatus::Created);
    ProjectPicker picker(&empty, &m_stack->settings);
    attachTesters(picker);
    picker.show();
    QVERIFY(QTest::qWaitForWindowExposed(&picker));
    auto *text = picker.findChild<QLabel *>(QStringLiteral("projectsEmptyText"));
    QVERIFY(text->isVisible());
    QVERIFY(text->text().contains(QStringLiteral("No projects cached yet")));
    auto *syncNow = picker.findChild<QPushButton *>(QStringLiteral("projectsSyncNow"));
    QVERIFY(syncNow->isVisible());
    QSignalSpy syncRequested(&picker, &ProjectPicker::syncRequested);
    syncNow->click();
    QCOMPARE(syncRequested.size(), 1);

    ProjectPicker noCache(nullptr, &m_stack->settings);   // nothing opened at all
    QVERIFY(!noCache.companyCombo()->isEnabled());
}

void TestProjectPicker::escapeCloses()
{
    ProjectPicker picker(m_db.get(), &m_stack->settings);
    picker.show();
    QVERIFY(QTest::qWaitForWindowExposed(&picker));
    QSignalSpy chosen(&picker, &ProjectPicker::projectChosen);
    QTest::keyClick(picker.listView()->searchField(), Qt::Key_Escape);
    QVERIFY(!picker.isVisible());
    QCOMPARE(picker.result(), int(QDialog::Rejected));
    QCOMPARE(chosen.size(), 0);
}

QTEST_MAIN(TestProjectPicker)
#include "tst_projectpicker.moc"
