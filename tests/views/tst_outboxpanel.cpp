// The outbox panel and its status-bar button on the real window, offline (closed port): the
// user sees how many changes wait, Procore's reason for a refusal, the conflict answers, and
// can discard a change after confirming.
#include "viewsfixture.h"

#include "common/messagebox.h"
#include "main/mainwindow.h"
#include "outbox/outboxindicator.h"
#include "outbox/outboxmodel.h"
#include "outbox/outboxpanel.h"
#include "outbox/outboxservice.h"
#include "outbox/outboxstore.h"

#include <QAbstractItemModelTester>
#include <QDockWidget>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QToolButton>
#include <QtTest>

using namespace sitedesk;

namespace {

OutboxEntry entry(const QString &summary, OutboxEntry::State state)
{
    OutboxEntry e;
    e.projectId = 7;
    e.tool = QStringLiteral("submittals");
    e.method = QStringLiteral("PATCH");
    e.path = QStringLiteral("/rest/v1.1/projects/7/submittals/1");
    e.itemKey = summary;
    e.summary = summary;
    e.state = state;
    return e;
}

} // namespace

class TestOutboxPanel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void statusButtonCountsChangesAndOpensThePanel();
    void refusedChangeShowsProcoresWords();
    void conflictOffersKeepMineAndTakeTheirs();
    void discardAsksFirstThenRemoves();

private:
    int rowOf(const QString &summary) const;
    void select(const QString &summary);

    std::unique_ptr<test::ServiceStack> m_stack;
    std::unique_ptr<CacheDatabase> m_cache;
    std::unique_ptr<OutboxService> m_outbox;
    std::unique_ptr<MainWindow> m_window;
    OutboxPanel *m_panel = nullptr;
};

void TestOutboxPanel::init()
{
    m_stack = std::make_unique<test::ServiceStack>();
    m_cache = std::make_unique<CacheDatabase>(m_stack->dir.filePath(QStringLiteral("outbox.sqlite")));
    QCOMPARE(m_cache->open(), CacheDatabase::OpenStatus::Created);
    OutboxStore store(*m_cache);
    store.add(entry(QStringLiteral("Edit submittal 1 – Doors"), OutboxEntry::State::Pending));
    OutboxEntry refused = entry(QStringLiteral("Edit submittal 2 – Glazing"), OutboxEntry::State::Rejected);
    refused.error = QStringLiteral("Procore refused the change (422).");
    refused.fieldErrors = QJsonObject{{QStringLiteral("due_date"), QJsonArray{QStringLiteral("can't be before the submit date")}}};
    store.add(refused);
    OutboxEntry conflict = entry(QStringLiteral("Edit submittal 3 – Roofing"), OutboxEntry::State::Conflict);
    conflict.serverVersion = QJsonObject{{QStringLiteral("updated_at"), QStringLiteral("2026-11-28T09:00:00Z")}};
    store.add(conflict);

    m_outbox = std::make_unique<OutboxService>(&m_stack->api);
    m_outbox->setRetryInterval(3600000);
    m_outbox->setCache(m_cache.get());
    m_window = std::make_unique<MainWindow>(&m_stack->settings, &m_stack->auth, &m_stack->session, &m_stack->sync, &m_stack->api);
    m_panel = installOutbox(m_window.get(), m_outbox.get());
    m_panel->setCache(m_cache.get());
    m_panel->setProjectId(7);
    new QAbstractItemModelTester(m_panel->model(), QAbstractItemModelTester::FailureReportingMode::QtTest, m_panel);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestOutboxPanel::cleanup()
{
    m_window.reset();
    m_outbox.reset();
    m_cache.reset();
    m_stack.reset();
}

int TestOutboxPanel::rowOf(const QString &summary) const
{
    const QAbstractItemModel *model = m_panel->model();
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, OutboxModel::Change).data().toString() == summary)
            return row;
    return -1;
}

