// Files dropped on a daily log entry, on the offscreen platform with a real DailyLogTab, a
// real UploadService and the sandbox: a photo dropped on a notes entry ends attached in
// Procore (the sandbox serves the same bytes back) and named on the entry's row; a drop on a
// type Procore takes no files on, or on an entry not yet sent, is refused in words.
#include "signedinfixture.h"

#include "cache/cachedatabase.h"
#include "common/noticebar.h"
#include "dailylog/dailylogattachments.h"
#include "dailylog/dailylogdaymodel.h"
#include "dailylog/dailylogstore.h"
#include "dailylog/dailylogsync.h"
#include "dailylog/dailylogtab.h"
#include "dailylog/dailylogtype.h"
#include "dailylog/dailylogwriter.h"
#include "outbox/outboxservice.h"
#include "sync/syncengine.h"
#include "uploads/uploadservice.h"
#include "uploads/uploadstore.h"

#include <QAction>
#include <QFileDialog>
#include <QImage>
#include <QJsonArray>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>

using namespace sitedesk;

namespace {

const QDate kSandboxToday(2026, 1, 5);
const QString kNotes = QStringLiteral("notes_logs");

} // namespace

class TestDailyLogAttachments : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void photoDroppedOnANoteIsAttachedInProcoreAndNamedOnTheEntry();
    void photoDroppedWithNoSignalIsAttachedWhenTheNetworkIsBack();
    void dropOnATypeWithoutFilesIsRefusedInWords();
    void dropOnAnEntryNotYetInProcoreIsRefusedInWords();
    void fileTooBigToSendInsideTheEntryIsRefusedInWords();

private:
    QDate dayWith(const QString &type) const;
    QModelIndex entryRow(const QString &type, qint64 id = 0) const;
    QModelIndex draftRow(const QString &type) const;   // an entry written here, not yet in Procore
    QJsonObject procoreEntry(const QString &type, const QDate &date, qint64 id) const;
    QString writePhoto(const QString &name);
    bool drop(const QModelIndex &row, const QStringList &paths);

    std::unique_ptr<SignedInFixture> m_fixture;
    QTemporaryDir m_dir;
    std::unique_ptr<CacheDatabase> m_cache;
    std::unique_ptr<DailyLogTab> m_tab;
    qint64 m_companyId = 0;
    qint64 m_projectId = 0;
};

void TestDailyLogAttachments::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_fixture = std::make_unique<SignedInFixture>(QStringList{QStringLiteral("--scale"), QStringLiteral("tiny")});
    QVERIFY(m_fixture->signIn());
    const QString token = m_fixture->auth.accessToken();
    m_companyId = m_fixture->sandbox->get(QStringLiteral("/rest/v1.0/companies"), token).json().array().first().toObject().value(QStringLiteral("id")).toInteger();
    m_projectId = m_fixture->sandbox->listAll(QStringLiteral("/rest/v1.0/projects?company_id=%1").arg(m_companyId), token, m_companyId)
                      .first().toObject().value(QStringLiteral("id")).toInteger();
    m_cache = std::make_unique<CacheDatabase>(m_dir.filePath(QStringLiteral("sitedesk.sqlite")));
    QCOMPARE(m_cache->open(), CacheDatabase::OpenStatus::Created);
    SyncEngine engine(&m_fixture->api);
    engine.setCache(m_cache.get());
    QSignalSpy finished(&engine, &SyncEngine::finished);
    QVERIFY(engine.start(m_companyId, m_projectId, {QStringLiteral("projects"), DailyLogSync::name()}));
    QVERIFY(finished.wait(120000));
    QVERIFY2(engine.lastSummary().ok(), qPrintable(engine.lastSummary().message()));
    dailylogattachments::registerAttachers();
    DailyLogWriter::registerApplier();
}

void TestDailyLogAttachments::init()
{
    m_tab = std::make_unique<DailyLogTab>();
    m_tab->setToday(kSandboxToday);
    m_tab->resize(1300, 800);
    m_tab->setSource(m_cache.get(), m_projectId);
    m_tab->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_tab.get()));
}

