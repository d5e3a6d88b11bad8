// PhotoEditor against the sandbox with a real cache and outbox: an edit of description and
// album reaches Procore through the outbox (also when made offline) and lands in the cache;
// a delete removes the photo from Procore and the cache, and is refused in words offline.
#include "signedinfixture.h"

#include "cache/cachedatabase.h"
#include "outbox/outboxservice.h"
#include "outbox/outboxstore.h"
#include "photos/photoeditor.h"
#include "photos/photostore.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

using namespace sitedesk;

class TstPhotoEditor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void editChangesDescriptionAndAlbumInProcoreAndTheCache();
    void editMadeOfflineWaitsAndGoesWhenOnline();
    void deleteRemovesThePhotoFromProcoreAndTheCache();
    void deleteOfflineIsRefusedInWords();

private:
    QJsonObject procoreImage(qint64 id, int *status = nullptr);
    Photo photoAt(int index) const { return PhotoStore(*m_cache).photos(m_projectId).at(index); }
    qint64 otherAlbum(qint64 albumId) const;
    void goOffline();

    std::unique_ptr<SignedInFixture> m_fixture;
    QTemporaryDir m_dir;
    std::unique_ptr<CacheDatabase> m_cache;
    std::unique_ptr<OutboxService> m_outbox;
    qint64 m_companyId = 0;
    qint64 m_projectId = 0;
};

void TstPhotoEditor::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    PhotoEditor::registerApplier();
    m_fixture = std::make_unique<SignedInFixture>();
    QVERIFY(m_fixture->signIn());
    m_companyId = m_fixture->firstCompanyId();
    m_projectId = m_fixture->firstProjectId(m_companyId);
    m_cache = std::make_unique<CacheDatabase>(m_dir.filePath(QStringLiteral("sitedesk.sqlite")));
    QCOMPARE(m_cache->open(), CacheDatabase::OpenStatus::Created);
    const QString synced = m_fixture->syncInto(*m_cache, m_companyId, m_projectId,
                                               {QStringLiteral("companies"), QStringLiteral("projects"), QStringLiteral("photos")});
    QVERIFY2(synced.isEmpty(), qPrintable(synced));
    m_outbox = std::make_unique<OutboxService>(&m_fixture->api);
    m_outbox->setRetryInterval(3600000);
    m_outbox->setCache(m_cache.get());
}

void TstPhotoEditor::init()
{
    m_fixture->api.setApiBase(m_fixture->sandbox->baseUrl());
}

QJsonObject TstPhotoEditor::procoreImage(qint64 id, int *status)
{
    const auto reply = m_fixture->sandbox->get(QStringLiteral("/rest/v1.0/images/%1?project_id=%2").arg(id).arg(m_projectId),
                                               m_fixture->auth.accessToken(), m_companyId);
    if (status)
        *status = reply.status;
    return reply.json().object();
}

qint64 TstPhotoEditor::otherAlbum(qint64 albumId) const
{
    for (const Album &album : PhotoStore(*m_cache).albums(m_projectId))
        if (album.id != albumId)
            return album.id;
    return 0;
}

// Nothing listens there: the next request finds the network gone.
void TstPhotoEditor::goOffline()
{
    m_fixture->api.setApiBase(QUrl(QStringLiteral("http://127.0.0.1:1")));
}

void TstPhotoEditor::editChangesDescriptionAndAlbumInProcoreAndTheCache()
{
    const Photo photo = photoAt(0);
    const qint64 album = otherAlbum(photo.albumId);
    const QString description = QStringLiteral("Bewehrung vor dem Betonieren – Achse C/4 ✓");
    PhotoEditor editor(&m_fixture->api, m_outbox.get());
    QSignalSpy sent(m_outbox.get(), &OutboxService::sent);
    QString error;
    QVERIFY2(editor.edit(photo, description, album, &error) != 0, qPrintable(error));
    QVERIFY(sent.wait(20000));

    const QJsonObject procore = procoreImage(photo.id);
    QCOMPARE(procore.value(QStringLiteral("description")).toString(), description);
    QCOMPARE(procore.value(QStringLiteral("image_category_id")).toInteger(), album);
    const Photo cached = *PhotoStore(*m_cache).photo(photo.id);
    QCOMPARE(cached.description, description);
    QCOMPARE(cached.albumId, album);
    QCOMPARE(OutboxStore(*m_cache).count(), 0);
    QCOMPARE(editor.edit(cached, description, album, &error), 0);   // nothing changed: nothing sent
}

