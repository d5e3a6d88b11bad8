// BudgetService through the SyncEngine against the sandbox, into a real SQLite cache.
#include "signedinfixture.h"

#include "budget/budgetmodificationstore.h"
#include "budget/budgetservice.h"
#include "budget/budgetstore.h"
#include "budget/budgettreemodel.h"
#include "budget/directcoststore.h"
#include "cache/cachedatabase.h"
#include "cache/syncstatestore.h"
#include "sync/syncengine.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace sitedesk;
using NodeKind = BudgetTreeModel::NodeKind;

class TestBudgetSync : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void syncStoresEveryViewWithItsColumnsAndRows();
    void totalsEqualTheSandboxSumsToTheCentAtEveryLevel();
    void columnsFollowTheChosenView();
    void failedRefreshKeepsTheCachedView();
    void failedViewListKeepsEverything();
    void modificationsAndDirectCostsAreCached();
    void directCostsSyncIncrementally();

private:
    bool runBudgetSync(qint64 projectId);
    QJsonArray get(const QString &pathAndQuery);
    QJsonArray views(qint64 projectId);

    std::unique_ptr<SignedInFixture> m_fixture;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CacheDatabase> m_cache;
    std::unique_ptr<SyncEngine> m_engine;
    qint64 m_companyId = 0;
    QList<qint64> m_projects;
};

void TestBudgetSync::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_fixture = std::make_unique<SignedInFixture>();
    QVERIFY(m_fixture->signIn());
    const QJsonArray companies = m_fixture->sandbox->get(QStringLiteral("/rest/v1.0/companies"), m_fixture->auth.accessToken()).json().array();
    m_companyId = companies.first().toObject().value(QStringLiteral("id")).toInteger();
    for (const QJsonValue &project : get(QStringLiteral("/rest/v1.0/projects?company_id=%1").arg(m_companyId)))
        m_projects.append(project.toObject().value(QStringLiteral("id")).toInteger());
    QVERIFY(m_projects.size() >= 3);
}

void TestBudgetSync::init()
{
    m_fixture->sandbox->clearFaults();
    m_engine.reset();
    m_cache.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    m_cache = std::make_unique<CacheDatabase>(m_dir->filePath(QStringLiteral("sitedesk.sqlite")));
    QCOMPARE(m_cache->open(), CacheDatabase::OpenStatus::Created);
    m_engine = std::make_unique<SyncEngine>(&m_fixture->api);
    m_engine->setCache(m_cache.get());
}

bool TestBudgetSync::runBudgetSync(qint64 projectId)
{
    QSignalSpy finished(m_engine.get(), &SyncEngine::finished);
    if (!m_engine->start(m_companyId, projectId, {BudgetService::name()}))
        return false;
    return finished.wait(60000);
}

QJsonArray TestBudgetSync::get(const QString &pathAndQuery)
{
    return m_fixture->sandbox->listAll(pathAndQuery, m_fixture->auth.accessToken(), m_companyId);
}

QJsonArray TestBudgetSync::views(qint64 projectId)
{
    return get(QStringLiteral("/rest/v1.0/budget_views?project_id=%1").arg(projectId));
}

void TestBudgetSync::syncStoresEveryViewWithItsColumnsAndRows()
{
    const qint64 project = m_projects.first();
    QVERIFY(runBudgetSync(project));
    QVERIFY2(m_engine->lastSummary().ok(), qPrintable(m_engine->lastSummary().message()));
    BudgetStore store(*m_cache);
    const QJsonArray expectedViews = views(project);
    QCOMPARE(store.views(project).size(), expectedViews.size());
    QVERIFY(expectedViews.size() >= 2);
    for (const QJsonValue &value : expectedViews) {
        const qint64 view = value.toObject().value(QStringLiteral("id")).toInteger();
        const QJsonArray columns = m_fixture->sandbox->get(QStringLiteral("/rest/v1.0/budget_views/%1/budget_detail_columns?project_id=%2").arg(view).arg(project),
                                                           m_fixture->auth.accessToken(), m_companyId).json().array();
        const QList<BudgetColumn> cached = store.columns(project, view);
        QCOMPARE(cached.size(), columns.size());
        for (qsizetype i = 0; i < cached.size(); ++i)
            QCOMPARE(cached.at(i).id, columns.at(i).toObject().value(QStringLiteral("id")).toString());
        const QJsonArray rows = get(QStringLiteral("/rest/v1.0/budget_views/%1/detail_rows?project_id=%2").arg(view).arg(project));
        const QList<BudgetRow> cachedRows = store.rows(project, view);
        QCOMPARE(cachedRows.size(), rows.size());
        QCOMPARE(cachedRows.first().raw, rows.first().toObject());   // verbatim for export
    }
    QVERIFY(SyncStateStore(*m_cache).state(project, BudgetService::name())->lastError.isEmpty());
}