void TestDailyLogAttachments::cleanup()
{
    m_tab.reset();
}

// The latest day before the sandbox's today with an entry of `type`.
QDate TestDailyLogAttachments::dayWith(const QString &type) const
{
    const QList<DailyLogEntry> entries = DailyLogStore(*m_cache).between(m_projectId, kSandboxToday.addDays(-40), kSandboxToday.addDays(-1), {type});
    return entries.isEmpty() ? QDate() : entries.last().date;
}

QModelIndex TestDailyLogAttachments::entryRow(const QString &type, qint64 id) const
{
    DailyLogDayModel *model = m_tab->dayModel();
    const QModelIndex section = model->sectionIndex(type);
    for (int row = 0; row < model->rowCount(section); ++row) {
        const QModelIndex index = model->index(row, DailyLogDayModel::Entry, section);
        if (id == 0 || index.data(DailyLogDayModel::EntryIdRole).toLongLong() == id)
            return index;
    }
    return {};
}

QModelIndex TestDailyLogAttachments::draftRow(const QString &type) const
{
    DailyLogDayModel *model = m_tab->dayModel();
    const QModelIndex section = model->sectionIndex(type);
    for (int row = 0; row < model->rowCount(section); ++row)
        if (model->index(row, 0, section).data(DailyLogDayModel::EntryIdRole).toLongLong() < 0)
            return model->index(row, 0, section);
    return {};
}

QJsonObject TestDailyLogAttachments::procoreEntry(const QString &type, const QDate &date, qint64 id) const
{
    const QString path = QStringLiteral("/rest/v1.0/projects/%1/%2?log_date=%3").arg(m_projectId).arg(type, date.toString(Qt::ISODate));
    for (const QJsonValue &value : m_fixture->sandbox->listAll(path, m_fixture->auth.accessToken(), m_companyId))
        if (value.toObject().value(QStringLiteral("id")).toInteger() == id)
            return value.toObject();
    return {};
}

QString TestDailyLogAttachments::writePhoto(const QString &name)
{
    QImage image(64, 48, QImage::Format_RGB32);
    image.fill(QColor(0x8a, 0x6d, 0x3b));
    const QString path = m_dir.filePath(name);
    return image.save(path, "JPEG") ? path : QString();
}

// Drags the files over the entry's row and drops them there, as a file manager would.
bool TestDailyLogAttachments::drop(const QModelIndex &row, const QStringList &paths)
{
    QTreeView *view = m_tab->dayView();
    const QPoint at = view->visualRect(row).center();
    QMimeData mime;
    QList<QUrl> urls;
    for (const QString &path : paths)
        urls << QUrl::fromLocalFile(path);
    mime.setUrls(urls);
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view->viewport(), &enter);
    QDragMoveEvent move(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view->viewport(), &move);
    QDropEvent dropped(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view->viewport(), &dropped);
    return enter.isAccepted() && move.isAccepted() && dropped.isAccepted();
}

