#include "cache/cachedatabase.h"
#include "companies/companiesmodel.h"
#include "companies/companystore.h"
#include "core/naturalorder.h"
#include "core/searchtext.h"
#include "projects/projectfiltermodel.h"
#include "projects/projectsmodel.h"
#include "projects/projectstore.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace sitedesk;

namespace {

constexpr qint64 kCompany = Q_INT64_C(562949953421312);

Project project(qint64 id, const QString &number, const QString &name, const QString &city,
                const QString &updatedAt = QString(), bool active = true)
{
    Project p;
    p.id = id;
    p.companyId = kCompany;
    p.projectNumber = number;
    p.name = name;
    p.displayName = number + QStringLiteral(" - ") + name;
    p.city = city;
    p.stage = QStringLiteral("Course of Construction");
    p.updatedAt = updatedAt;
    p.active = active;
    return p;
}

QList<Project> sampleProjects()
{
    return {
        project(kCompany + 1, QStringLiteral("B-10"), QStringLiteral("Hospital Wing"), QStringLiteral("Zürich"),
                QStringLiteral("2024-03-01T10:00:00Z")),
        project(kCompany + 2, QStringLiteral("B-9"), QStringLiteral("Bridge Repair"), QStringLiteral("Genève"),
                QStringLiteral("2024-01-15T08:30:00Z")),
        project(kCompany + 3, QStringLiteral("A-1"), QStringLiteral("Office Tower"), QStringLiteral("Bern"),
                QStringLiteral("2024-06-30T23:59:59Z"), false),
        project(kCompany + 4, QStringLiteral("C-2"), QStringLiteral("Straße Nord"), QStringLiteral("Köln")),
    };
}

QStringList column(const QAbstractItemModel &model, int col)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values << model.index(row, col).data().toString();
    return values;
}

} // namespace

