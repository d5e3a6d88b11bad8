// The Photos tab on the offscreen platform, filled by a real PhotosSync from the sandbox:
// albums with counts, the grid and its filters, thumbnails fetched and decoded off the UI
// thread, a dropped folder asked to be uploaded into the album it landed on, and the viewer.
#include "signedinfixture.h"

#include "cache/cachedatabase.h"
#include "common/messagebox.h"
#include "common/noticebar.h"
#include "outbox/outboxservice.h"
#include "files/filestore.h"
#include "photos/albumoffline.h"
#include "photos/daterangefilter.h"
#include "photos/photofileurls.h"
#include "photos/photoactions.h"
#include "photos/photoeditdialog.h"
#include "photos/photoeditor.h"
#include "sync/syncengine.h"
#include "photos/photofiltermodel.h"
#include "photos/photodownloads.h"
#include "photos/photossync.h"
#include "photos/photostab.h"
#include "photos/photosmodel.h"
#include "photos/photoviewer.h"
#include "photos/thumbnailcache.h"

#include <QApplication>
#include <QComboBox>
#include <QAction>
#include <QDateEdit>
#include <QPlainTextEdit>
#include <QToolButton>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace sitedesk;

class TstPhotosTab : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void albumsShowTheirCountsAndFilterTheGrid();
    void dateRangeShowsOnlyPhotosTakenThen();
    void thumbnailsArriveWithoutDecodingOnTheUiThread();
    void droppedFolderIsAskedToBeUploadedIntoItsAlbum();
    void viewerShowsMetadataAndStepsWithArrowKeys();
    void downloadKeepsBothFilesWhenNamesClash();
    void editAndDeleteFromTheGrid();
    void albumKeptOfflineOpensWithoutTheNetwork();
    void countSaysLoadingUntilEveryPhotoIsIn();

private:
    std::unique_ptr<SignedInFixture> m_fixture;
    QTemporaryDir m_dir;
    std::unique_ptr<CacheDatabase> m_cache;
    std::unique_ptr<ThumbnailCache> m_thumbnails;   // the app builds these and hands them to the tab
    std::unique_ptr<PhotoDownloads> m_downloads;
    std::unique_ptr<PhotosTab> m_tab;
    qint64 m_projectId = 0;
    int m_photoCount = 0;
};

void TstPhotosTab::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_fixture = std::make_unique<SignedInFixture>();
    QVERIFY(m_fixture->signIn());
    const QString token = m_fixture->auth.accessToken();
    const qint64 company = m_fixture->sandbox->get(QStringLiteral("/rest/v1.0/companies"), token).json().array().first().toObject().value(QStringLiteral("id")).toInteger();
    m_projectId = m_fixture->sandbox->listAll(QStringLiteral("/rest/v1.0/projects?company_id=%1").arg(company), token, company).first().toObject().value(QStringLiteral("id")).toInteger();
    m_photoCount = int(m_fixture->sandbox->listAll(QStringLiteral("/rest/v1.0/images?project_id=%1").arg(m_projectId), token, company).size());
    m_cache = std::make_unique<CacheDatabase>(m_dir.filePath(QStringLiteral("sitedesk.sqlite")));
    QCOMPARE(m_cache->open(), CacheDatabase::OpenStatus::Created);
    PhotosSync sync;
    QSignalSpy finished(&sync, &ToolSync::finished);
    sync.start({&m_fixture->api, m_cache.get(), company, m_projectId});
    QVERIFY(finished.wait(60000));
    QVERIFY(!finished.first().first().value<ApiError>().isError());

    m_thumbnails = std::make_unique<ThumbnailCache>(&m_fixture->network);
    m_thumbnails->setCache(m_cache.get());
    m_downloads = std::make_unique<PhotoDownloads>(&m_fixture->network);
    m_downloads->setCache(m_cache.get());
    m_tab = std::make_unique<PhotosTab>(m_thumbnails.get(), m_downloads.get());
    m_tab->resize(1200, 800);
    QSignalSpy loaded(m_tab->photosModel(), &PhotosModel::loaded);
    m_tab->setSource(m_cache.get(), m_projectId);
    QVERIFY(loaded.wait(10000));
    m_tab->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_tab.get()));
}