void TestBudgetSync::totalsEqualTheSandboxSumsToTheCentAtEveryLevel()
{
    // The first project (CHF) and the third (東京, JPY: no minor unit).
    for (const qint64 project : {m_projects.at(0), m_projects.at(2)}) {
        QVERIFY(runBudgetSync(project));
        QVERIFY(m_engine->lastSummary().ok());
        for (const QJsonValue &viewValue : views(project)) {
            const qint64 view = viewValue.toObject().value(QStringLiteral("id")).toInteger();
            BudgetTreeModel model;
            model.setSource(m_cache.get(), project, view);
            QVERIFY(model.rowCount() > 1);
            const int decimals = model.decimals();
            const auto summary = [&](const char *groupBy) {
                QHash<QString, QJsonObject> byId;
                for (const QJsonValue &row : get(QStringLiteral("/rest/v1.0/budget_views/%1/summary_rows?project_id=%2&group_by=%3")
                                                     .arg(view).arg(project).arg(QLatin1String(groupBy))))
                    byId.insert(row.toObject().value(QStringLiteral("id")).toString(), row.toObject());
                return byId;
            };
            const auto expectSame = [&](const QModelIndex &node, const QJsonObject &known) {
                for (int c = 1; c < model.columnCount(); ++c) {
                    const QString columnId = model.amountColumns().at(c - 1).id;
                    const auto want = Money::parse(known.value(columnId).toString(), decimals);
                    QVERIFY2(want.has_value(), qPrintable(columnId));
                    QCOMPARE(model.amount(node.siblingAtColumn(c)).toDecimalString(), want->toDecimalString());
                }
            };
            const auto divisions = summary("root_cost_code");
            const auto costCodes = summary("cost_code");
            int checkedCodes = 0;
            for (int d = 0; d < model.rowCount() - 1; ++d) {
                const QModelIndex division = model.index(d, 0);
                const QString id = QString::number(division.data(BudgetTreeModel::IdRole).toLongLong());
                QVERIFY(divisions.contains(id));
                expectSame(division, divisions.value(id));
                for (int k = 0; k < model.rowCount(division); ++k, ++checkedCodes) {
                    const QModelIndex code = model.index(k, 0, division);
                    expectSame(code, costCodes.value(QString::number(code.data(BudgetTreeModel::IdRole).toLongLong())));
                }
            }
            QCOMPARE(divisions.size(), model.rowCount() - 1);
            QCOMPARE(checkedCodes, costCodes.size());
            const auto total = summary("project");
            QCOMPARE(total.size(), 1);
            QCOMPARE(model.kind(model.totalIndex()), NodeKind::Total);
            expectSame(model.totalIndex(), total.begin().value());
        }
    }
}

void TestBudgetSync::columnsFollowTheChosenView()
{
    const qint64 project = m_projects.first();
    QVERIFY(runBudgetSync(project));
    QSet<int> columnCounts;
    for (const QJsonValue &viewValue : views(project)) {
        const qint64 view = viewValue.toObject().value(QStringLiteral("id")).toInteger();
        const QJsonArray columns = m_fixture->sandbox->get(QStringLiteral("/rest/v1.0/budget_views/%1/budget_detail_columns?project_id=%2").arg(view).arg(project),
                                                           m_fixture->auth.accessToken(), m_companyId).json().array();
        QStringList expected;
        for (const QJsonValue &column : columns)
            if (column.toObject().value(QStringLiteral("aggregatable")).toBool())
                expected << column.toObject().value(QStringLiteral("name")).toString();
        BudgetTreeModel model;
        model.setSource(m_cache.get(), project, view);
        QStringList headers;
        for (int c = 1; c < model.columnCount(); ++c)
            headers << model.headerData(c, Qt::Horizontal).toString();
        QCOMPARE(headers, expected);
        columnCounts.insert(model.columnCount());
    }
    QVERIFY(columnCounts.size() >= 2);   // the views really differ
}

void TestBudgetSync::failedRefreshKeepsTheCachedView()
{
    const qint64 project = m_projects.first();
    QVERIFY(runBudgetSync(project));
    const QJsonArray list = views(project);
    const qint64 failing = list.at(0).toObject().value(QStringLiteral("id")).toInteger();
    const qint64 other = list.at(1).toObject().value(QStringLiteral("id")).toInteger();
    BudgetStore store(*m_cache);
    const QList<BudgetRow> before = store.rows(project, failing);
    QVERIFY(!before.isEmpty());
    // Make the cached rows differ from the server's so a refresh would be visible.
    QVERIFY(store.replaceViewContent(project, other, store.columns(project, other), store.rows(project, other).mid(0, 1)));

    m_fixture->sandbox->injectFault(QStringLiteral("500"), 100, QStringLiteral("/rest/v1.0/budget_views/%1/detail_rows").arg(failing));
    QVERIFY(runBudgetSync(project));
    const SyncEngine::Summary summary = m_engine->lastSummary();
    QVERIFY(!summary.ok());
    QCOMPARE(summary.failed, QStringList{BudgetService::name()});
    QCOMPARE(summary.errors.first().kind, ApiError::Kind::Server);
    const QList<BudgetRow> after = store.rows(project, failing);
    QCOMPARE(after.size(), before.size());
    for (qsizetype i = 0; i < after.size(); ++i) {
        QCOMPARE(after.at(i).key, before.at(i).key);
        QCOMPARE(after.at(i).amounts, before.at(i).amounts);
    }
    QVERIFY(!store.columns(project, failing).isEmpty());
    // The other views still refreshed.
    QCOMPARE(store.rows(project, other).size(), before.size());
    QVERIFY(!SyncStateStore(*m_cache).state(project, BudgetService::name())->lastError.isEmpty());
}

