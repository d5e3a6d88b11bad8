// Prints how fast the Submittals log answers on a cache of many submittals (never asserts):
// storing them in one transaction, loading the log (compact rows, no JSON), a keystroke of
// search-as-you-type, the overdue filter, and grouping by spec section with a sort.
#include "cache/cachedatabase.h"
#include "submittals/submittal.h"
#include "submittals/submittalfiltermodel.h"
#include "submittals/submittallogmodel.h"
#include "submittals/submittalstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QTemporaryDir>

#include <cstdio>

using namespace sitedesk;

namespace {

constexpr qint64 projectId = 562949953421312;

QList<Submittal> bigLog(int count)
{
    const char *const sections[] = {"03 30 00 Cast-in-Place Concrete", "05 12 00 Structural Steel Framing",
                                    "08 44 13 Glazed Aluminum Curtain Walls", "09 29 00 Gypsum Board", "26 05 00 Electrical"};
    const char *const statuses[] = {"Draft", "Open", "In Review", "Approved", "Closed"};
    QList<Submittal> list;
    list.reserve(count);
    for (int i = 0; i < count; ++i) {
        const QJsonObject raw{
            {QStringLiteral("id"), qint64(562949954000000 + i)},
            {QStringLiteral("number"), QString::number(i + 1)},
            {QStringLiteral("title"), QStringLiteral("Submittal %1 – Façade anchors").arg(i)},
            {QStringLiteral("specification_section"), QString::fromLatin1(sections[i % 5])},
            {QStringLiteral("status"), QJsonObject{{QStringLiteral("id"), 90 + i % 5}, {QStringLiteral("name"), QString::fromLatin1(statuses[i % 5])},
                                                   {QStringLiteral("status"), i % 5 == 4 ? QStringLiteral("Closed") : QStringLiteral("Open")}}},
            {QStringLiteral("ball_in_court"), QJsonArray{QJsonObject{{QStringLiteral("id"), qint64(7300000000000 + i % 40)}, {QStringLiteral("name"), QStringLiteral("Person %1").arg(i % 40)}}}},
            {QStringLiteral("due_date"), QDate(2026, 1, 1).addDays(i % 120).toString(Qt::ISODate)},
            {QStringLiteral("updated_at"), QStringLiteral("2026-01-05T08:00:00Z")},
            {QStringLiteral("approvers"), QJsonArray{QJsonObject{{QStringLiteral("user"), QJsonObject{{QStringLiteral("name"), QStringLiteral("Reviewer")}}}}}},
        };
        list.append(*Submittal::fromJson(raw, projectId));
    }
    return list;
}

double ms(const QElapsedTimer &timer) { return double(timer.nsecsElapsed()) / 1e6; }

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int count = app.arguments().contains(QStringLiteral("--small")) ? 500 : 20000;
    QTemporaryDir dir;
    CacheDatabase cache(dir.filePath(QStringLiteral("bench.sqlite")));
    if (cache.open() != CacheDatabase::OpenStatus::Created)
        return 1;
    const QList<Submittal> submittals = bigLog(count);
    QElapsedTimer timer;
    timer.start();
    if (!SubmittalStore(cache).replaceAll(projectId, submittals))
        return 1;
    std::printf("submittals: %d stored in one transaction: %.1f ms\n", count, ms(timer));

    SubmittalLogModel log;
    SubmittalFilterModel filter;
    filter.setLog(&log);
    timer.restart();
    log.setSource(&cache, projectId);
    const double uiThread = ms(timer);   // the rows are read on a pool thread
    QEventLoop loop;
    QObject::connect(&log, &SubmittalLogModel::loaded, &loop, &QEventLoop::quit);
    loop.exec();
    std::printf("log loaded from the cache: %.1f ms (%d rows; UI thread busy %.1f ms of it)\n", ms(timer), log.rowCount(), uiThread);
    timer.restart();
    filter.sort(SubmittalLogModel::Number);
    const int rows = filter.rowCount();
    std::printf("sorted by number: %.1f ms (%d rows)\n", ms(timer), rows);
    timer.restart();
    filter.sort(SubmittalLogModel::DueDate, Qt::DescendingOrder);
    std::printf("sorted by due date: %.1f ms\n", ms(timer));

    const QString typed = QStringLiteral("facade 12");
    double worst = 0;
    for (qsizetype n = 1; n <= typed.size(); ++n) {
        timer.restart();
        filter.setSearchText(typed.left(n));
        worst = std::max(worst, ms(timer));
    }
    std::printf("search-as-you-type: slowest keystroke %.1f ms (\"%s\": %d rows)\n", worst, qPrintable(typed), filter.rowCount());
    filter.setSearchText({});

    filter.setToday(QDate(2026, 2, 1));
    timer.restart();
    filter.setOverdueOnly(true);
    std::printf("overdue filter: %.1f ms (%d rows)\n", ms(timer), filter.rowCount());
    filter.setOverdueOnly(false);

    timer.restart();
    filter.setGroupBy(SubmittalFilterModel::GroupBy::SpecSection);
    std::printf("grouped by spec section: %.1f ms (%d rows)\n", ms(timer), filter.rowCount());
    return 0;
}