void TstPhotosTab::albumsShowTheirCountsAndFilterTheGrid()
{
    QAbstractItemModel *albums = m_tab->albumList()->model();
    QCOMPARE(albums->index(0, 0).data().toString(), QStringLiteral("All photos (%1)").arg(m_photoCount));
    QCOMPARE(m_tab->grid()->model()->rowCount(), m_photoCount);
    const QString second = albums->index(1, 0).data().toString();
    const int count = second.section(QLatin1Char('('), -1).chopped(1).toInt();
    QVERIFY(count > 0);
    m_tab->albumList()->setCurrentIndex(albums->index(1, 0));
    QCOMPARE(m_tab->grid()->model()->rowCount(), count);
    m_tab->albumList()->setCurrentIndex(albums->index(0, 0));
    QVERIFY(!m_tab->groupLabel()->text().isEmpty());   // the day of the first photo
    m_tab->searchField()->setText(QStringLiteral("zzz no such photo"));
    QCOMPARE(m_tab->grid()->model()->rowCount(), 0);
    m_tab->searchField()->clear();
}

void TstPhotosTab::dateRangeShowsOnlyPhotosTakenThen()
{
    PhotosModel *photos = m_tab->photosModel();
    const auto photosBetween = [photos](const QDate &from, const QDate &to) {
        int count = 0;
        for (int row = 0; row < photos->rowCount(); ++row) {
            const QDate day = photos->index(row, 0).data(PhotosModel::DayRole).toDate();
            count += day >= from && day <= to;
        }
        return count;
    };
    QAbstractItemModel *grid = m_tab->grid()->model();
    const QDate newest = grid->index(0, 0).data(PhotosModel::DayRole).toDate();   // the timeline starts with it
    DateRangeFilter *range = m_tab->dateRangeFilter();
    range->setToday(newest);

    range->setPreset(DateRangeFilter::Preset::Today);
    QCOMPARE(grid->rowCount(), photosBetween(newest, newest));
    QVERIFY(grid->rowCount() > 0);
    range->setPreset(DateRangeFilter::Preset::Last30Days);
    QCOMPARE(grid->rowCount(), photosBetween(newest.addDays(-29), newest));
    QVERIFY(!range->fromEdit()->isVisible());

    // A custom range through the date fields, as a user types them.
    range->presetChooser()->setCurrentIndex(range->presetChooser()->findText(QStringLiteral("From… to…")));
    QVERIFY(range->fromEdit()->isVisible());
    const QDate from = newest.addDays(-90);
    const QDate to = newest.addDays(-60);
    range->fromEdit()->setDate(from);
    range->toEdit()->setDate(to);
    QCOMPARE(grid->rowCount(), photosBetween(from, to));
    QVERIFY(grid->rowCount() > 0);
    for (int row = 0; row < grid->rowCount(); ++row) {
        const QDate day = grid->index(row, 0).data(PhotosModel::DayRole).toDate();
        QVERIFY(day >= from && day <= to);
    }
    range->toEdit()->setDate(from.addDays(-5));   // before the start: the start follows
    QCOMPARE(range->from(), from.addDays(-5));

    range->setPreset(DateRangeFilter::Preset::AnyTime);
    QCOMPARE(grid->rowCount(), m_photoCount);
}

void TstPhotosTab::thumbnailsArriveWithoutDecodingOnTheUiThread()
{
    QSignalSpy changed(m_tab->grid()->model(), &QAbstractItemModel::dataChanged);
    m_tab->grid()->viewport()->update();
    QTRY_VERIFY_WITH_TIMEOUT(changed.count() >= 6, 30000);
    QCOMPARE(ThumbnailCache::decodesOnUiThread(), 0);
    QVERIFY(ThumbnailCache::decodesOffUiThread() >= 6);
    const QIcon icon = m_tab->grid()->model()->index(0, 0).data(Qt::DecorationRole).value<QIcon>();
    QVERIFY(!icon.isNull());
    QDir thumbnails(ThumbnailCache::defaultFolder(*m_cache));
    QVERIFY(thumbnails.entryList(QDir::Files).size() >= 6);   // scaled once, kept on disk
}

