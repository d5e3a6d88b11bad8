// The Submittals tab on the offscreen platform, filled by a real SubmittalsSync from the
// sandbox: the log and its filters, the detail pane, attachments through the FileStore, edits
// through the outbox with Procore's 422 under the field, and files dropped on a row or on the
// detail pane reaching Procore through the UploadService.
#include "signedinfixture.h"

#include "cache/cachedatabase.h"
#include "outbox/outboxservice.h"
#include "projects/projectstore.h"
#include "submittals/submittaldetailpane.h"
#include "submittals/submittaleditform.h"
#include "submittals/submittalstore.h"
#include "submittals/submittalfiltermodel.h"
#include "submittals/submittallogmodel.h"
#include "files/filestore.h"
#include "submittals/submittalssync.h"
#include "submittals/submittalstab.h"
#include "submittals/submittalwriter.h"
#include "sync/syncengine.h"
#include "uploads/uploadservice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QJsonArray>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace sitedesk;

class TestSubmittalsTab : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void logShowsEverySubmittalAndSearchNarrowsIt();
    void filtersAndGroupingAnswerTheUser();
    void choosingARowShowsItsWorkflowAndAttachments();
    void attachmentOpensFromThisComputerTheSecondTime();
    void droppingFilesOnARowUploadsAndAttachesThem();
    void droppingOnTheDetailPaneAttachesToTheShownSubmittal();
    void refusedEditShowsProcoresWordsUnderTheField();

private:
    qint64 idWith(const char *listKey) const;
    int attachmentCount(qint64 submittalId);
    QString writeFile(const QString &name, const QByteArray &bytes);
    static void drop(QWidget *target, const QPoint &at, const QStringList &paths);

    std::unique_ptr<SignedInFixture> m_fixture;
    QTemporaryDir m_dir;
    std::unique_ptr<CacheDatabase> m_cache;
    std::unique_ptr<SubmittalsTab> m_tab;
    QJsonArray m_log;
    qint64 m_companyId = 0;
    qint64 m_projectId = 0;
};

void TestSubmittalsTab::initTestCase()
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
    Project project;
    project.id = m_projectId;
    project.companyId = m_companyId;
    QVERIFY(ProjectStore(*m_cache).replaceForCompany(m_companyId, {project}));
    SyncEngine engine(&m_fixture->api);
    engine.setCache(m_cache.get());
    QSignalSpy finished(&engine, &SyncEngine::finished);
    QVERIFY(engine.start(m_companyId, m_projectId, {SubmittalsSync::name()}));
    QVERIFY(finished.wait(60000));
    m_log = m_fixture->sandbox->listAll(QStringLiteral("/rest/v1.1/projects/%1/submittals").arg(m_projectId), token, m_companyId);
    SubmittalWriter::registerApplier();
}

void TestSubmittalsTab::init()
{
    m_tab = std::make_unique<SubmittalsTab>(&m_fixture->api);
    m_tab->resize(1400, 800);
    QSignalSpy loaded(m_tab->logModel(), &SubmittalLogModel::loaded);
    m_tab->setSource(m_cache.get(), m_projectId);
    QVERIFY(loaded.wait(10000));   // the log loads on a pool thread
    m_tab->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_tab.get()));
}

qint64 TestSubmittalsTab::idWith(const char *listKey) const
{
    for (const QJsonValue &value : m_log)
        if (value.toObject().value(QLatin1String(listKey)).toArray().size() >= 2)
            return value.toObject().value(QStringLiteral("id")).toInteger();
    return 0;
}

int TestSubmittalsTab::attachmentCount(qint64 submittalId)
{
    const auto show = m_fixture->sandbox->get(Submittal::pathOf(m_projectId, submittalId), m_fixture->auth.accessToken(), m_companyId);
    return int(show.json().object().value(QStringLiteral("associated_attachments")).toArray().size());
}

