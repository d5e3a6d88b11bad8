// Budget records, stores, the tree model with subtotals and the filter model.
#include "budget/budgetfiltermodel.h"
#include "budget/budgetmodificationstore.h"
#include "budget/budgetrow.h"
#include "budget/budgetstore.h"
#include "budget/budgettreemodel.h"
#include "budget/directcoststore.h"
#include "cache/cachedatabase.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

using namespace sitedesk;
using NodeKind = BudgetTreeModel::NodeKind;

namespace {

BudgetColumn column(const QString &id, const QString &name, int position, bool amount = true)
{
    QJsonObject object{{QStringLiteral("id"), id}, {QStringLiteral("name"), name}, {QStringLiteral("position"), position},
                       {QStringLiteral("aggregatable"), amount}};
    return *BudgetColumn::fromJson(object);
}

QList<BudgetColumn> standardColumns()
{
    return {column(QStringLiteral("cost_code"), QStringLiteral("Cost Code"), -3, false),
            column(QStringLiteral("original_budget_amount"), QStringLiteral("Original Budget Amount"), 1),
            column(QStringLiteral("56101"), QStringLiteral("Revised Budget"), 2),
            column(QStringLiteral("56106"), QStringLiteral("Committed Costs"), 3),
            column(QStringLiteral("56109"), QStringLiteral("Projected Costs"), 4),
            column(QStringLiteral("56110"), QStringLiteral("Projected over Under"), 5)};
}

// Rows over `divisions` divisions with amounts as numbers and strings, cents that drift in
// binary floating point; *expected gets the integer sums per (division, column id).
QList<BudgetRow> makeRows(int divisions, QMap<QString, qint64> *expected, QRandomGenerator &random)
{
    const QList<BudgetColumn> columns = standardColumns();
    QList<BudgetRow> rows;
    qint64 id = 562949954200000;
    for (int d = 0; d < divisions; ++d) {
        for (int c = 0; c < 3; ++c) {
            for (int l = 0; l < 2; ++l) {
                QJsonObject object{{QStringLiteral("id"), ++id},
                                   {QStringLiteral("root_cost_code_id"), 100 + d},
                                   {QStringLiteral("root_cost_code"), QStringLiteral("%1 - Division %1").arg(d, 2, 10, QLatin1Char('0'))},
                                   {QStringLiteral("cost_code_id"), 1000 + d * 10 + c},
                                   {QStringLiteral("cost_code"), QStringLiteral("%1-%2 - Code").arg(d, 2, 10, QLatin1Char('0')).arg(c * 100)},
                                   {QStringLiteral("category"), l == 0 ? QStringLiteral("Labor") : QStringLiteral("Material")},
                                   {QStringLiteral("currency_configuration"), QJsonObject{{QStringLiteral("currency_iso_code"), QStringLiteral("USD")}}}};
                for (const BudgetColumn &col : columns) {
                    if (!col.isAmount())
                        continue;
                    const qint64 cents = qint64(random.bounded(20000000)) - 2000000 + (random.bounded(2) ? 10 : 30);
                    const QString text = Money::fromMinor(cents).toDecimalString();
                    object.insert(col.id, random.bounded(2) ? QJsonValue(text) : QJsonValue(text.toDouble()));
                    (*expected)[QStringLiteral("%1/%2").arg(100 + d).arg(col.id)] += cents;
                    (*expected)[QStringLiteral("total/%1").arg(col.id)] += cents;
                }
                rows.append(*BudgetRow::fromJson(object, columns));
            }
        }
    }
    return rows;
}

} // namespace

class TestBudgetModels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void rowReadsEitherShapeOfProcoreJson();
    void columnKindsFollowSlugsAndNames();
    void storeReplacesAViewAtomically();
    void storeRoundTripsAmountsExactly();
    void directCostsMergeAndDelete();
    void treeModelPassesTheModelTester();
    void subtotalsAndGrandTotalAreExactSums();
    void filteredTotalsEqualTheVisibleRows();
    void overBudgetOnlyKeepsOverBudgetLines();
    void sortingKeepsTheGrandTotalLast();
    void amountsAreRightAlignedAndNegativesMarked();
};