void TstPhotosTab::droppedFolderIsAskedToBeUploadedIntoItsAlbum()
{
    QTemporaryDir folder;
    for (const char *name : {"a.jpg", "b.JPEG", "notes.txt", "sub/c.png"}) {
        QDir(folder.path()).mkpath(QStringLiteral("sub"));
        QFile file(folder.filePath(QLatin1String(name)));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("x");
    }
    QSignalSpy requested(m_tab.get(), &PhotosTab::uploadRequested);
    QListView *albums = m_tab->albumList();
    const QRect second = albums->visualRect(albums->model()->index(2, 0));
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(folder.path())});
    QDragEnterEvent enter(second.center(), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(albums->viewport(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(second.center()), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(albums->viewport(), &drop);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.first().at(0).toLongLong(), m_projectId);
    QCOMPARE(requested.first().at(1).toLongLong(), m_tab->photosModel()->albums().at(1).id);
    QCOMPARE(requested.first().at(2).toStringList().size(), 3);   // the text file stays behind
}

void TstPhotosTab::viewerShowsMetadataAndStepsWithArrowKeys()
{
    m_tab->openPhoto(0);
    auto *viewer = m_tab->findChild<PhotoViewer *>();
    QVERIFY(viewer);
    QVERIFY(viewer->metadataText().contains(QStringLiteral("Uploaded by")));
    const QString first = viewer->windowTitle();
    QTest::keyClick(viewer, Qt::Key_Right);
    QCOMPARE(viewer->currentRow(), 1);
    QVERIFY(viewer->windowTitle() != first || m_tab->filterModel()->rowCount() < 2);
    QTest::keyClick(viewer, Qt::Key_Left);
    QCOMPARE(viewer->currentRow(), 0);
    viewer->close();
}

void TstPhotosTab::downloadKeepsBothFilesWhenNamesClash()
{
    QTemporaryDir folder;
    QAbstractItemModel *grid = m_tab->grid()->model();
    const QString name = grid->index(0, 0).data().toString();
    QFile clash(folder.filePath(name));
    QVERIFY(clash.open(QIODevice::WriteOnly));
    clash.write("mine");
    clash.close();
    m_tab->grid()->selectionModel()->select(grid->index(0, 0), QItemSelectionModel::Select);
    m_tab->grid()->selectionModel()->select(grid->index(1, 0), QItemSelectionModel::Select);
    QSignalSpy finished(m_tab->downloads(), &PhotoDownloads::finished);
    m_tab->downloadSelectedTo(folder.path());
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().at(0).toStringList().size(), 2);
    QVERIFY(finished.first().at(1).toStringList().isEmpty());
    QFile mine(folder.filePath(name));
    QVERIFY(mine.open(QIODevice::ReadOnly));
    QCOMPARE(mine.readAll(), QByteArray("mine"));   // never overwritten
    const QFileInfo info(name);
    const QString second = folder.filePath(QStringLiteral("%1 (2).%2").arg(info.completeBaseName(), info.suffix()));
    QVERIFY2(QFileInfo::exists(second), qPrintable(second));
    QVERIFY(!QImage(second).isNull());
    QCOMPARE(QImage(second).isNull(), false);
}