void TestDailyLogAttachments::photoDroppedOnANoteIsAttachedInProcoreAndNamedOnTheEntry()
{
    UploadService uploads(&m_fixture->api, &m_fixture->network);
    uploads.setCache(m_cache.get());
    uploads.start();
    // As the window does (app/gui.cpp).
    connect(m_tab.get(), &DailyLogTab::attachFilesRequested, &uploads,
            [&](qint64 projectId, const QString &type, qint64 entryId, const QStringList &paths) {
                uploads.enqueue({m_companyId, projectId, dailylogattachments::toolFor(type), entryId}, paths);
            });
    QSignalSpy requested(m_tab.get(), &DailyLogTab::attachFilesRequested);
    const QDate day = dayWith(kNotes);
    QVERIFY(day.isValid());
    m_tab->setDate(day);
    const QModelIndex row = entryRow(kNotes);
    QVERIFY(row.isValid());
    const qint64 id = row.data(DailyLogDayModel::EntryIdRole).toLongLong();
    QVERIFY(procoreEntry(kNotes, day, id).value(QStringLiteral("attachments")).toArray().isEmpty());
    const QString photo = writePhoto(QStringLiteral("Dalle coulée.jpg"));
    QVERIFY(!photo.isEmpty());

    // Attach Files… on the chosen entry asks for files; here they are dropped instead.
    m_tab->dayView()->setCurrentIndex(row);
    QVERIFY(m_tab->findChild<QAction *>(QStringLiteral("dailyLogAttach"))->isEnabled());
    QVERIFY(drop(row, {photo}));
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.first().at(1).toString(), kNotes);
    QCOMPARE(requested.first().at(2).toLongLong(), id);

    // Procore has the file on the entry, byte for byte …
    QTRY_COMPARE_WITH_TIMEOUT(procoreEntry(kNotes, day, id).value(QStringLiteral("attachments")).toArray().size(), 1, 30000);
    const QJsonObject attachment = procoreEntry(kNotes, day, id).value(QStringLiteral("attachments")).toArray().first().toObject();
    QCOMPARE(attachment.value(QStringLiteral("name")).toString(), QStringLiteral("Dalle coulée.jpg"));
    QFile file(photo);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QUrl url(attachment.value(QStringLiteral("url")).toString());
    QCOMPARE(m_fixture->sandbox->get(url.path(QUrl::FullyEncoded)).body, file.readAll());
    // The attach carried the file: no direct upload was created for it (it crossed once).
    const QJsonObject byPath = m_fixture->sandbox->stats().value(QStringLiteral("by_path")).toObject();
    for (auto it = byPath.begin(); it != byPath.end(); ++it)
        QVERIFY2(!it.key().endsWith(QLatin1String("/uploads")), qPrintable(it.key()));
    // … and the day view names it on the entry, from Procore's answer, with no sync.
    QTRY_VERIFY(entryRow(kNotes, id).data().toString().endsWith(QStringLiteral("Attached: Dalle coulée.jpg")));
    QVERIFY(entryRow(kNotes, id).data(Qt::ToolTipRole).toString().contains(QStringLiteral("Dalle coulée.jpg")));
}