void TestBudgetModels::rowReadsEitherShapeOfProcoreJson()
{
    const QList<BudgetColumn> columns = standardColumns();
    // detail_rows: names with *_id beside them, amounts as strings and numbers, unknown fields.
    const QJsonObject detail = QJsonDocument::fromJson(R"({"id": "562949954200001", "root_cost_code_id": 5,
        "root_cost_code": "03 - Concrete", "cost_code_id": "123", "cost_code": "03-300 - Cast-in-Place Concrete",
        "category": "Labor", "original_budget_amount": "10000.0", "56101": 315691.95, "56110": "-17.25",
        "56106": null, "surprise": {"x": [1]}, "currency_configuration": {"currency_iso_code": "usd"}})").object();
    const BudgetRow a = *BudgetRow::fromJson(detail, columns);
    QCOMPARE(a.lineItemId, 562949954200001);
    QCOMPARE(a.divisionId, 5);
    QCOMPARE(a.costCodeId, 123);
    QCOMPARE(a.division, QStringLiteral("03 - Concrete"));
    QCOMPARE(a.currency, QStringLiteral("USD"));
    QCOMPARE(a.amount(QStringLiteral("original_budget_amount")).minorUnits(), 1000000);
    QCOMPARE(a.amount(QStringLiteral("56101")).minorUnits(), 31569195);
    QCOMPARE(a.amount(QStringLiteral("56110")).minorUnits(), -1725);
    QCOMPARE(a.amount(QStringLiteral("56106")).minorUnits(), 0);   // null counts as nothing
    QCOMPARE(a.raw, detail);                                       // verbatim for export
    // budget_details report: objects {id, name}, "budget_line_items-N" ids, cost_type.
    const QJsonObject report = QJsonDocument::fromJson(R"({"id": "budget_line_items-12345",
        "root_cost_code": {"id": 5, "name": "03 - Concrete"}, "cost_code": {"id": 123, "name": "03-300 - CIP"},
        "cost_type": {"id": 9, "name": "Material"}, "original_budget_amount": 20000})").object();
    const BudgetRow b = *BudgetRow::fromJson(report, columns);
    QCOMPARE(b.lineItemId, 12345);
    QCOMPARE(b.divisionId, 5);
    QCOMPARE(b.costCode, QStringLiteral("03-300 - CIP"));
    QCOMPARE(b.costType, QStringLiteral("Material"));
    QCOMPARE(b.amount(QStringLiteral("original_budget_amount")).toDecimalString(), QStringLiteral("20000.00"));
    QVERIFY(!BudgetRow::fromJson(QJsonObject{{QStringLiteral("cost_code"), QStringLiteral("x")}}, columns));
}

void TestBudgetModels::columnKindsFollowSlugsAndNames()
{
    QCOMPARE(BudgetColumn::kindOf(QStringLiteral("original_budget_amount"), QString()), BudgetColumn::Kind::OriginalBudget);
    QCOMPARE(BudgetColumn::kindOf(QStringLiteral("56101"), QStringLiteral("Revised Budget")), BudgetColumn::Kind::RevisedBudget);
    QCOMPARE(BudgetColumn::kindOf(QStringLiteral("9"), QStringLiteral("Projected over Under")), BudgetColumn::Kind::ProjectedOverUnder);
    QCOMPARE(BudgetColumn::kindOf(QStringLiteral("9"), QStringLiteral("My Column")), BudgetColumn::Kind::Other);
}

