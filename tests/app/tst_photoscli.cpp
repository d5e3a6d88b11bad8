// The CLI's Photos commands end to end: the real sitedesk binary against the sandbox —
// sync --tools photos, export --tool photos|albums as Procore sent them, and
// upload --album putting camera JPEGs into an album with their EXIF times.
#include "exifjpeg.h"
#include "clirun.h"
#include "sandboxprocess.h"

#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

namespace {

using Run = CliRun;

QString number(qint64 id) { return QString::number(id); }

QSet<qint64> idsOf(const QJsonArray &records)
{
    QSet<qint64> ids;
    for (const QJsonValue &record : records)
        ids.insert(record.toObject().value(QStringLiteral("id")).toInteger());
    return ids;
}

} // namespace

class TestPhotosCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void exportsProcoresAlbumsAndPhotos();
    void uploadPutsPhotosIntoTheAlbum();
    void uploadNeedsExactlyOneTarget_data();
    void uploadNeedsExactlyOneTarget();

private:
    Run run(const QStringList &arguments);
    QJsonArray exportJson(const QString &tool);
    QStringList server() const;

    std::unique_ptr<SandboxProcess> m_sandbox;
    QString m_token;
    qint64 m_companyId = 0;
    qint64 m_projectId = 0;
    QTemporaryDir m_home;
    QTemporaryDir m_data;
    QTemporaryDir m_files;
};

void TestPhotosCli::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_sandbox = std::make_unique<SandboxProcess>(QStringList{QStringLiteral("--scale"), QStringLiteral("tiny")});
    QVERIFY(m_sandbox->isRunning());
    m_token = m_sandbox->issueTokens().access;
    m_companyId = m_sandbox->get(QStringLiteral("/rest/v1.0/companies"), m_token).json().array().first().toObject().value(QStringLiteral("id")).toInteger();
    m_projectId = m_sandbox->listAll(QStringLiteral("/rest/v1.0/projects?company_id=%1").arg(m_companyId), m_token, m_companyId)
                      .first().toObject().value(QStringLiteral("id")).toInteger();
    const Run sync = run(QStringList{QStringLiteral("sync"), QStringLiteral("--company"), number(m_companyId), QStringLiteral("--project"),
                                     number(m_projectId), QStringLiteral("--tools"), QStringLiteral("photos")} + server());
    QVERIFY2(sync.exitCode == 0, sync.err.constData());
}

QStringList TestPhotosCli::server() const
{
    return {QStringLiteral("--data-dir"), m_data.path(), QStringLiteral("--api-base"), m_sandbox->baseUrl().toString()};
}

Run TestPhotosCli::run(const QStringList &arguments)
{
    return runSitedesk(arguments, m_home.path(), m_token);
}

QJsonArray TestPhotosCli::exportJson(const QString &tool)
{
    const Run result = run({QStringLiteral("export"), QStringLiteral("--tool"), tool, QStringLiteral("--project"), number(m_projectId),
                            QStringLiteral("--data-dir"), m_data.path(), QStringLiteral("--format"), QStringLiteral("json")});
    if (result.exitCode != 0)
        qWarning("%s", result.err.constData());
    return QJsonDocument::fromJson(result.out).array();
}

void TestPhotosCli::exportsProcoresAlbumsAndPhotos()
{
    const QJsonArray albums = m_sandbox->listAll(QStringLiteral("/rest/v1.0/image_categories?project_id=%1").arg(m_projectId), m_token, m_companyId);
    const QJsonArray exportedAlbums = exportJson(QStringLiteral("albums"));
    QVERIFY(!albums.isEmpty());
    QCOMPARE(idsOf(exportedAlbums), idsOf(albums));
    QVERIFY(exportedAlbums.first().toObject().contains(QStringLiteral("cover_photo")));   // Procore's own fields

    const QJsonArray photos = m_sandbox->listAll(QStringLiteral("/rest/v1.0/images?project_id=%1").arg(m_projectId), m_token, m_companyId);
    const QJsonArray exportedPhotos = exportJson(QStringLiteral("photos"));
    QVERIFY(!photos.isEmpty());
    QCOMPARE(idsOf(exportedPhotos), idsOf(photos));
    const QJsonObject first = exportedPhotos.first().toObject();
    for (const char *field : {"filename", "uploader", "image_category_id", "gps_lat", "thumbnail_url"})
        QVERIFY2(first.contains(QLatin1String(field)), field);
}