// On site with no signal: the file waits in the queue and joins the entry once Procore answers.
void TestDailyLogAttachments::photoDroppedWithNoSignalIsAttachedWhenTheNetworkIsBack()
{
    UploadService uploads(&m_fixture->api, &m_fixture->network);
    uploads.setCache(m_cache.get());
    uploads.setNetworkRetryInterval(300);
    uploads.start();
    QList<qint64> queued;
    connect(m_tab.get(), &DailyLogTab::attachFilesRequested, &uploads,
            [&](qint64 projectId, const QString &type, qint64 entryId, const QStringList &paths) {
                queued = uploads.enqueue({m_companyId, projectId, dailylogattachments::toolFor(type), entryId}, paths);
            });
    const QDate day = dayWith(QStringLiteral("manpower_logs"));
    m_tab->setDate(day);
    const QModelIndex row = entryRow(QStringLiteral("manpower_logs"));
    const qint64 id = row.data(DailyLogDayModel::EntryIdRole).toLongLong();
    const int before = int(procoreEntry(QStringLiteral("manpower_logs"), day, id).value(QStringLiteral("attachments")).toArray().size());

    m_fixture->api.setApiBase(QUrl(QStringLiteral("http://127.0.0.1:1")));   // no signal
    QVERIFY(drop(row, {writePhoto(QStringLiteral("crew.jpg"))}));
    QCOMPARE(queued.size(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(uploads.store()->entry(queued.first())->waitingForNetwork, 30000);
    QVERIFY(!entryRow(QStringLiteral("manpower_logs"), id).data().toString().contains(QStringLiteral("Attached")));

    m_fixture->api.setApiBase(m_fixture->sandbox->baseUrl());   // back in the site office
    QTRY_COMPARE_WITH_TIMEOUT(uploads.store()->entry(queued.first())->state, UploadEntry::State::Attached, 30000);
    QCOMPARE(procoreEntry(QStringLiteral("manpower_logs"), day, id).value(QStringLiteral("attachments")).toArray().size(), before + 1);
    QTRY_VERIFY(entryRow(QStringLiteral("manpower_logs"), id).data().toString().endsWith(QStringLiteral("Attached: crew.jpg")));
}

void TestDailyLogAttachments::dropOnATypeWithoutFilesIsRefusedInWords()
{
    QSignalSpy requested(m_tab.get(), &DailyLogTab::attachFilesRequested);
    QString type;
    for (const QString &candidate : {QStringLiteral("visitor_logs"), QStringLiteral("timecard_entries"), QStringLiteral("productivity_logs")})
        if (type.isEmpty() && dayWith(candidate).isValid())
            type = candidate;
    QVERIFY2(!type.isEmpty(), "the tiny project has no visitors, timecard or productivity entries");
    QVERIFY(!DailyLogType::takesAttachments(type));
    m_tab->setDate(dayWith(type));
    QVERIFY(drop(entryRow(type), {writePhoto(QStringLiteral("visitor.jpg"))}));
    QCOMPARE(requested.size(), 0);
    QVERIFY(m_tab->notice()->isVisible());
    QVERIFY2(m_tab->notice()->text().contains(QStringLiteral("Procore does not take files on %1 entries").arg(DailyLogType::displayName(type))),
             qPrintable(m_tab->notice()->text()));
    // The keyboard's way (Attach Files… on the chosen entry) says the same before any file dialog.
    m_tab->notice()->hide();
    m_tab->dayView()->setCurrentIndex(entryRow(type));
    m_tab->findChild<QAction *>(QStringLiteral("dailyLogAttach"))->trigger();
    QVERIFY(m_tab->notice()->text().contains(QStringLiteral("Procore does not take files")));
    QVERIFY(!m_tab->findChild<QFileDialog *>());
    QCOMPARE(requested.size(), 0);
}

void TestDailyLogAttachments::dropOnAnEntryNotYetInProcoreIsRefusedInWords()
{
    m_fixture->api.setApiBase(QUrl(QStringLiteral("http://127.0.0.1:1")));   // no signal on site
    OutboxService outbox(&m_fixture->api);
    outbox.setRetryInterval(3600000);
    outbox.setCache(m_cache.get());
    DailyLogWriter writer(&outbox);
    m_tab->setWriter(&writer);
    m_tab->setDate(kSandboxToday.addDays(-1));
    QVERIFY(writer.create(m_projectId, kNotes, kSandboxToday.addDays(-1), {{QStringLiteral("comment"), QStringLiteral("Written in the basement")}}) != 0);
    QTRY_VERIFY(draftRow(kNotes).isValid());
    const QModelIndex draft = draftRow(kNotes);
    QSignalSpy requested(m_tab.get(), &DailyLogTab::attachFilesRequested);
    QVERIFY(drop(draft, {writePhoto(QStringLiteral("basement.jpg"))}));
    QCOMPARE(requested.size(), 0);
    QVERIFY2(m_tab->notice()->text().contains(QStringLiteral("not in Procore yet")), qPrintable(m_tab->notice()->text()));
    m_tab->setWriter(nullptr);
    m_fixture->api.setApiBase(m_fixture->sandbox->baseUrl());
}

void TestDailyLogAttachments::fileTooBigToSendInsideTheEntryIsRefusedInWords()
{
    // The file travels inside the entry's multipart PATCH, so it is held in memory while sent.
    UploadService uploads(&m_fixture->api, &m_fixture->network);
    uploads.setCache(m_cache.get());
    QTemporaryDir dir;
    QFile video(dir.filePath(QStringLiteral("site walk.mp4")));
    QVERIFY(video.open(QIODevice::WriteOnly));
    QVERIFY(video.resize(UploadService::maxInlineFileBytes + 1));   // sparse: no disk is used
    video.close();
    QStringList errors;
    const QList<qint64> queued = uploads.enqueue({m_companyId, m_projectId, dailylogattachments::toolFor(kNotes), 1},
                                                 {video.fileName()}, &errors);
    QVERIFY(queued.isEmpty());
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().contains(QStringLiteral("site walk.mp4")) && errors.first().contains(QStringLiteral("cannot be attached here")),
             qPrintable(errors.first()));
}

QTEST_MAIN(TestDailyLogAttachments)
#include "tst_dailylogattachments.moc"
