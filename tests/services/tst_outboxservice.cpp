// The outbox against the sandbox with a real SQLite cache: creates and edits reach Procore,
// refusals keep the change with Procore's words, nothing is lost offline or across a restart,
// a create cut off mid-send is never sent twice blindly, and conflicts wait for the user.
#include "signedinfixture.h"

#include "cache/cachedatabase.h"
#include "outbox/outboxservice.h"
#include "outbox/outboxstore.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace sitedesk;

namespace {

constexpr qint64 kCompany = Q_INT64_C(562949953421312);
constexpr qint64 kProject = Q_INT64_C(562949953600000);
const QString kTool = QStringLiteral("outbox_test");

QString notesPath()
{
    return QStringLiteral("/rest/v1.0/projects/%1/notes_logs").arg(kProject);
}

OutboxEntry noteCreate(const QString &comment, const QString &itemKey)
{
    OutboxEntry entry;
    entry.companyId = kCompany;
    entry.projectId = kProject;
    entry.tool = kTool;
    entry.method = QStringLiteral("POST");
    entry.path = notesPath();
    entry.itemKey = itemKey;
    entry.summary = QStringLiteral("Note: %1").arg(comment);
    entry.body = QJsonObject{{QStringLiteral("notes_log"), QJsonObject{{QStringLiteral("comment"), comment},
                                                                      {QStringLiteral("date"), QStringLiteral("2026-01-05")}}}};
    return entry;
}

} // namespace

class TestOutboxService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void createReachesProcoreAndIsRecordedOnce();
    void refusedCreateKeepsProcoresMessageUntilFixed();
    void offlineChangeWaitsSurvivesRestartAndGoesWhenOnline();
    void serverErrorIsTriedAgainLater();
    void createCutOffMidSendAsksTheUserAfterRestart();
    void editOfAnItemChangedInProcoreIsAConflict();
    void refusedChangeHoldsBackLaterChangesOfTheSameItemOnly();

private:
    bool waitIdle(OutboxService &service);
    QJsonArray sandboxNotes();
    QJsonObject firstSubmittal();

    std::unique_ptr<SignedInFixture> m_fixture;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CacheDatabase> m_cache;
    QList<QJsonObject> m_applied;
};

void TestOutboxService::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_fixture = std::make_unique<SignedInFixture>();
    QVERIFY(m_fixture->signIn());
    OutboxService::registerApplier(kTool, [this](CacheDatabase &, const OutboxEntry &, const QJsonObject &response) {
        m_applied.append(response);
        return true;
    });
}

void TestOutboxService::init()
{
    m_fixture->sandbox->clearFaults();
    m_fixture->api.setApiBase(m_fixture->sandbox->baseUrl());
    m_applied.clear();
    m_cache.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    m_cache = std::make_unique<CacheDatabase>(m_dir->filePath(QStringLiteral("sitedesk.sqlite")));
    QCOMPARE(m_cache->open(), CacheDatabase::OpenStatus::Created);
}

// Waits until the service has nothing it can send right now.
bool TestOutboxService::waitIdle(OutboxService &service)
{
    QSignalSpy idle(&service, &OutboxService::idle);
    service.flush();
    return (!idle.isEmpty() || idle.wait(20000)) && !service.isSending();
}

QJsonArray TestOutboxService::sandboxNotes()
{
    const auto tokens = m_fixture->sandbox->issueTokens();
    return m_fixture->sandbox->listAll(notesPath() + QStringLiteral("?log_date=2026-01-05"), tokens.access, kCompany);
}

QJsonObject TestOutboxService::firstSubmittal()
{
    const auto tokens = m_fixture->sandbox->issueTokens();
    const QJsonArray all = m_fixture->sandbox->listAll(QStringLiteral("/rest/v1.1/projects/%1/submittals").arg(kProject), tokens.access, kCompany);
    return all.isEmpty() ? QJsonObject() : all.first().toObject();
}