QString TestSubmittalsTab::writeFile(const QString &name, const QByteArray &bytes)
{
    QFile file(m_dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return file.fileName();
}

void TestSubmittalsTab::drop(QWidget *target, const QPoint &at, const QStringList &paths)
{
    QMimeData mime;
    QList<QUrl> urls;
    for (const QString &path : paths)
        urls << QUrl::fromLocalFile(path);
    mime.setUrls(urls);
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent dropped(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &dropped);
    QVERIFY(dropped.isAccepted());
}

void TestSubmittalsTab::logShowsEverySubmittalAndSearchNarrowsIt()
{
    QCOMPARE(m_tab->log()->model()->rowCount(), m_log.size());
    const QString title = m_log.first().toObject().value(QStringLiteral("title")).toString();
    QTest::keyClicks(m_tab->searchField(), title.left(6));
    const int matches = m_tab->log()->model()->rowCount();
    QVERIFY(matches >= 1 && matches < m_log.size());
    for (int row = 0; row < matches; ++row)
        QVERIFY(m_tab->log()->model()->index(row, SubmittalLogModel::Title).data().toString().startsWith(title.left(6))
                || m_tab->log()->model()->index(row, SubmittalLogModel::SpecSection).data().toString().contains(title.left(6), Qt::CaseInsensitive));
    m_tab->searchField()->clear();
    QCOMPARE(m_tab->log()->model()->rowCount(), m_log.size());
    // Keyboard: the log takes the arrow keys, and the detail follows.
    m_tab->log()->setFocus();
    QTest::keyClick(m_tab->log(), Qt::Key_Down);
    QTest::keyClick(m_tab->log(), Qt::Key_Down);
    QVERIFY(m_tab->detail()->submittalId() != 0);
}

void TestSubmittalsTab::filtersAndGroupingAnswerTheUser()
{
    QAbstractItemModel *shown = m_tab->log()->model();
    QVERIFY(m_tab->statusFilter()->count() > 2);
    m_tab->statusFilter()->setCurrentIndex(1);
    const QString status = m_tab->statusFilter()->currentText();
    QVERIFY(shown->rowCount() > 0 && shown->rowCount() < m_log.size());
    for (int row = 0; row < shown->rowCount(); ++row)
        QCOMPARE(shown->index(row, SubmittalLogModel::Status).data().toString(), status);
    m_tab->statusFilter()->setCurrentIndex(0);

    QVERIFY(!m_tab->mineBox()->isEnabled());   // nobody known as signed in
    m_tab->ballInCourtFilter()->setCurrentIndex(1);
    const qint64 person = m_tab->ballInCourtFilter()->currentData().toLongLong();
    QVERIFY(shown->rowCount() > 0);
    m_tab->ballInCourtFilter()->setCurrentIndex(0);
    QVERIFY(person != 0);
    // "Mine": the signed-in user (Procore's /me) holds the ball.
    const QJsonObject me = m_fixture->sandbox->get(QStringLiteral("/rest/v1.0/me"), m_fixture->auth.accessToken()).json().object();
    m_tab->setCurrentUserId(me.value(QStringLiteral("id")).toInteger());
    QVERIFY(m_tab->mineBox()->isEnabled());
    m_tab->mineBox()->setChecked(true);
    QVERIFY(shown->rowCount() > 0 && shown->rowCount() < m_log.size());
    for (int row = 0; row < shown->rowCount(); ++row)
        QVERIFY(shown->index(row, SubmittalLogModel::BallInCourt).data().toString().contains(me.value(QStringLiteral("name")).toString()));
    m_tab->mineBox()->setChecked(false);

    m_tab->overdueBox()->setChecked(true);   // the sandbox's due dates lie before today
    QVERIFY(shown->rowCount() > 0);
    for (int row = 0; row < shown->rowCount(); ++row)
        QVERIFY(shown->index(row, SubmittalLogModel::Status).data().toString() != QStringLiteral("Closed"));
    m_tab->overdueBox()->setChecked(false);

    m_tab->groupBox()->setCurrentIndex(2);   // by status
    QCOMPARE(m_tab->log()->horizontalHeader()->logicalIndex(0), int(SubmittalLogModel::Status));
    QStringList groups;
    for (int row = 0; row < shown->rowCount(); ++row) {
        const QString group = shown->index(row, 0).data(SubmittalFilterModel::GroupRole).toString();
        if (groups.isEmpty() || groups.last() != group) {
            QVERIFY2(!groups.contains(group), qPrintable(group));
            groups << group;
        }
    }
    QVERIFY(groups.size() > 1);
    m_tab->groupBox()->setCurrentIndex(0);
    QCOMPARE(m_tab->log()->horizontalHeader()->logicalIndex(0), int(SubmittalLogModel::Number));
}

void TestSubmittalsTab::choosingARowShowsItsWorkflowAndAttachments()
{
    const qint64 id = idWith("approvers");
    QVERIFY(id != 0);
    QVERIFY(m_tab->openSubmittal(id));
    QCOMPARE(m_tab->detail()->submittalId(), id);
    QJsonObject record;
    for (const QJsonValue &value : m_log)
        if (value.toObject().value(QStringLiteral("id")).toInteger() == id)
            record = value.toObject();
    QCOMPARE(m_tab->detail()->workflowTable()->rowCount(), record.value(QStringLiteral("approvers")).toArray().size());
    QCOMPARE(m_tab->detail()->fieldText(QStringLiteral("Status")), record.value(QStringLiteral("status")).toObject().value(QStringLiteral("name")).toString());
    QCOMPARE(m_tab->detail()->attachmentsList()->count(), record.value(QStringLiteral("associated_attachments")).toArray().size());
    // Procore's show endpoint is read once the row is chosen, and the pane keeps up.
    QTRY_VERIFY_WITH_TIMEOUT(SubmittalStore(*m_cache).find(id)->raw.contains(QStringLiteral("attachments")), 10000);
    QCOMPARE(m_tab->detail()->submittalId(), id);
}

void TestSubmittalsTab::attachmentOpensFromThisComputerTheSecondTime()
{
    const qint64 id = idWith("associated_attachments");
    QVERIFY(id != 0);
    QVERIFY(m_tab->openSubmittal(id));
    QStringList opened;
    m_tab->setFileOpener([&opened](const QString &path) { opened << path; return true; });
    m_tab->openAttachment(0);
    QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, 20000);
    QFile file(opened.first());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.read(5), QByteArray("%PDF-"));
    m_tab->openAttachment(0);
    QCOMPARE(opened.size(), 2);   // at once: no download
    QCOMPARE(opened.last(), opened.first());
    QVERIFY(m_tab->detail()->attachmentsList()->item(0)->text().contains(QStringLiteral("on this computer")));

    // "Keep offline" downloads the second one and pins it, so the disk limit never takes it.
    QVERIFY(m_tab->detail()->attachments().size() >= 2);
    const QString key = m_tab->detail()->attachments().at(1).fileKey();
    m_tab->detail()->attachmentsList()->setCurrentRow(1);
    QTest::mouseClick(m_tab->detail()->findChild<QPushButton *>(QStringLiteral("submittalKeepOffline")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_tab->fileStore()->isPinned(key), 20000);
    QVERIFY(m_tab->detail()->attachmentsList()->item(1)->text().contains(QStringLiteral("kept offline")));
}