void TstPhotosTab::editAndDeleteFromTheGrid()
{
    // Edits need the project's company (Procore-Company-Id): a real sync brings the projects.
    const qint64 company = m_fixture->sandbox->get(QStringLiteral("/rest/v1.0/companies"), m_fixture->auth.accessToken())
                               .json().array().first().toObject().value(QStringLiteral("id")).toInteger();
    SyncEngine sync(&m_fixture->api);
    sync.setCache(m_cache.get());
    QSignalSpy synced(&sync, &SyncEngine::finished);
    QVERIFY(sync.start(company, m_projectId, {QStringLiteral("companies"), QStringLiteral("projects")}));
    QVERIFY(synced.wait(30000));
    PhotoEditor::registerApplier();
    OutboxService outbox(&m_fixture->api);
    outbox.setCache(m_cache.get());
    PhotoEditor editor(&m_fixture->api, &outbox);
    m_tab->setEditor(&editor);
    QAbstractItemModel *grid = m_tab->grid()->model();
    m_tab->grid()->setCurrentIndex(grid->index(0, 0));
    const qint64 id = grid->index(0, 0).data(PhotosModel::IdRole).toLongLong();
    QVERIFY(m_tab->actions()->editAction()->isEnabled());

    // Edit…: the dialog, as a user fills it in.
    PhotoEditDialog *dialog = m_tab->actions()->editCurrent();
    QVERIFY(dialog);
    dialog->descriptionEdit()->setPlainText(QStringLiteral("Crack in slab, east bay"));
    dialog->albumChooser()->setCurrentIndex((dialog->albumChooser()->currentIndex() + 1) % dialog->albumChooser()->count());
    const qint64 album = dialog->albumId();
    QSignalSpy loaded(m_tab->photosModel(), &PhotosModel::loaded);
    dialog->accept();
    QVERIFY(loaded.wait(20000));   // Procore's answer is in the cache; the grid reloads
    const int row = m_tab->photosModel()->rowOf(id);
    QCOMPARE(m_tab->photosModel()->index(row, 0).data(PhotosModel::DescriptionRole).toString(), QStringLiteral("Crack in slab, east bay"));
    QCOMPARE(m_tab->photosModel()->index(row, 0).data(PhotosModel::AlbumIdRole).toLongLong(), album);

    // Delete…: asked first, then gone from the grid.
    const int before = m_tab->photosModel()->rowCount();
    m_tab->grid()->selectionModel()->select(grid->index(0, 0), QItemSelectionModel::ClearAndSelect);
    QSignalSpy done(&editor, &PhotoEditor::removalFinished);
    MessageBox::setNextAnswer(MessageBox::Answer::Confirm);
    m_tab->actions()->deleteAction()->trigger();
    QVERIFY(MessageBox::lastQuestion()->text.contains(QStringLiteral("Delete 1 photo")));
    QVERIFY(done.wait(20000));
    QTRY_COMPARE(m_tab->photosModel()->rowCount(), before - 1);
    QVERIFY(m_tab->notice()->text().startsWith(QStringLiteral("1 photo")));   // "1 photo deleted …" with the English plurals
    QVERIFY(m_tab->notice()->text().endsWith(QStringLiteral("deleted from Procore.")));

    // Offline: the delete is refused in words and nothing is asked.
    m_fixture->api.setApiBase(QUrl(QStringLiteral("http://127.0.0.1:1")));
    m_tab->grid()->selectionModel()->select(grid->index(0, 0), QItemSelectionModel::ClearAndSelect);
    MessageBox::setNextAnswer(MessageBox::Answer::Confirm);
    m_tab->actions()->deleteAction()->trigger();   // the network is found gone on the way
    QVERIFY(done.wait(20000));
    QCOMPARE(m_tab->notice()->kind(), NoticeBar::Kind::Error);
    MessageBox::resetForTests();
    m_tab->actions()->deleteAction()->trigger();
    QVERIFY(!MessageBox::lastQuestion());
    QVERIFY(m_tab->notice()->isVisible());
    QVERIFY2(m_tab->notice()->text().contains(QStringLiteral("offline")), qPrintable(m_tab->notice()->text()));
    QCOMPARE(m_tab->photosModel()->rowCount(), before - 1);
    m_fixture->api.setApiBase(m_fixture->sandbox->baseUrl());
    m_tab->setEditor(nullptr);
}