void TestOutboxService::createReachesProcoreAndIsRecordedOnce()
{
    OutboxService service(&m_fixture->api);
    service.setCache(m_cache.get());
    QSignalSpy sent(&service, &OutboxService::sent);
    const QString comment = QStringLiteral("Crane inspection done – Grüße 東京");
    QVERIFY(service.submit(noteCreate(comment, QStringLiteral("note:new-1"))) != 0);
    QVERIFY(sent.wait(20000));

    QCOMPARE(OutboxStore(*m_cache).count(), 0);
    QCOMPARE(m_applied.size(), 1);
    QCOMPARE(m_applied.first().value(QStringLiteral("comment")).toString(), comment);
    int found = 0;
    for (const QJsonValue &note : sandboxNotes())
        found += note.toObject().value(QStringLiteral("comment")).toString() == comment;
    QCOMPARE(found, 1);
}

void TestOutboxService::refusedCreateKeepsProcoresMessageUntilFixed()
{
    OutboxService service(&m_fixture->api);
    service.setCache(m_cache.get());
    QSignalSpy needsUser(&service, &OutboxService::needsUser);
    const qint64 id = service.submit(noteCreate(QStringLiteral("   "), QStringLiteral("note:new-2")));
    QVERIFY(needsUser.wait(20000));

    OutboxEntry entry = *OutboxStore(*m_cache).entry(id);
    QCOMPARE(entry.state, OutboxEntry::State::Rejected);
    QVERIFY(entry.fieldErrors.value(QStringLiteral("comment")).toArray().first().toString().contains(QStringLiteral("blank")));
    QVERIFY(!entry.error.isEmpty());

    // The user fixes the text in place and sends it again.
    entry.body = noteCreate(QStringLiteral("Fixed note"), entry.itemKey).body;
    QVERIFY(OutboxStore(*m_cache).update(entry));
    QSignalSpy sent(&service, &OutboxService::sent);
    QVERIFY(service.retry(id));
    QVERIFY(sent.wait(20000));
    QCOMPARE(OutboxStore(*m_cache).count(), 0);
}

void TestOutboxService::offlineChangeWaitsSurvivesRestartAndGoesWhenOnline()
{
    const QString comment = QStringLiteral("Written with no signal");
    {
        m_fixture->api.setApiBase(QUrl(QStringLiteral("http://127.0.0.1:1")));   // nothing listens there
        OutboxService service(&m_fixture->api);
        service.setCache(m_cache.get());
        service.setRetryInterval(3600000);
        QVERIFY(service.submit(noteCreate(comment, QStringLiteral("note:new-3"))) != 0);
        QVERIFY(waitIdle(service));
        const QList<OutboxEntry> waiting = OutboxStore(*m_cache).entries(kProject);
        QCOMPARE(waiting.size(), 1);
        QCOMPARE(waiting.first().state, OutboxEntry::State::Pending);
        QVERIFY(!waiting.first().error.isEmpty());
    }
    // Sitedesk quits; the next start has the network back.
    const QString file = m_cache->filePath();
    m_cache.reset();
    m_cache = std::make_unique<CacheDatabase>(file);
    QCOMPARE(m_cache->open(), CacheDatabase::OpenStatus::Opened);
    m_fixture->api.setApiBase(m_fixture->sandbox->baseUrl());
    OutboxService service(&m_fixture->api);
    QSignalSpy sent(&service, &OutboxService::sent);
    service.setCache(m_cache.get());
    QVERIFY(sent.wait(20000));
    QCOMPARE(OutboxStore(*m_cache).count(), 0);
    int found = 0;
    for (const QJsonValue &note : sandboxNotes())
        found += note.toObject().value(QStringLiteral("comment")).toString() == comment;
    QCOMPARE(found, 1);
}

void TestOutboxService::serverErrorIsTriedAgainLater()
{
    m_fixture->sandbox->injectFault(QStringLiteral("500"), 1, notesPath());
    OutboxService service(&m_fixture->api);
    service.setCache(m_cache.get());
    service.setRetryInterval(200);
    QSignalSpy sent(&service, &OutboxService::sent);
    const qint64 id = service.submit(noteCreate(QStringLiteral("After a 500"), QStringLiteral("note:new-4")));
    QVERIFY(sent.wait(20000));
    QCOMPARE(sent.first().first().value<OutboxEntry>().id, id);
    QCOMPARE(sent.first().first().value<OutboxEntry>().attempts, 2);
}