void TestBudgetModels::storeReplacesAViewAtomically()
{
    QTemporaryDir dir;
    CacheDatabase cache(dir.filePath(QStringLiteral("c.sqlite")));
    QCOMPARE(cache.open(), CacheDatabase::OpenStatus::Created);
    QRandomGenerator random(7);
    QMap<QString, qint64> expected;
    const QList<BudgetRow> rows = makeRows(3, &expected, random);
    BudgetStore store(cache);
    QVERIFY(store.replaceViews(1, {*BudgetView::fromJson(QJsonObject{{QStringLiteral("id"), 10}, {QStringLiteral("name"), QStringLiteral("Standard")}}, 1)}));
    QVERIFY(store.replaceViewContent(1, 10, standardColumns(), rows));
    QCOMPARE(store.rows(1, 10).size(), rows.size());

    // A second write that fails half way (two columns with one id) leaves the first intact.
    QList<BudgetColumn> broken = standardColumns();
    broken.append(broken.last());
    QString error;
    QVERIFY(!store.replaceViewContent(1, 10, broken, rows.mid(0, 2), &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(store.rows(1, 10).size(), rows.size());
    QCOMPARE(store.columns(1, 10).size(), standardColumns().size());

    // A view no longer listed leaves with its rows.
    QVERIFY(store.replaceViews(1, {}));
    QVERIFY(store.views(1).isEmpty());
    QVERIFY(store.rows(1, 10).isEmpty());
}

void TestBudgetModels::storeRoundTripsAmountsExactly()
{
    QTemporaryDir dir;
    CacheDatabase cache(dir.filePath(QStringLiteral("c.sqlite")));
    QCOMPARE(cache.open(), CacheDatabase::OpenStatus::Created);
    QRandomGenerator random(11);
    QMap<QString, qint64> expected;
    const QList<BudgetRow> rows = makeRows(2, &expected, random);
    BudgetStore store(cache);
    QVERIFY(store.replaceViewContent(1, 10, standardColumns(), rows));
    const QList<BudgetRow> read = store.rows(1, 10);
    QCOMPARE(read.size(), rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        QCOMPARE(read.at(i).key, rows.at(i).key);
        for (const BudgetColumn &c : standardColumns())
            QCOMPARE(read.at(i).amount(c.id), rows.at(i).amount(c.id));
    }
    QCOMPARE(store.currency(1), QStringLiteral("USD"));

    BudgetModificationStore modifications(cache);
    const auto m = BudgetModification::fromJson(QJsonDocument::fromJson(R"({"id": 7, "transfer_amount": "4500.1",
        "from_budget_line_item_id": null, "to_budget_line_item_id": "562949954200001", "created_at": "2025-02-01T10:17:09Z"})").object(), 1);
    QVERIFY(modifications.replaceForProject(1, {*m}));
    const auto readBack = modifications.forProject(1);
    QCOMPARE(readBack.size(), 1);
    QCOMPARE(readBack.first().amount.minorUnits(), 450010);
    QCOMPARE(readBack.first().fromLineItemId, 0);
    QCOMPARE(readBack.first().toLineItemId, 562949954200001);
}

void TestBudgetModels::directCostsMergeAndDelete()
{
    QTemporaryDir dir;
    CacheDatabase cache(dir.filePath(QStringLiteral("c.sqlite")));
    QCOMPARE(cache.open(), CacheDatabase::OpenStatus::Created);
    const auto cost = [](qint64 id, const char *amount, bool deleted = false) {
        QJsonObject object{{QStringLiteral("id"), id}, {QStringLiteral("grand_total"), QString::fromLatin1(amount)},
                           {QStringLiteral("vendor"), QJsonObject{{QStringLiteral("id"), 1}, {QStringLiteral("name"), QStringLiteral("Zürcher Beton AG")}}},
                           {QStringLiteral("deleted_at"), deleted ? QJsonValue(QStringLiteral("2026-01-05T08:00:01Z")) : QJsonValue()}};
        return *DirectCost::fromJson(object, 1);
    };
    DirectCostStore store(cache);
    QVERIFY(store.replaceForProject(1, {cost(1, "10.10"), cost(2, "20.20")}));
    QVERIFY(store.merge(1, {cost(2, "25.25"), cost(3, "30.30"), cost(1, "10.10", true)}));
    const auto list = store.forProject(1);
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0).id, 2);
    QCOMPARE(list.at(0).amount.toDecimalString(), QStringLiteral("25.25"));
    QCOMPARE(list.at(0).vendor, QStringLiteral("Zürcher Beton AG"));
    QCOMPARE(list.at(1).id, 3);
}

