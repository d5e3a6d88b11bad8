// The Uploads panel over a real cache: its model passes QAbstractItemModelTester, each row
// shows the file, its progress, speed, time left and state in words, and the buttons offer
// what the selected upload's state allows.
#include "cache/cachedatabase.h"
#include "uploads/uploadservice.h"
#include "uploads/uploadsmodel.h"
#include "uploads/uploadspanel.h"
#include "uploads/uploadstore.h"

#include "api/apiclient.h"
#include "api/tokensource.h"

#include <QAbstractItemModelTester>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace sitedesk;

class TestUploadsPanel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void modelShowsEveryStateInWords();
    void buttonsFollowTheSelectedState();
    void clearFinishedForgetsAttachedAndCancelled();

private:
    qint64 add(const QString &name, UploadEntry::State state, const QString &error = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CacheDatabase> m_cache;
    QNetworkAccessManager m_network;
    StaticTokenSource m_tokens{QString()};
    ApiClient m_api{&m_network, &m_tokens};
};

void TestUploadsPanel::init()
{
    m_cache.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    m_cache = std::make_unique<CacheDatabase>(m_dir->filePath(QStringLiteral("cache.sqlite")));
    QCOMPARE(m_cache->open(), CacheDatabase::OpenStatus::Created);
}

qint64 TestUploadsPanel::add(const QString &name, UploadEntry::State state, const QString &error)
{
    UploadEntry entry;
    entry.projectId = 1;
    entry.targetTool = QStringLiteral("submittals");
    entry.targetId = 2;
    entry.localPath = m_dir->filePath(name);
    entry.size = 12 * 1024 * 1024;
    entry.state = state;
    entry.error = error;
    for (qint64 offset : {0, 5, 10})
        entry.segments.append(UploadSegment{offset * 1024 * 1024, std::min<qint64>(5, 12 - offset) * 1024 * 1024,
                                            {}, {}, {}, {}, offset == 0 ? QStringLiteral("\"e\"") : QString()});
    return UploadStore(*m_cache).add(entry);
}

void TestUploadsPanel::modelShowsEveryStateInWords()
{
    UploadsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCache(m_cache.get());
    const qint64 uploading = add(QStringLiteral("a.pdf"), UploadEntry::State::Uploading);
    add(QStringLiteral("b.pdf"), UploadEntry::State::Failed, QStringLiteral("The file is gone."));
    add(QStringLiteral("c.pdf"), UploadEntry::State::Attached);
    QTRY_COMPARE(model.rowCount(), 3);
    model.setLive(uploading, 6 * 1024 * 1024, 2 * 1024 * 1024);
    QCOMPARE(model.index(0, UploadsModel::NameColumn).data().toString(), QStringLiteral("a.pdf"));
    QCOMPARE(model.index(0, UploadsModel::ProgressColumn).data(UploadsModel::PercentRole).toInt(), 50);
    QVERIFY(!model.index(0, UploadsModel::SpeedColumn).data().toString().isEmpty());
    QCOMPARE(model.index(0, UploadsModel::RemainingColumn).data().toString(), QStringLiteral("3 s left"));
    QCOMPARE(model.index(1, UploadsModel::StatusColumn).data().toString(), QStringLiteral("Failed — The file is gone."));
    QCOMPARE(model.index(1, UploadsModel::ProgressColumn).data(UploadsModel::PercentRole).toInt(), 41);   // 5 of 12 MiB stored
    QCOMPARE(model.index(2, UploadsModel::StatusColumn).data().toString(), QStringLiteral("Attached"));
    QCOMPARE(model.index(2, UploadsModel::ProgressColumn).data(UploadsModel::PercentRole).toInt(), 100);
}

void TestUploadsPanel::buttonsFollowTheSelectedState()
{
    UploadService service(&m_api, &m_network);
    service.setCache(m_cache.get());
    UploadsPanel panel(&service);
    panel.setCache(m_cache.get());
    add(QStringLiteral("paused.pdf"), UploadEntry::State::Paused);
    add(QStringLiteral("failed.pdf"), UploadEntry::State::Failed, QStringLiteral("Refused"));
    panel.show();
    QTRY_COMPARE(panel.model()->rowCount(), 2);
    auto button = [&](const QString &text) {
        for (QPushButton *b : panel.findChildren<QPushButton *>())
            if (b->text() == text)
                return b;
        return static_cast<QPushButton *>(nullptr);
    };
    panel.view()->setFocus();
    panel.view()->setCurrentIndex(panel.model()->index(0, 0));
    QVERIFY(button(QStringLiteral("&Resume"))->isEnabled());
    QVERIFY(!button(QStringLiteral("Re&try"))->isEnabled());
    QTest::keyClick(panel.view(), Qt::Key_Down);   // keyboard only
    QVERIFY(button(QStringLiteral("Re&try"))->isEnabled());
    QVERIFY(!button(QStringLiteral("&Resume"))->isEnabled());
    QVERIFY(!button(QStringLiteral("C&lear Finished"))->isEnabled());
    button(QStringLiteral("&Cancel Upload"))->click();
    QTRY_COMPARE(panel.model()->entryAt(1)->state, UploadEntry::State::Cancelled);
    QVERIFY(button(QStringLiteral("C&lear Finished"))->isEnabled());
}

void TestUploadsPanel::clearFinishedForgetsAttachedAndCancelled()
{
    UploadService service(&m_api, &m_network);
    service.setCache(m_cache.get());
    UploadsPanel panel(&service);
    panel.setCache(m_cache.get());
    add(QStringLiteral("done.pdf"), UploadEntry::State::Attached);
    add(QStringLiteral("stopped.pdf"), UploadEntry::State::Cancelled);
    add(QStringLiteral("waiting.pdf"), UploadEntry::State::Paused);
    QCOMPARE(service.clearFinished(), 2);
    QTRY_COMPARE(panel.model()->rowCount(), 1);
    QCOMPARE(panel.model()->index(0, 0).data().toString(), QStringLiteral("waiting.pdf"));
}

QTEST_MAIN(TestUploadsPanel)
#include "tst_uploadspanel.moc"