void TstPhotosTab::albumKeptOfflineOpensWithoutTheNetwork()
{
    m_tab->setApi(&m_fixture->api);
    QVERIFY(m_tab->fileStore());
    QAbstractItemModel *albums = m_tab->albumList()->model();
    m_tab->albumList()->setCurrentIndex(albums->index(2, 0));
    const qint64 albumId = m_tab->photosModel()->albums().at(1).id;
    QList<qint64> ids;
    for (const PhotoRow &row : m_tab->photosModel()->rows().rows)
        if (row.albumId == albumId)
            ids << row.id;
    QVERIFY(!ids.isEmpty());

    QSignalSpy ended(m_tab->albumOffline(), &AlbumOffline::jobEnded);
    MessageBox::setNextAnswer(MessageBox::Answer::Confirm);
    m_tab->keepAlbumOffline();
    QVERIFY(MessageBox::lastQuestion()->text.contains(QString::number(ids.size())));
    QVERIFY(m_tab->albumOffline()->cancelButton()->isVisible());   // progress, with a way out
    QVERIFY(ended.wait(60000));
    QVERIFY2(m_tab->notice()->text().contains(QStringLiteral("available offline")), qPrintable(m_tab->notice()->text()));
    for (qint64 id : ids)
        QVERIFY(m_tab->fileStore()->isPinned(PhotoFileUrls::key(id)));
    QVERIFY(!m_tab->albumOffline()->cancelButton()->isVisible());

    // The photo server is gone: a kept photo still opens full size.
    m_fixture->sandbox->injectFault(QStringLiteral("drop"), 50, QStringLiteral("/__files/"));
    QSignalSpy full(m_tab->thumbnails(), &ThumbnailCache::fullReady);
    m_tab->thumbnails()->loadFull(ids.first());
    QVERIFY(full.wait(20000));
    QVERIFY(!full.first().at(1).value<QImage>().isNull());
    m_fixture->sandbox->clearFaults();

    // Cancel takes the pins of that run back.
    m_tab->albumList()->setCurrentIndex(albums->index(3, 0));
    const qint64 other = m_tab->photosModel()->albums().at(2).id;
    MessageBox::setNextAnswer(MessageBox::Answer::Confirm);
    m_tab->keepAlbumOffline();
    m_tab->albumOffline()->cancelButton()->click();
    QCOMPARE(m_tab->albumOffline()->job()->state(), OfflineDownload::State::Cancelled);
    QVERIFY(m_tab->notice()->text().startsWith(QStringLiteral("Cancelled")));
    for (const PhotoRow &row : m_tab->photosModel()->rows().rows)
        if (row.albumId == other)
            QVERIFY(!m_tab->fileStore()->isPinned(PhotoFileUrls::key(row.id)));
}

// A grid opened on a cache shows its newest photos before all are read: the count says it is
// still loading rather than a number that is not the project's.
void TstPhotosTab::countSaysLoadingUntilEveryPhotoIsIn()
{
    PhotosTab tab(m_thumbnails.get(), m_downloads.get());
    const auto shows = [&tab](const QString &text) {
        const auto labels = tab.findChildren<QLabel *>();
        return std::any_of(labels.begin(), labels.end(), [&text](const QLabel *label) { return label->text() == text; });
    };
    QSignalSpy loaded(tab.photosModel(), &PhotosModel::loaded);
    tab.setSource(m_cache.get(), m_projectId);
    QVERIFY(shows(QStringLiteral("Loading photos…")));
    QVERIFY(loaded.wait(10000));
    QVERIFY(!shows(QStringLiteral("Loading photos…")));
    QVERIFY(shows(QStringLiteral("%1 photo(s)").arg(tab.photosModel()->rowCount())));
    QCOMPARE(tab.photosModel()->rowCount(), m_tab->photosModel()->rowCount());
}

QTEST_MAIN(TstPhotosTab)
#include "tst_photostab.moc"