void TestOutboxService::createCutOffMidSendAsksTheUserAfterRestart()
{
    OutboxStore store(*m_cache);
    OutboxEntry create = noteCreate(QStringLiteral("Maybe sent"), QStringLiteral("note:new-5"));
    create.state = OutboxEntry::State::Sending;   // as a kill mid-send leaves it
    const qint64 createId = store.add(create);
    OutboxEntry edit = noteCreate(QStringLiteral("x"), QStringLiteral("note:other"));
    edit.state = OutboxEntry::State::Sending;
    edit.method = QStringLiteral("PATCH");
    const qint64 editId = store.add(edit);

    QCOMPARE(store.recoverInterrupted(), 2);
    QCOMPARE(store.entry(createId)->state, OutboxEntry::State::Uncertain);
    QVERIFY(!store.entry(createId)->error.isEmpty());
    QCOMPARE(store.entry(editId)->state, OutboxEntry::State::Pending);
    const int before = int(sandboxNotes().size());

    OutboxService service(&m_fixture->api);
    service.setCache(m_cache.get());
    QVERIFY(waitIdle(service));
    QCOMPARE(int(sandboxNotes().size()), before);   // the uncertain create was not re-sent
    QVERIFY(service.discard(createId));
    QVERIFY(!store.entry(createId));
}

void TestOutboxService::editOfAnItemChangedInProcoreIsAConflict()
{
    const QJsonObject submittal = firstSubmittal();
    QVERIFY(!submittal.isEmpty());
    const QString path = QStringLiteral("/rest/v1.1/projects/%1/submittals/%2").arg(kProject).arg(submittal.value(QStringLiteral("id")).toInteger());

    OutboxEntry edit;
    edit.companyId = kCompany;
    edit.projectId = kProject;
    edit.tool = kTool;
    edit.method = QStringLiteral("PATCH");
    edit.path = path;
    edit.itemKey = QStringLiteral("submittal:1");
    edit.body = QJsonObject{{QStringLiteral("submittal"), QJsonObject{{QStringLiteral("title"), QStringLiteral("Mine")}}}};
    edit.baseUpdatedAt = QStringLiteral("2001-01-01T00:00:00Z");   // Procore's copy is newer

    OutboxService service(&m_fixture->api);
    service.setCache(m_cache.get());
    QSignalSpy needsUser(&service, &OutboxService::needsUser);
    const qint64 id = service.submit(edit);
    QVERIFY(needsUser.wait(20000));
    const OutboxEntry conflict = *OutboxStore(*m_cache).entry(id);
    QCOMPARE(conflict.state, OutboxEntry::State::Conflict);
    QCOMPARE(conflict.serverVersion.value(QStringLiteral("title")), submittal.value(QStringLiteral("title")));

    // "Take theirs": Procore's version goes to the tool's store and the edit is dropped.
    QVERIFY(service.takeTheirs(id));
    QVERIFY(!OutboxStore(*m_cache).entry(id));
    QCOMPARE(m_applied.size(), 1);
    QCOMPARE(m_applied.first().value(QStringLiteral("id")), submittal.value(QStringLiteral("id")));
    QVERIFY(!service.keepMine(id));   // nothing left to keep
}

void TestOutboxService::refusedChangeHoldsBackLaterChangesOfTheSameItemOnly()
{
    OutboxService service(&m_fixture->api);
    service.setCache(m_cache.get());
    OutboxStore store(*m_cache);
    const qint64 bad = store.add(noteCreate(QString(), QStringLiteral("note:A")));
    const qint64 sameItem = store.add(noteCreate(QStringLiteral("After A"), QStringLiteral("note:A")));
    const qint64 otherItem = store.add(noteCreate(QStringLiteral("Unrelated"), QStringLiteral("note:B")));
    QVERIFY(waitIdle(service));

    QCOMPARE(store.entry(bad)->state, OutboxEntry::State::Rejected);
    QCOMPARE(store.entry(sameItem)->state, OutboxEntry::State::Pending);   // waits behind A's refusal
    QVERIFY(!store.entry(otherItem));                                      // B went through
    QVERIFY(service.discard(bad));
    QVERIFY(waitIdle(service));
    QVERIFY(!store.entry(sameItem));
}

QTEST_GUILESS_MAIN(TestOutboxService)
#include "tst_outboxservice.moc"