void TestBudgetModels::treeModelPassesTheModelTester()
{
    BudgetTreeModel model;
    BudgetFilterModel filter;
    filter.setBudgetModel(&model);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QRandomGenerator random(3);
    QMap<QString, qint64> expected;
    model.setContent(standardColumns(), makeRows(4, &expected, random));
    QCOMPARE(model.rowCount(), 5);   // four divisions and the total
    filter.setSearchText(QStringLiteral("division 02 labor"));
    filter.setOverBudgetOnly(true);
    filter.setOverBudgetOnly(false);
    filter.setDivisionFilter(101);
    filter.sort(2, Qt::DescendingOrder);
    filter.setDivisionFilter(0);
    filter.setSearchText({});
    model.setContent(standardColumns(), {});
    QCOMPARE(model.rowCount(), 0);
}

void TestBudgetModels::subtotalsAndGrandTotalAreExactSums()
{
    BudgetTreeModel model;
    QRandomGenerator random(5);
    QMap<QString, qint64> expected;
    model.setContent(standardColumns(), makeRows(6, &expected, random));
    const QList<BudgetColumn> &columns = model.amountColumns();
    QCOMPARE(columns.size(), 5);   // the view's amount columns only, in position order
    for (int d = 0; d < 6; ++d) {
        const QModelIndex division = model.index(d, 0);
        QCOMPARE(model.kind(division), NodeKind::Division);
        for (int c = 0; c < columns.size(); ++c) {
            const qint64 want = expected.value(QStringLiteral("%1/%2").arg(100 + d).arg(columns.at(c).id));
            QCOMPARE(model.amount(division.siblingAtColumn(c + 1)).minorUnits(), want);
            // Each cost code is the sum of its line items, each division of its cost codes.
            Money codes;
            for (int k = 0; k < model.rowCount(division); ++k) {
                const QModelIndex code = model.index(k, 0, division);
                Money items;
                for (int i = 0; i < model.rowCount(code); ++i)
                    items += model.amount(model.index(i, c + 1, code));
                QCOMPARE(model.amount(code.siblingAtColumn(c + 1)), items);
                codes += items;
            }
            QCOMPARE(codes.minorUnits(), want);
        }
    }
    for (int c = 0; c < columns.size(); ++c)
        QCOMPARE(model.amount(model.totalIndex(c + 1)).minorUnits(), expected.value(QStringLiteral("total/%1").arg(columns.at(c).id)));
    QCOMPARE(model.kind(model.totalIndex()), NodeKind::Total);
}

void TestBudgetModels::filteredTotalsEqualTheVisibleRows()
{
    BudgetTreeModel model;
    BudgetFilterModel filter;
    filter.setBudgetModel(&model);
    QRandomGenerator random(9);
    QMap<QString, qint64> expected;
    model.setContent(standardColumns(), makeRows(5, &expected, random));
    filter.setSearchText(QStringLiteral("labor"));
    const int totalRow = filter.rowCount() - 1;
    QCOMPARE(filter.index(totalRow, 0).data(BudgetTreeModel::NodeKindRole).toInt(), int(NodeKind::Total));
    for (int c = 1; c < filter.columnCount(); ++c) {
        Money visible;
        int leaves = 0;
        for (int d = 0; d < totalRow; ++d) {
            const QModelIndex division = filter.index(d, 0);
            Money divisionSum;
            for (int k = 0; k < filter.rowCount(division); ++k) {
                const QModelIndex code = filter.index(k, 0, division);
                for (int i = 0; i < filter.rowCount(code); ++i) {
                    QVERIFY(filter.index(i, 0, code).data().toString().contains(QStringLiteral("Labor")));
                    divisionSum += filter.amount(filter.index(i, c, code));
                    ++leaves;
                }
            }
            QCOMPARE(filter.amount(filter.index(d, c)), divisionSum);
            QCOMPARE(filter.index(d, c).data(BudgetTreeModel::MinorUnitsRole).toLongLong(), divisionSum.minorUnits());
            visible += divisionSum;
        }
        QCOMPARE(leaves, 5 * 3);   // one Labor line per cost code
        QCOMPARE(filter.amount(filter.index(totalRow, c)), visible);
        QCOMPARE(filter.index(totalRow, c).data().toString(), model.formatted(visible));
    }
}

