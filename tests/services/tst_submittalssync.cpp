// SubmittalsSync, SubmittalWriter and SubmittalRefresher against the sandbox, into a real SQLite cache.
#include "signedinfixture.h"

#include "cache/cachedatabase.h"
#include "cache/syncstatestore.h"
#include "outbox/outboxservice.h"
#include "outbox/outboxstore.h"
#include "projects/projectstore.h"
#include "submittals/submittalrefresher.h"
#include "submittals/submittalssync.h"
#include "submittals/submittalstore.h"
#include "submittals/submittalwriter.h"
#include "submittals/submittaldetail.h"
#include "sync/toolregistry.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace sitedesk;

class TestSubmittalsSync : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void registeredAsSubmittals();
    void firstSyncStoresTheWholeLog();
    void secondSyncAsksOnlyForChanges();
    void deletedSubmittalLeavesTheCache();
    void oddShapesAreStoredWithoutLoss();
    void failedSyncKeepsThePreviousLog();
    void editReachesProcoreAndTheCache();
    void emptyTitleIsRefusedByTheField();
    void editAfterSomeoneElsesIsAConflict();
    void refreshReadsTheAttachments();

private:
    ApiError sync(int *records = nullptr, bool everything = false);
    QJsonArray sandboxLog();
    int requestsFor(const QString &pathPart);
    bool waitForOutbox(OutboxService &outbox);

    std::unique_ptr<SignedInFixture> m_fixture;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CacheDatabase> m_cache;
    qint64 m_companyId = 0;
    qint64 m_projectId = 0;
};

void TestSubmittalsSync::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_fixture = std::make_unique<SignedInFixture>(QStringList{QStringLiteral("--scale"), QStringLiteral("tiny")});
    QVERIFY(m_fixture->signIn());
    m_companyId = m_fixture->firstCompanyId();
    m_projectId = m_fixture->firstProjectId(m_companyId);
    SubmittalWriter::registerApplier();
}

void TestSubmittalsSync::init()
{
    m_fixture->sandbox->clearFaults();
    m_cache.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    m_cache = std::make_unique<CacheDatabase>(m_dir->filePath(QStringLiteral("cache.sqlite")));
    QCOMPARE(m_cache->open(), CacheDatabase::OpenStatus::Created);
    Project project;
    project.id = m_projectId;
    project.companyId = m_companyId;
    QVERIFY(ProjectStore(*m_cache).replaceForCompany(m_companyId, {project}));
}

QJsonArray TestSubmittalsSync::sandboxLog()
{
    return m_fixture->sandbox->listAll(QStringLiteral("/rest/v1.1/projects/%1/submittals").arg(m_projectId), m_fixture->auth.accessToken(), m_companyId);
}

int TestSubmittalsSync::requestsFor(const QString &pathPart)
{
    int count = 0;
    const QJsonObject byPath = m_fixture->sandbox->stats().value(QStringLiteral("by_path")).toObject();
    for (auto it = byPath.begin(); it != byPath.end(); ++it)
        if (it.key().contains(pathPart))
            count += it.value().toInt();
    return count;
}

ApiError TestSubmittalsSync::sync(int *records, bool everything)
{
    SubmittalsSync submittals;
    ApiError result;
    bool done = false;
    connect(&submittals, &ToolSync::finished, this, [&](const ApiError &error) { result = error; done = true; });
    submittals.start({&m_fixture->api, m_cache.get(), m_companyId, m_projectId, everything});
    if (!QTest::qWaitFor([&] { return done; }, 60000))
        return ApiError::make(ApiError::Kind::Timeout, QStringLiteral("sync did not finish"));
    if (records)
        *records = submittals.recordCount();
    return result;
}

bool TestSubmittalsSync::waitForOutbox(OutboxService &outbox)
{
    return QTest::qWaitFor([&] { return !outbox.isSending() && OutboxStore(*m_cache).count(m_projectId) == 0; }, 20000);
}