void TestSubmittalsTab::droppingFilesOnARowUploadsAndAttachesThem()
{
    UploadService uploads(&m_fixture->api, &m_fixture->network);
    uploads.setCache(m_cache.get());
    uploads.start();
    connect(m_tab.get(), &SubmittalsTab::attachFilesRequested, &uploads, [&](qint64 projectId, qint64 submittalId, const QStringList &paths) {
        uploads.enqueue({m_companyId, projectId, Submittal::tool(), submittalId}, paths);
    });
    QSignalSpy requested(m_tab.get(), &SubmittalsTab::attachFilesRequested);
    const int row = 2;
    const qint64 id = m_tab->log()->model()->index(row, 0).data(SubmittalLogModel::IdRole).toLongLong();
    const int before = attachmentCount(id);
    const QString first = writeFile(QStringLiteral("field-photo.pdf"), QByteArray(40000, 'a'));
    const QString second = writeFile(QStringLiteral("Prüfbericht.pdf"), QByteArray(1000, 'b'));
    drop(m_tab->log()->viewport(), m_tab->log()->visualRect(m_tab->log()->model()->index(row, 1)).center(), {first, second});
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.first().at(0).toLongLong(), m_projectId);
    QCOMPARE(requested.first().at(1).toLongLong(), id);
    QCOMPARE(requested.first().at(2).toStringList(), (QStringList{first, second}));
    QTRY_COMPARE_WITH_TIMEOUT(attachmentCount(id), before + 2, 30000);
}