void TestBudgetSync::failedViewListKeepsEverything()
{
    const qint64 project = m_projects.first();
    QVERIFY(runBudgetSync(project));
    BudgetStore store(*m_cache);
    const int views = int(store.views(project).size());
    m_fixture->sandbox->injectFault(QStringLiteral("502"), 100, QStringLiteral("/rest/v1.0/budget_views"));
    QVERIFY(runBudgetSync(project));
    QVERIFY(!m_engine->lastSummary().ok());
    QCOMPARE(int(store.views(project).size()), views);
    for (const BudgetView &view : store.views(project))
        QVERIFY(!store.rows(project, view.id).isEmpty());
}

void TestBudgetSync::modificationsAndDirectCostsAreCached()
{
    const qint64 project = m_projects.at(1);
    QVERIFY(runBudgetSync(project));
    QVERIFY(m_engine->lastSummary().ok());
    const QJsonArray modifications = get(QStringLiteral("/rest/v1.0/projects/%1/budget_modifications").arg(project));
    const auto cached = BudgetModificationStore(*m_cache).forProject(project);
    QCOMPARE(cached.size(), modifications.size());
    Money want, got;
    for (const QJsonValue &m : modifications)
        want += *Money::parse(m.toObject().value(QStringLiteral("transfer_amount")).toString());
    for (const BudgetModification &m : cached)
        got += m.amount;
    QCOMPARE(got, want);

    const QJsonArray costs = get(QStringLiteral("/rest/v1.1/projects/%1/direct_costs").arg(project));
    QCOMPARE(DirectCostStore(*m_cache).forProject(project).size(), costs.size());
    // The Direct Costs column's grand total is the sum of the direct cost items.
    Money itemsTotal;
    for (const DirectCost &cost : DirectCostStore(*m_cache).forProject(project))
        itemsTotal += cost.amount;
    const QJsonArray list = views(project);
    BudgetTreeModel model;
    model.setSource(m_cache.get(), project, list.at(0).toObject().value(QStringLiteral("id")).toInteger());
    const int direct = model.columnOf(BudgetColumn::Kind::DirectCosts);
    QVERIFY(direct > 0);
    QCOMPARE(model.amount(model.totalIndex(direct)), itemsTotal);
}

void TestBudgetSync::directCostsSyncIncrementally()
{
    const qint64 project = m_projects.first();
    QVERIFY(runBudgetSync(project));
    const QString firstWatermark = SyncStateStore(*m_cache).state(project, BudgetService::directCostsStateName())->watermark;
    QVERIFY(!firstWatermark.isEmpty());
    const QList<DirectCost> before = DirectCostStore(*m_cache).forProject(project);
    const qint64 changed = before.first().id;
    const auto patched = m_fixture->sandbox->postJson(QStringLiteral("/__admin/records/direct_costs/%1").arg(changed),
                                                      {{QStringLiteral("grand_total"), QStringLiteral("1.1")}, {QStringLiteral("amount"), QStringLiteral("1.1")}});
    QCOMPARE(patched.status, 200);
    const int recordsBefore = m_engine->lastSummary().records;
    QVERIFY(runBudgetSync(project));
    QVERIFY(m_engine->lastSummary().ok());
    const QList<DirectCost> after = DirectCostStore(*m_cache).forProject(project);
    QCOMPARE(after.size(), before.size());
    for (const DirectCost &cost : after)
        if (cost.id == changed)
            QCOMPARE(cost.amount.toDecimalString(), QStringLiteral("1.10"));
    const QString watermark = SyncStateStore(*m_cache).state(project, BudgetService::directCostsStateName())->watermark;
    QVERIFY(watermark > firstWatermark);
    // Only the changed item came back (and the ones at the inclusive watermark), not the
    // whole list again.
    QVERIFY(int(before.size()) > 5);
    QVERIFY(m_engine->lastSummary().records <= recordsBefore - int(before.size()) + 3);
}

QTEST_MAIN(TestBudgetSync)
#include "tst_budgetsync.moc"