void TestSubmittalsSync::registeredAsSubmittals()
{
    const ToolRegistry::Entry *entry = ToolRegistry::find(QStringLiteral("submittals"));
    QVERIFY(entry);
    QCOMPARE(entry->scope, ToolSync::Scope::Project);
    QVERIFY(ToolRegistry::defaultProjectTools().contains(QStringLiteral("submittals")));
}

void TestSubmittalsSync::firstSyncStoresTheWholeLog()
{
    int records = 0;
    const ApiError error = sync(&records);
    QVERIFY2(!error, qPrintable(error.userMessage()));
    const QJsonArray log = sandboxLog();
    QVERIFY(log.size() > 5);
    QCOMPARE(records, log.size());
    SubmittalStore store(*m_cache);
    QCOMPARE(store.count(m_projectId), log.size());
    const QJsonObject first = log.first().toObject();
    const auto cached = store.find(first.value(QStringLiteral("id")).toInteger());
    QVERIFY(cached);
    QCOMPARE(cached->raw, first);   // Procore's record verbatim
    QVERIFY(!cached->statusName.isEmpty() && !cached->specSection.isEmpty());
    const auto state = SyncStateStore(*m_cache).state(m_projectId, QStringLiteral("submittals"));
    QVERIFY(state && !state->watermark.isEmpty());
}

void TestSubmittalsSync::secondSyncAsksOnlyForChanges()
{
    QVERIFY(!sync());
    const qint64 changedId = sandboxLog().at(2).toObject().value(QStringLiteral("id")).toInteger();
    QCOMPARE(m_fixture->sandbox->postJson(QStringLiteral("/__admin/records/submittals/%1").arg(changedId),
                                          {{QStringLiteral("title"), QStringLiteral("Anchor bolts – revised")}}).status, 200);
    m_fixture->sandbox->resetStats();
    int records = 0;
    QVERIFY(!sync(&records));
    QCOMPARE(requestsFor(QStringLiteral("/submittals")), 1);   // the changes; the log's Total is not due yet
    QVERIFY2(records >= 1 && records <= 2, qPrintable(QString::number(records)));   // the changed one (and the watermark's own, an inclusive range)
    QCOMPARE(SubmittalStore(*m_cache).find(changedId)->title, QStringLiteral("Anchor bolts – revised"));
    QCOMPARE(SubmittalStore(*m_cache).count(m_projectId), sandboxLog().size());
}

void TestSubmittalsSync::deletedSubmittalLeavesTheCache()
{
    QVERIFY(!sync());
    const QJsonArray log = sandboxLog();
    const qint64 deletedId = log.at(1).toObject().value(QStringLiteral("id")).toInteger();
    const qint64 alsoDeletedId = log.at(3).toObject().value(QStringLiteral("id")).toInteger();
    QCOMPARE(m_fixture->sandbox->deleteResource(QStringLiteral("/__admin/records/submittals/%1").arg(deletedId)).status, 200);
    // Procore reports no deletions: the log's Total, compared when the user checks everything,
    m_fixture->sandbox->resetStats();
    QVERIFY(!sync(nullptr, true));
    QVERIFY(requestsFor(QStringLiteral("/submittals")) >= 2);
    QVERIFY(!SubmittalStore(*m_cache).find(deletedId));
    QCOMPARE(SubmittalStore(*m_cache).count(m_projectId), sandboxLog().size());
    // … or when the last comparison is six hours old, finds it.
    QCOMPARE(m_fixture->sandbox->deleteResource(QStringLiteral("/__admin/records/submittals/%1").arg(alsoDeletedId)).status, 200);
    QVERIFY(SyncStateStore(*m_cache).markSuccess(m_projectId, QStringLiteral("submittals_count"), QDateTime::currentDateTimeUtc().addSecs(-7 * 3600), {}));
    QVERIFY(!sync());
    QVERIFY(!SubmittalStore(*m_cache).find(alsoDeletedId));
    QCOMPARE(SubmittalStore(*m_cache).count(m_projectId), sandboxLog().size());
}

