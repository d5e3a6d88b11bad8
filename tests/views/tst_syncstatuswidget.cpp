#include "viewsfixture.h"

#include "cache/syncstatestore.h"
#include "main/syncstatuswidget.h"

#include <QLabel>
#include <QProgressBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QToolButton>

#include <memory>

using namespace sitedesk;

class TestSyncStatusWidget final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void lastSyncedText_isShortAndRelative();
    void budgetText_groupsDigits();
    void idle_hidesProgressAndCancel();
    void running_showsProgressTextAndCancel();
    void failedSync_reportsMessage_cancelledDoesNot();
    void onlineIndicator_followsSession();
    void lastSuccess_fallsBackToCompanyWideLists();
};

void TestSyncStatusWidget::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestSyncStatusWidget::lastSyncedText_isShortAndRelative()
{
    const QLocale locale(QLocale::English, QLocale::UnitedKingdom);
    const QDateTime now = QDateTime::currentDateTime();
    QCOMPARE(SyncStatusWidget::lastSyncedText(std::nullopt, now, locale), QStringLiteral("Not synced yet"));
    QCOMPARE(SyncStatusWidget::lastSyncedText(now.addSecs(-20), now, locale), QStringLiteral("Last synced just now"));
    const QDateTime earlier(now.date(), QTime(0, 5));
    if (earlier.secsTo(now) >= 60) {
        QCOMPARE(SyncStatusWidget::lastSyncedText(earlier, now, locale),
                 QStringLiteral("Last synced %1").arg(locale.toString(earlier.time(), QLocale::ShortFormat)));
    }
    const QDateTime yesterday = now.addDays(-1);
    QVERIFY(SyncStatusWidget::lastSyncedText(yesterday, now, locale).contains(QStringLiteral("yesterday")));
    const QDateTime lastWeek = now.addDays(-7);
    QCOMPARE(SyncStatusWidget::lastSyncedText(lastWeek, now, locale),
             QStringLiteral("Last synced %1").arg(locale.toString(lastWeek.date(), QLocale::ShortFormat)));
}

void TestSyncStatusWidget::budgetText_groupsDigits()
{
    ApiClient::RateBudget budget;
    QCOMPARE(SyncStatusWidget::budgetText(budget, QLocale::c()), QString());   // not known yet
    budget.limit = 3600;
    budget.remaining = 3412;
    QCOMPARE(SyncStatusWidget::budgetText(budget, QLocale(QLocale::English, QLocale::UnitedStates)),
             QStringLiteral("API 3,412/3,600"));
}

void TestSyncStatusWidget::idle_hidesProgressAndCancel()
{
    test::ServiceStack stack;
    SyncStatusWidget widget(&stack.sync, &stack.api, &stack.session);
    widget.show();
    QVERIFY(!widget.findChild<QProgressBar *>(QStringLiteral("syncProgress"))->isVisible());
    QVERIFY(!widget.findChild<QToolButton *>(QStringLiteral("syncCancel"))->isVisible());
    QCOMPARE(widget.findChild<QLabel *>(QStringLiteral("lastSynced"))->text(), QStringLiteral("Not synced yet"));
    QVERIFY(!widget.findChild<QLabel *>(QStringLiteral("rateBudget"))->isVisible());
}

void TestSyncStatusWidget::running_showsProgressTextAndCancel()
{
    test::ServiceStack stack;
    SyncStatusWidget widget(&stack.sync, &stack.api, &stack.session);
    widget.show();
    emit stack.sync.started();
    emit stack.sync.progress(40, QStringLiteral("Syncing Projects (2 of 5 pages)…"));
    auto *progress = widget.findChild<QProgressBar *>(QStringLiteral("syncProgress"));
    QVERIFY(progress->isVisible());
    QCOMPARE(progress->value(), 40);
    QCOMPARE(widget.findChild<QLabel *>(QStringLiteral("syncStateText"))->text(),
             QStringLiteral("Syncing Projects (2 of 5 pages)…"));
    QVERIFY(widget.findChild<QToolButton *>(QStringLiteral("syncCancel"))->isVisible());
}

void TestSyncStatusWidget::failedSync_reportsMessage_cancelledDoesNot()
{
    test::ServiceStack stack;
    SyncStatusWidget widget(&stack.sync, &stack.api, &stack.session);
    QSignalSpy failed(&widget, &SyncStatusWidget::syncFailed);
    QSignalSpy ended(&widget, &SyncStatusWidget::syncEnded);

    SyncEngine::Summary failure;
    failure.failed << QStringLiteral("projects");
    failure.errors << ApiError::make(ApiError::Kind::Offline);
    emit stack.sync.finished(failure);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.at(0).at(0).toString(), failure.message());

    SyncEngine::Summary cancelled;
    cancelled.cancelled = true;
    emit stack.sync.finished(cancelled);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(ended.size(), 1);
    QVERIFY(!widget.findChild<QProgressBar *>(QStringLiteral("syncProgress"))->isVisible());
}

void TestSyncStatusWidget::onlineIndicator_followsSession()
{
    test::ServiceStack stack;
    SyncStatusWidget widget(&stack.sync, &stack.api, &stack.session);
    auto *state = widget.findChild<QLabel *>(QStringLiteral("onlineState"));
    QCOMPARE(state->text(), QStringLiteral("Online"));
    emit stack.session.onlineChanged(false);
    QCOMPARE(state->text(), QStringLiteral("Offline"));
}

void TestSyncStatusWidget::lastSuccess_fallsBackToCompanyWideLists()
{
    test::ServiceStack stack;
    CacheDatabase db(stack.dir.filePath(QStringLiteral("cache.sqlite")));
    QCOMPARE(db.open(), CacheDatabase::OpenStatus::Created);
    QVERIFY(!SyncStatusWidget::lastSuccessFor(db, 10, 101).has_value());

    const QDateTime listsSynced(QDate(2024, 5, 2), QTime(9, 0), Qt::UTC);
    QVERIFY(SyncStateStore(db).markSuccess(10, QStringLiteral("projects"), listsSynced, QString()));
    QCOMPARE(SyncStatusWidget::lastSuccessFor(db, 10, 101), listsSynced);

    const QDateTime projectSynced = listsSynced.addSecs(3600);
    QVERIFY(SyncStateStore(db).markSuccess(101, QStringLiteral("drawings"), projectSynced, QString()));
    QCOMPARE(SyncStatusWidget::lastSuccessFor(db, 10, 101), projectSynced);
}

QTEST_MAIN(TestSyncStatusWidget)
#include "tst_syncstatuswidget.moc"