void TestPhotosCli::uploadPutsPhotosIntoTheAlbum()
{
    const QJsonArray albums = m_sandbox->listAll(QStringLiteral("/rest/v1.0/image_categories?project_id=%1").arg(m_projectId), m_token, m_companyId);
    const qint64 album = albums.last().toObject().value(QStringLiteral("id")).toInteger();
    const QDateTime first({2025, 6, 2}, {7, 30, 0}, QTimeZone(-5 * 3600));
    const QDateTime second({2025, 6, 2}, {11, 5, 12}, QTimeZone(-5 * 3600));
    const QString a = m_files.filePath(QStringLiteral("footing east.jpg"));
    const QString b = m_files.filePath(QStringLiteral("footing west.jpg"));
    const ExifJpeg withPosition{{640, 480}, Qt::darkYellow, first, 40.7128, -74.006};
    const ExifJpeg withoutPosition{{640, 480}, Qt::darkBlue, second, std::nullopt, std::nullopt};
    QVERIFY(withPosition.write(a));
    QVERIFY(withoutPosition.write(b));

    const Run upload = run(QStringList{QStringLiteral("upload"), QStringLiteral("--company"), number(m_companyId), QStringLiteral("--project"),
                                       number(m_projectId), QStringLiteral("--album"), number(album), a, b} + server());
    QVERIFY2(upload.exitCode == 0, upload.err.constData());
    QVERIFY2(upload.err.contains("footing east.jpg: added to album"), upload.err.constData());

    // In the cache at once (no sync in between), as Procore created them.
    QHash<QString, QJsonObject> byName;
    for (const QJsonValue &photo : exportJson(QStringLiteral("photos")))
        byName.insert(photo.toObject().value(QStringLiteral("filename")).toString(), photo.toObject());
    for (const auto &[name, taken] : {std::pair{QStringLiteral("footing east.jpg"), first}, std::pair{QStringLiteral("footing west.jpg"), second}}) {
        QVERIFY2(byName.contains(name), qPrintable(name));
        QCOMPARE(byName.value(name).value(QStringLiteral("image_category_id")).toInteger(), album);
        QCOMPARE(QDateTime::fromString(byName.value(name).value(QStringLiteral("taken_at")).toString(), Qt::ISODate), taken);
    }
    QCOMPARE(byName.value(QStringLiteral("footing east.jpg")).value(QStringLiteral("gps_lat")).toString().toDouble(), 40.7128);
}

void TestPhotosCli::uploadNeedsExactlyOneTarget_data()
{
    QTest::addColumn<QStringList>("target");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("both") << QStringList{QStringLiteral("--album"), QStringLiteral("5"), QStringLiteral("--submittal"), QStringLiteral("6")}
                          << QByteArray("not both");
    QTest::newRow("neither") << QStringList{} << QByteArray("--album ID");
    QTest::newRow("not an id") << QStringList{QStringLiteral("--album"), QStringLiteral("Progress")} << QByteArray("numeric Procore id");
}

void TestPhotosCli::uploadNeedsExactlyOneTarget()
{
    QFETCH(QStringList, target);
    QFETCH(QByteArray, message);
    const QString file = m_files.filePath(QStringLiteral("any.jpg"));
    QVERIFY(ExifJpeg{}.write(file));
    const Run upload = run(QStringList{QStringLiteral("upload"), QStringLiteral("--project"), number(m_projectId)} + target + QStringList{file} + server());
    QCOMPARE(upload.exitCode, 2);
    QVERIFY2(upload.err.contains(message), upload.err.constData());
}

QTEST_GUILESS_MAIN(TestPhotosCli)
#include "tst_photoscli.moc"