void TestOutboxPanel::select(const QString &summary)
{
    const int row = rowOf(summary);
    QVERIFY(row >= 0);
    m_panel->view()->selectRow(row);
}

void TestOutboxPanel::statusButtonCountsChangesAndOpensThePanel()
{
    auto *button = m_window->findChild<QToolButton *>(QStringLiteral("outboxButton"));
    QVERIFY(button);
    QTRY_VERIFY(button->isVisible());
    QCOMPARE(button->text(), QStringLiteral("2 changes need you"));
    auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("outboxDock"));
    QVERIFY(dock && !dock->isVisible());
    button->click();
    QVERIFY(dock->isVisible());
    QCOMPARE(m_panel->model()->rowCount(), 3);
    QCOMPARE(m_panel->model()->index(rowOf(QStringLiteral("Edit submittal 1 – Doors")), OutboxModel::State).data().toString(),
             QStringLiteral("Waiting to send"));
}

void TestOutboxPanel::refusedChangeShowsProcoresWords()
{
    select(QStringLiteral("Edit submittal 2 – Glazing"));
    const QList<QLabel *> labels = m_panel->findChildren<QLabel *>();
    const bool shown = std::any_of(labels.begin(), labels.end(), [](QLabel *label) {
        return label->text().contains(QStringLiteral("due_date: can't be before the submit date"));
    });
    QVERIFY(shown);
    const QList<QPushButton *> buttons = m_panel->findChildren<QPushButton *>();
    auto named = [&](const QString &text) {
        return *std::find_if(buttons.begin(), buttons.end(), [&](QPushButton *b) { return b->text() == text; });
    };
    QVERIFY(named(QStringLiteral("&Try Again"))->isEnabled());
    QVERIFY(named(QStringLiteral("&Keep Mine"))->isHidden());
}

void TestOutboxPanel::conflictOffersKeepMineAndTakeTheirs()
{
    select(QStringLiteral("Edit submittal 3 – Roofing"));
    const QList<QPushButton *> buttons = m_panel->findChildren<QPushButton *>();
    auto named = [&](const QString &text) {
        return *std::find_if(buttons.begin(), buttons.end(), [&](QPushButton *b) { return b->text() == text; });
    };
    QVERIFY(!named(QStringLiteral("&Keep Mine"))->isHidden());
    QVERIFY(!named(QStringLiteral("Take &Procore's"))->isHidden());
    QVERIFY(!named(QStringLiteral("&Try Again"))->isEnabled());

    named(QStringLiteral("Take &Procore's"))->click();   // drops mine
    QTRY_COMPARE(rowOf(QStringLiteral("Edit submittal 3 – Roofing")), -1);
    auto *button = m_window->findChild<QToolButton *>(QStringLiteral("outboxButton"));
    QTRY_COMPARE(button->text(), QStringLiteral("1 change needs you"));
}

void TestOutboxPanel::discardAsksFirstThenRemoves()
{
    select(QStringLiteral("Edit submittal 2 – Glazing"));
    const QList<QPushButton *> buttons = m_panel->findChildren<QPushButton *>();
    QPushButton *discard = *std::find_if(buttons.begin(), buttons.end(), [](QPushButton *b) { return b->text() == QStringLiteral("&Discard…"); });

    MessageBox::setNextAnswer(MessageBox::Answer::Cancel);
    discard->click();
    QVERIFY(MessageBox::lastQuestion()->text.contains(QStringLiteral("Glazing")));
    QCOMPARE(OutboxStore(*m_cache).count(), 3);

    MessageBox::setNextAnswer(MessageBox::Answer::Confirm);
    discard->click();
    QTRY_COMPARE(OutboxStore(*m_cache).count(), 2);
    QTRY_COMPARE(rowOf(QStringLiteral("Edit submittal 2 – Glazing")), -1);
}

QTEST_MAIN(TestOutboxPanel)
#include "tst_outboxpanel.moc"