void TestSubmittalsSync::oddShapesAreStoredWithoutLoss()
{
    // A submittal Procore sends with a status as text, one ball-in-court person as an object,
    // nulls and a field Sitedesk does not know: it is listed, and exported as it came.
    const QJsonObject odd{{QStringLiteral("_project_id"), m_projectId},
                          {QStringLiteral("number"), QStringLiteral("99")},
                          {QStringLiteral("title"), QStringLiteral("Ölabscheider – Produktdaten")},
                          {QStringLiteral("status"), QStringLiteral("Open")},
                          {QStringLiteral("ball_in_court"), QJsonObject{{QStringLiteral("id"), QStringLiteral("7300000000009")}, {QStringLiteral("name"), QStringLiteral("Zoë Martin")}}},
                          {QStringLiteral("specification_section"), QJsonValue::Null},
                          {QStringLiteral("due_date"), QJsonValue::Null},
                          {QStringLiteral("brand_new_field"), QJsonArray{1, QStringLiteral("two")}}};
    const auto added = m_fixture->sandbox->postJson(QStringLiteral("/__admin/records/submittals"), odd);
    QCOMPARE(added.status, 201);
    const qint64 id = added.json().object().value(QStringLiteral("id")).toInteger();
    QVERIFY(!sync());
    const auto cached = SubmittalStore(*m_cache).find(id);
    QVERIFY(cached);
    QCOMPARE(cached->statusName, QStringLiteral("Open"));
    QCOMPARE(cached->ballInCourtNames(), QStringLiteral("Zoë Martin"));
    QCOMPARE(cached->raw.value(QStringLiteral("brand_new_field")).toArray().size(), 2);
    QCOMPARE(m_fixture->sandbox->deleteResource(QStringLiteral("/__admin/records/submittals/%1").arg(id)).status, 200);
}

void TestSubmittalsSync::failedSyncKeepsThePreviousLog()
{
    QVERIFY(!sync());
    const int before = SubmittalStore(*m_cache).count(m_projectId);
    m_fixture->sandbox->injectFault(QStringLiteral("500"), 20, QStringLiteral("/rest/v1.1/projects/"));
    QVERIFY(sync());
    m_fixture->sandbox->clearFaults();
    QCOMPARE(SubmittalStore(*m_cache).count(m_projectId), before);
}

void TestSubmittalsSync::editReachesProcoreAndTheCache()
{
    QVERIFY(!sync());
    OutboxService outbox(&m_fixture->api);
    outbox.setCache(m_cache.get());
    SubmittalWriter writer(&outbox);
    const QJsonObject target = sandboxLog().at(3).toObject();
    const Submittal submittal = *SubmittalStore(*m_cache).find(target.value(QStringLiteral("id")).toInteger());
    const qint64 otherStatus = SubmittalStore(*m_cache).statuses(m_projectId).first().id;
    QString error;
    QVERIFY2(writer.edit(submittal, {{QStringLiteral("title"), QStringLiteral("Door hardware – rev. B")},
                                     {QStringLiteral("description"), QStringLiteral("Übergabe an den Architekten")},
                                     {QStringLiteral("due_date"), QStringLiteral("2026-02-20")},
                                     {QStringLiteral("status_id"), otherStatus}}, &error), qPrintable(error));
    QVERIFY(waitForOutbox(outbox));
    const auto cached = SubmittalStore(*m_cache).find(submittal.id);
    QCOMPARE(cached->title, QStringLiteral("Door hardware – rev. B"));
    QCOMPARE(cached->description, QStringLiteral("Übergabe an den Architekten"));
    QCOMPARE(cached->dueDate, QStringLiteral("2026-02-20"));
    QCOMPARE(cached->statusId, otherStatus);
    // Procore has it too.
    const auto show = m_fixture->sandbox->get(Submittal::pathOf(m_projectId, submittal.id), m_fixture->auth.accessToken(), m_companyId);
    QCOMPARE(show.json().object().value(QStringLiteral("title")).toString(), QStringLiteral("Door hardware – rev. B"));
    QCOMPARE(show.json().object().value(QStringLiteral("associated_attachments")).toArray().size(),
             target.value(QStringLiteral("associated_attachments")).toArray().size());   // attachments untouched
}