void TestSubmittalsTab::droppingOnTheDetailPaneAttachesToTheShownSubmittal()
{
    const qint64 id = m_log.at(4).toObject().value(QStringLiteral("id")).toInteger();
    QVERIFY(m_tab->openSubmittal(id));
    QSignalSpy requested(m_tab.get(), &SubmittalsTab::attachFilesRequested);
    const QString file = writeFile(QStringLiteral("spec-sheet.pdf"), QByteArray(100, 'c'));
    drop(m_tab->detail(), m_tab->detail()->rect().center(), {file});
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.first().at(1).toLongLong(), id);
}

void TestSubmittalsTab::refusedEditShowsProcoresWordsUnderTheField()
{
    OutboxService outbox(&m_fixture->api);
    outbox.setCache(m_cache.get());
    m_tab->setWriter(new SubmittalWriter(&outbox, m_tab.get()));
    const qint64 id = m_log.at(5).toObject().value(QStringLiteral("id")).toInteger();
    QVERIFY(m_tab->openSubmittal(id));
    QTRY_VERIFY_WITH_TIMEOUT(SubmittalStore(*m_cache).find(id)->raw.contains(QStringLiteral("attachments")), 10000);   // refreshed first

    m_tab->detail()->openEditor();
    SubmittalEditForm *form = m_tab->detail()->editForm();
    QVERIFY(form->isVisible());
    form->titleField()->clear();
    QTest::mouseClick(form->findChild<QPushButton *>(QStringLiteral("submittalSave")), Qt::LeftButton);
    // At once: the row says the change waits; then Procore's words come under the title field.
    const int row = m_tab->logModel()->rowOf(id);
    QTRY_VERIFY(!m_tab->logModel()->index(row, 0).data(SubmittalLogModel::PendingRole).toString().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!m_tab->detail()->editForm()->fieldError(QStringLiteral("title")).isEmpty(), 20000);
    QVERIFY(m_tab->detail()->editForm()->isVisible());
    QVERIFY(m_tab->detail()->waitingLabel()->text().contains(QStringLiteral("refused")));
    QCOMPARE(m_tab->logModel()->index(row, 0).data(SubmittalLogModel::PendingRole).toString(), QStringLiteral("rejected"));

    // Corrected, it goes through and the row is Procore's again.
    m_tab->detail()->editForm()->titleField()->setText(QStringLiteral("Curtain wall anchors – rev. 2"));
    QTest::mouseClick(m_tab->detail()->editForm()->findChild<QPushButton *>(QStringLiteral("submittalSave")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_tab->logModel()->index(m_tab->logModel()->rowOf(id), 0).data(SubmittalLogModel::PendingRole).toString().isEmpty(), 20000);
    QCOMPARE(m_tab->logModel()->index(m_tab->logModel()->rowOf(id), SubmittalLogModel::Title).data().toString(),
             QStringLiteral("Curtain wall anchors – rev. 2"));
    QVERIFY(m_tab->detail()->editForm()->isHidden());
}

QTEST_MAIN(TestSubmittalsTab)
#include "tst_submittalstab.moc"