void TstPhotoEditor::editMadeOfflineWaitsAndGoesWhenOnline()
{
    const Photo photo = photoAt(1);
    PhotoEditor editor(&m_fixture->api, m_outbox.get());
    goOffline();
    QSignalSpy idle(m_outbox.get(), &OutboxService::idle);
    QVERIFY(editor.edit(photo, QStringLiteral("Written on site, no signal"), 0) != 0);
    QVERIFY(idle.wait(20000));
    const QList<OutboxEntry> waiting = OutboxStore(*m_cache).entries(m_projectId);
    QCOMPARE(waiting.size(), 1);
    QCOMPARE(waiting.first().state, OutboxEntry::State::Pending);
    QCOMPARE(waiting.first().summary, QStringLiteral("Edit photo %1").arg(photo.filename));
    QVERIFY(procoreImage(photo.id).value(QStringLiteral("description")).toString() != QStringLiteral("Written on site, no signal"));

    m_fixture->api.setApiBase(m_fixture->sandbox->baseUrl());
    QSignalSpy sent(m_outbox.get(), &OutboxService::sent);
    m_outbox->flush();
    QVERIFY(sent.wait(20000));
    QCOMPARE(procoreImage(photo.id).value(QStringLiteral("description")).toString(), QStringLiteral("Written on site, no signal"));
    QCOMPARE(PhotoStore(*m_cache).photo(photo.id)->description, QStringLiteral("Written on site, no signal"));
}

void TstPhotoEditor::deleteRemovesThePhotoFromProcoreAndTheCache()
{
    const Photo photo = photoAt(2);
    const int before = PhotoStore(*m_cache).photoCount(m_projectId);
    PhotoEditor editor(&m_fixture->api, m_outbox.get());
    QSignalSpy removed(&editor, &PhotoEditor::removed);
    QSignalSpy done(&editor, &PhotoEditor::removalFinished);
    QSignalSpy failed(&editor, &PhotoEditor::failed);
    QVERIFY(editor.remove({photo}));
    QVERIFY(done.wait(20000));
    QCOMPARE(failed.count(), 0);
    QCOMPARE(removed.count(), 1);
    int status = 0;
    procoreImage(photo.id, &status);
    QCOMPARE(status, 404);
    QVERIFY(!PhotoStore(*m_cache).photo(photo.id));
    QCOMPARE(PhotoStore(*m_cache).photoCount(m_projectId), before - 1);
}

void TstPhotoEditor::deleteOfflineIsRefusedInWords()
{
    const Photo photo = photoAt(0);
    PhotoEditor editor(&m_fixture->api, m_outbox.get());
    QSignalSpy done(&editor, &PhotoEditor::removalFinished);
    QSignalSpy failed(&editor, &PhotoEditor::failed);
    goOffline();
    QVERIFY(editor.remove({photo}));   // the network goes while it is sent
    QVERIFY(done.wait(20000));
    QCOMPARE(failed.count(), 1);
    QVERIFY2(failed.first().first().toString().contains(QStringLiteral("offline")), qPrintable(failed.first().first().toString()));

    QString error;
    QVERIFY(!editor.canRemove(&error));   // now known to be offline: refused before anything is sent
    QVERIFY(!editor.remove({photo}, &error));
    QVERIFY2(error.contains(QStringLiteral("offline")), qPrintable(error));
    QVERIFY(PhotoStore(*m_cache).photo(photo.id));   // still there, here and in Procore
    m_fixture->api.setApiBase(m_fixture->sandbox->baseUrl());
    QVERIFY(!procoreImage(photo.id).isEmpty());
}

QTEST_GUILESS_MAIN(TstPhotoEditor)
#include "tst_photoeditor.moc"