void TestSubmittalsSync::emptyTitleIsRefusedByTheField()
{
    QVERIFY(!sync());
    OutboxService outbox(&m_fixture->api);
    outbox.setCache(m_cache.get());
    SubmittalWriter writer(&outbox);
    const Submittal submittal = *SubmittalStore(*m_cache).find(sandboxLog().at(4).toObject().value(QStringLiteral("id")).toInteger());
    QSignalSpy needsUser(&outbox, &OutboxService::needsUser);
    QVERIFY(writer.edit(submittal, {{QStringLiteral("title"), QStringLiteral("  ")}}));
    QVERIFY(needsUser.wait(20000));
    const auto waiting = writer.waitingEdit(submittal.id);
    QVERIFY(waiting);
    QCOMPARE(waiting->state, OutboxEntry::State::Rejected);
    QVERIFY(!waiting->fieldErrors.value(QStringLiteral("title")).toArray().isEmpty());
    QCOMPARE(SubmittalStore(*m_cache).find(submittal.id)->title, submittal.title);   // the cache keeps Procore's
    // Corrected, the same change goes through.
    QVERIFY(writer.edit(submittal, {{QStringLiteral("title"), QStringLiteral("Glazing samples")}}) == waiting->id);
    QVERIFY(waitForOutbox(outbox));
    QCOMPARE(SubmittalStore(*m_cache).find(submittal.id)->title, QStringLiteral("Glazing samples"));
}

void TestSubmittalsSync::editAfterSomeoneElsesIsAConflict()
{
    QVERIFY(!sync());
    OutboxService outbox(&m_fixture->api);
    outbox.setCache(m_cache.get());
    SubmittalWriter writer(&outbox);
    const Submittal submittal = *SubmittalStore(*m_cache).find(sandboxLog().at(5).toObject().value(QStringLiteral("id")).toInteger());
    QCOMPARE(m_fixture->sandbox->postJson(QStringLiteral("/__admin/records/submittals/%1").arg(submittal.id),
                                          {{QStringLiteral("title"), QStringLiteral("Changed in Procore")}}).status, 200);
    QSignalSpy needsUser(&outbox, &OutboxService::needsUser);
    QVERIFY(writer.edit(submittal, {{QStringLiteral("title"), QStringLiteral("Changed here")}}));
    QVERIFY(needsUser.wait(20000));
    QCOMPARE(writer.waitingEdit(submittal.id)->state, OutboxEntry::State::Conflict);
}

void TestSubmittalsSync::refreshReadsTheAttachments()
{
    QVERIFY(!sync());
    qint64 withFiles = 0;
    for (const QJsonValue &value : sandboxLog())
        if (!value.toObject().value(QStringLiteral("associated_attachments")).toArray().isEmpty())
            withFiles = value.toObject().value(QStringLiteral("id")).toInteger();
    QVERIFY(withFiles != 0);
    SubmittalRefresher refresher(&m_fixture->api);
    QSignalSpy refreshed(&refresher, &SubmittalRefresher::refreshed);
    refresher.refresh(m_cache.get(), m_projectId, withFiles);
    QVERIFY(refreshed.wait(20000));
    QVERIFY(!refreshed.first().at(1).value<ApiError>());
    const auto cached = SubmittalStore(*m_cache).find(withFiles);
    QVERIFY(cached->raw.contains(QStringLiteral("attachments")));   // the show endpoint's own list
    const SubmittalDetail detail = SubmittalDetail::fromJson(cached->raw);
    QVERIFY(!detail.attachments.isEmpty());
    QVERIFY(detail.attachments.first().url.startsWith(QStringLiteral("http://127.0.0.1")));
}

QTEST_GUILESS_MAIN(TestSubmittalsSync)
#include "tst_submittalssync.moc"