void TestBudgetModels::overBudgetOnlyKeepsOverBudgetLines()
{
    BudgetTreeModel model;
    BudgetFilterModel filter;
    filter.setBudgetModel(&model);
    QRandomGenerator random(13);
    QMap<QString, qint64> expected;
    model.setContent(standardColumns(), makeRows(4, &expected, random));
    const int overUnder = model.columnOf(BudgetColumn::Kind::ProjectedOverUnder);
    QVERIFY(overUnder > 0);
    filter.setOverBudgetOnly(true);
    int shown = 0;
    for (int d = 0; d < filter.rowCount() - 1; ++d) {
        const QModelIndex division = filter.index(d, 0);
        for (int k = 0; k < filter.rowCount(division); ++k) {
            const QModelIndex code = filter.index(k, 0, division);
            for (int i = 0; i < filter.rowCount(code); ++i, ++shown)
                QVERIFY(filter.amount(filter.index(i, overUnder, code)).isNegative());
        }
    }
    QVERIFY(shown > 0);
    QVERIFY(shown < 4 * 3 * 2);
}

void TestBudgetModels::sortingKeepsTheGrandTotalLast()
{
    BudgetTreeModel model;
    BudgetFilterModel filter;
    filter.setBudgetModel(&model);
    QRandomGenerator random(17);
    QMap<QString, qint64> expected;
    model.setContent(standardColumns(), makeRows(4, &expected, random));
    for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
        for (int column = 0; column < filter.columnCount(); ++column) {
            filter.sort(column, order);
            QCOMPARE(filter.index(filter.rowCount() - 1, 0).data(BudgetTreeModel::NodeKindRole).toInt(), int(NodeKind::Total));
        }
    }
    filter.sort(2, Qt::DescendingOrder);
    QVERIFY(filter.amount(filter.index(0, 2)) >= filter.amount(filter.index(1, 2)));
}

void TestBudgetModels::amountsAreRightAlignedAndNegativesMarked()
{
    BudgetTreeModel model;
    model.setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
    const QJsonObject object{{QStringLiteral("id"), 1}, {QStringLiteral("root_cost_code_id"), 1}, {QStringLiteral("cost_code_id"), 2},
                             {QStringLiteral("original_budget_amount"), QStringLiteral("-1234.5")},
                             {QStringLiteral("currency_configuration"), QJsonObject{{QStringLiteral("currency_iso_code"), QStringLiteral("USD")}}}};
    model.setContent(standardColumns(), {*BudgetRow::fromJson(object, standardColumns())});
    const QModelIndex leaf = model.index(0, 1, model.index(0, 0, model.index(0, 0)));
    QCOMPARE(leaf.data(Qt::TextAlignmentRole).toInt(), int(Qt::AlignRight | Qt::AlignVCenter));
    QVERIFY(leaf.data(Qt::ForegroundRole).isValid());
    QVERIFY(leaf.data().toString().contains(QStringLiteral("1,234.50")));
    QVERIFY(leaf.data().toString().contains(QLatin1Char('$')));
    QCOMPARE(leaf.data(BudgetTreeModel::DecimalTextRole).toString(), QStringLiteral("-1234.50"));
    QVERIFY(!model.index(0, 2, model.index(0, 0, model.index(0, 0))).data(Qt::ForegroundRole).isValid());   // zero is not negative
}

QTEST_MAIN(TestBudgetModels)
#include "tst_budgetmodels.moc"