class TestItemModels final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CacheDatabase> m_cache;

    void replaceProjects(const QList<Project> &projects)
    {
        QString error;
        QVERIFY2(ProjectStore(*m_cache).replaceForCompany(kCompany, projects, &error), qPrintable(error));
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_cache = std::make_unique<CacheDatabase>(
            m_dir.filePath(QStringLiteral("%1.db").arg(QTest::currentTestFunction())));
        QCOMPARE(m_cache->open(), CacheDatabase::OpenStatus::Created);
    }

    void cleanup() { m_cache.reset(); }

    void companiesModelFollowsTheCacheUnderTester()
    {
        CompaniesModel model(*m_cache);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(CompanyStore(*m_cache).replaceAll({{kCompany, QStringLiteral("Zeta"), true, {}},
                                                   {2, QStringLiteral("Alpha"), false, {}}}));
        QTRY_COMPARE(model.rowCount(), 2);
        QCOMPARE(column(model, 0), (QStringList{"Alpha", "Zeta"}));
        QCOMPARE(model.index(1, 0).data(Qt::UserRole).toLongLong(), kCompany);
        QCOMPARE(model.companyId(1), kCompany);
        QCOMPARE(model.companyId(7), qint64(0));
        QCOMPARE(model.rowForCompany(kCompany), 1);
        QCOMPARE(model.rowForCompany(3), -1);
        QVERIFY(model.index(0, 0).data(Qt::ForegroundRole).isValid());  // inactive: greyed
        QVERIFY(!model.index(1, 0).data(Qt::ForegroundRole).isValid());
        QVERIFY(CompanyStore(*m_cache).replaceAll({{3, QStringLiteral("Gamma"), true, {}}}));
        QTRY_COMPARE(model.rowCount(), 1);
        QCOMPARE(model.companyId(0), qint64(3));
    }

    // A first sign-in starts with the user's own company (Procore's my_company), wherever it sorts.
    void companiesModelPrefersTheUsersOwnCompany()
    {
        CompaniesModel model(*m_cache);
        QCOMPARE(model.preferredRow(), -1);
        QVERIFY(CompanyStore(*m_cache).replaceAll({{1, QStringLiteral("Alpha"), true, {}},
                                                   {2, QStringLiteral("Zeta"), true, {{QStringLiteral("my_company"), true}}}}));
        QTRY_COMPARE(model.rowCount(), 2);
        QCOMPARE(model.companyId(model.preferredRow()), qint64(2));
        QVERIFY(CompanyStore(*m_cache).replaceAll({{1, QStringLiteral("Alpha"), true, {}}, {2, QStringLiteral("Zeta"), true, {}}}));
        QTRY_COMPARE(model.preferredRow(), 0);
    }

    void companiesModelIgnoresOtherTables()
    {
        CompaniesModel model(*m_cache);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        m_cache->notifyChanged({QStringLiteral("projects")});
        QTest::qWait(20);
        QCOMPARE(resets.count(), 0);
        m_cache->notifyChanged({QStringLiteral("companies")});
        QTRY_COMPARE(resets.count(), 1);
    }

    void projectsModelShowsColumnsRolesAndGreysInactive()
    {
        replaceProjects(sampleProjects());
        ProjectsModel model(*m_cache);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0); // no company chosen yet
        model.setCompanyId(kCompany);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), int(ProjectsModel::ColumnCount));
        for (int section = 0; section < model.columnCount(); ++section)
            QVERIFY(!model.headerData(section, Qt::Horizontal).toString().isEmpty());
        QCOMPARE(model.headerData(ProjectsModel::City, Qt::Horizontal).toString(), QStringLiteral("City"));
        const int row = model.rowForProject(kCompany + 3);
        QVERIFY(row >= 0);
        QCOMPARE(model.projectId(row), kCompany + 3);
        QCOMPARE(model.index(row, ProjectsModel::Number).data().toString(), QStringLiteral("A-1"));
        QCOMPARE(model.index(row, ProjectsModel::Name).data().toString(), QStringLiteral("Office Tower"));
        QCOMPARE(model.index(row, ProjectsModel::City).data().toString(), QStringLiteral("Bern"));
        QCOMPARE(model.index(row, ProjectsModel::Stage).data().toString(), QStringLiteral("Course of Construction"));
        QVERIFY(!model.index(row, ProjectsModel::Updated).data().toString().isEmpty());
        QCOMPARE(model.index(row, ProjectsModel::Updated).data(ProjectsModel::SortRole).toDateTime(),
                 QDateTime(QDate(2024, 6, 30), QTime(23, 59, 59), Qt::UTC));
        QCOMPARE(model.index(row, ProjectsModel::Stage).data(Qt::UserRole).toLongLong(), kCompany + 3);
        QVERIFY(model.index(row, ProjectsModel::Name).data(Qt::ForegroundRole).canConvert<QBrush>());
        const int activeRow = model.rowForProject(kCompany + 1);
        QVERIFY(!model.index(activeRow, ProjectsModel::Name).data(Qt::ForegroundRole).isValid());
        QCOMPARE(model.rowForProject(12345), -1);
        QCOMPARE(model.projectId(-1), qint64(0));
    }

    void projectsModelReloadsWhileDataChangesUnderTester()
    {
        ProjectsModel model(*m_cache);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCompanyId(kCompany);
        replaceProjects(sampleProjects());
        QTRY_COMPARE(model.rowCount(), 4);
        QList<Project> fewer = sampleProjects();
        fewer.removeAt(1);
        fewer[0].name = QStringLiteral("Hospital Wing East");
        replaceProjects(fewer);
        QTRY_COMPARE(model.rowCount(), 3);
        QVERIFY(column(model, ProjectsModel::Name).contains(QStringLiteral("Hospital Wing East")));
        QCOMPARE(model.rowForProject(kCompany + 2), -1);
        model.setCompanyId(99); // another company: empty
        QCOMPARE(model.rowCount(), 0);
    }

    void filterIgnoresAccents()
    {
        replaceProjects(sampleProjects());
        ProjectsModel model(*m_cache);
        model.setCompanyId(kCompany);
        ProjectFilterModel filter;
        filter.setSourceModel(&model);
        filter.setSearchText(QStringLiteral("zurich"));
        QCOMPARE(column(filter, ProjectsModel::City), QStringList{QStringLiteral("Zürich")});
        filter.setSearchText(QStringLiteral("GENEVE"));
        QCOMPARE(column(filter, ProjectsModel::City), QStringList{QStringLiteral("Genève")});
        filter.setSearchText(QStringLiteral("strasse koln"));
        QCOMPARE(column(filter, ProjectsModel::City), QStringList{QStringLiteral("Köln")});
        filter.setSearchText(QStringLiteral("Zür"));
        QCOMPARE(filter.rowCount(), 1);
    }

    void filterMatchesWordsInAnyOrderAcrossFields()
    {
        replaceProjects(sampleProjects());
        ProjectsModel model(*m_cache);
        model.setCompanyId(kCompany);
        ProjectFilterModel filter;
        filter.setSourceModel(&model);
        filter.setSearchText(QStringLiteral("  wing  b-10 zurich "));
        QCOMPARE(column(filter, ProjectsModel::Number), QStringList{QStringLiteral("B-10")});
        filter.setSearchText(QStringLiteral("zurich wing")); // reversed order
        QCOMPARE(filter.rowCount(), 1);
        filter.setSearchText(QStringLiteral("bern hospital")); // words in different rows
        QCOMPARE(filter.rowCount(), 0);
        filter.setSearchText(QStringLiteral("a-1 - office")); // display name text
        QCOMPARE(filter.rowCount(), 1);
        filter.setSearchText(QString());
        QCOMPARE(filter.rowCount(), 4);
    }

    void filterSortsEveryColumn()
    {
        replaceProjects(sampleProjects());
        ProjectsModel model(*m_cache);
        model.setCompanyId(kCompany);
        ProjectFilterModel filter;
        filter.setSourceModel(&model);
        filter.sort(ProjectsModel::Number, Qt::AscendingOrder);
        QCOMPARE(column(filter, ProjectsModel::Number), (QStringList{"A-1", "B-9", "B-10", "C-2"}));
        filter.sort(ProjectsModel::City, Qt::DescendingOrder);
        QCOMPARE(column(filter, ProjectsModel::City), (QStringList{"Zürich", "Köln", "Genève", "Bern"}));
        filter.sort(ProjectsModel::Updated, Qt::AscendingOrder);
        QList<qint64> ids;
        for (int row = 0; row < filter.rowCount(); ++row)
            ids << filter.index(row, 0).data(Qt::UserRole).toLongLong();
        // No date first, then by time (not by the localized text).
        QCOMPARE(ids, (QList<qint64>{kCompany + 4, kCompany + 2, kCompany + 1, kCompany + 3}));
        filter.sort(ProjectsModel::Name, Qt::AscendingOrder);
        QCOMPARE(column(filter, ProjectsModel::Name).first(), QStringLiteral("Bridge Repair"));
    }

    void filterPassesTesterWhileFilteringSortingAndReloading()
    {
        ProjectsModel model(*m_cache);
        model.setCompanyId(kCompany);
        ProjectFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.sort(ProjectsModel::Number);
        filter.setSearchText(QStringLiteral("b"));
        replaceProjects(sampleProjects());
        QTRY_VERIFY(filter.rowCount() > 0);
        filter.setSearchText(QStringLiteral("zurich"));
        QCOMPARE(filter.rowCount(), 1);
        QList<Project> changed = sampleProjects();
        changed.append(project(kCompany + 5, QStringLiteral("Z-1"), QStringLiteral("Depot"), QStringLiteral("Zurich")));
        replaceProjects(changed);
        QTRY_COMPARE(filter.rowCount(), 2);
        filter.sort(ProjectsModel::Updated, Qt::DescendingOrder);
        replaceProjects({});
        QTRY_COMPARE(filter.rowCount(), 0);
        filter.setSearchText(QString());
        QCOMPARE(filter.rowCount(), 0);
    }

    void naturalOrderComparesDigitRunsByValue()
    {
        QCollator collator;
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        QVERIFY(naturalCompare(QStringLiteral("B-9"), QStringLiteral("B-10"), collator) < 0);
        QVERIFY(naturalCompare(QStringLiteral("b-010"), QStringLiteral("B-9"), collator) > 0);
        QVERIFY(naturalCompare(QStringLiteral("2"), QStringLiteral("10"), collator) < 0);
        QVERIFY(naturalCompare(QStringLiteral("A"), QStringLiteral("A1"), collator) < 0);
        QCOMPARE(naturalCompare(QStringLiteral("Tower 7"), QStringLiteral("tower 7"), collator), 0);
        QVERIFY(naturalCompare(QString(), QStringLiteral("a"), collator) < 0);
    }

    void foldRemovesCaseAndDiacritics()
    {
        QCOMPARE(search::fold(QStringLiteral("Zürich ÉCOLE Straße Øresund")),
                 QStringLiteral("zurich ecole strasse oresund"));
        QCOMPARE(search::words(QStringLiteral("  Genève   B-10 ")), (QStringList{"geneve", "b-10"}));
    }
};

QTEST_MAIN(TestItemModels)
#include "tst_itemmodels.moc"
