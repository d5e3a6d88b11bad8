// The sandbox's drawings endpoints as a client meets them over HTTP: areas, sets, drawings per
// area with their current revision, every revision with filters[updated_at] and tombstones,
// and the discipline's two documented shapes.
#include "sandboxprocess.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <memory>

namespace {

constexpr qint64 northwind = 562949953421312;     // the first generated company
constexpr qint64 firstProject = 562949953600000;  // its first project (has drawings)
constexpr qint64 otherCompany = 562949953422325;

QString projectPath(const QString &tail, qint64 project = firstProject)
{
    return QStringLiteral("/rest/%1").arg(tail.arg(project));
}

} // namespace

class TstDrawingsSandbox : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void areasAndSetsAreListedPerProject();
    void drawingsOfAnAreaCarryTheirCurrentRevisionWithFileUrls();
    void disciplineIsAnObjectOnDrawingsAndAStringOnRevisions();
    void revisionsFilterByUpdatedAtAndHideTombstonesUnlessAsked();
    void otherCompanyAndUnknownAreaAreRefused();
    void oneRevisionIsShownWithAFreshFileUrl();
    void expireFaultMakesTheStorageLinkStale();
    void thumbnailIsASmallPngOfTheSheetBehindTheSameRedirect();

private:
    QJsonArray all(const QString &pathAndQuery) { return m_server->listAll(pathAndQuery, m_token, northwind); }

    std::unique_ptr<SandboxProcess> m_server;
    QString m_token;
};

void TstDrawingsSandbox::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_server = std::make_unique<SandboxProcess>();
    QVERIFY(m_server->isRunning());
    m_token = m_server->issueTokens().access;
    QVERIFY(!m_token.isEmpty());
}

void TstDrawingsSandbox::cleanupTestCase()
{
    m_server.reset();
}

void TstDrawingsSandbox::areasAndSetsAreListedPerProject()
{
    const QJsonArray areas = all(projectPath(QStringLiteral("v1.1/projects/%1/drawing_areas")));
    QVERIFY(areas.size() >= 2);
    for (const QJsonValue &area : areas) {
        QVERIFY(area.toObject().value(QStringLiteral("id")).toInteger() > 0);
        QVERIFY(!area.toObject().value(QStringLiteral("name")).toString().isEmpty());
        QVERIFY(!area.toObject().contains(QStringLiteral("_project_id")));
    }
    const QJsonArray sets = all(projectPath(QStringLiteral("v1.0/projects/%1/drawing_sets")));
    QVERIFY(sets.size() >= 2);
    int defaults = 0;
    for (const QJsonValue &set : sets)
        defaults += set.toObject().value(QStringLiteral("default")).toBool() ? 1 : 0;
    QCOMPARE(defaults, 1);
}

void TstDrawingsSandbox::drawingsOfAnAreaCarryTheirCurrentRevisionWithFileUrls()
{
    const QJsonArray areas = all(projectPath(QStringLiteral("v1.1/projects/%1/drawing_areas")));
    QVERIFY(!areas.isEmpty());
    const qint64 areaId = areas.first().toObject().value(QStringLiteral("id")).toInteger();
    const QJsonArray drawings = all(QStringLiteral("/rest/v1.1/drawing_areas/%1/drawings?project_id=%2").arg(areaId).arg(firstProject));
    QVERIFY(drawings.size() >= 10);
    QSet<QString> numbers;
    for (const QJsonValue &value : drawings) {
        const QJsonObject drawing = value.toObject();
        QCOMPARE(drawing.value(QStringLiteral("drawing_area_id")).toInteger(), areaId);
        numbers.insert(drawing.value(QStringLiteral("number")).toString());
        const QJsonObject current = drawing.value(QStringLiteral("current_revision")).toObject();
        QVERIFY(current.value(QStringLiteral("current")).toBool());
        QCOMPARE(current.value(QStringLiteral("drawing_id")).toInteger(), drawing.value(QStringLiteral("id")).toInteger());
        QVERIFY(current.value(QStringLiteral("pdf_url")).toString().startsWith(m_server->url(QStringLiteral("/")).toString(QUrl::StripTrailingSlash)));
        QVERIFY(current.value(QStringLiteral("pdf_size")).toInteger() > 0);
    }
    QCOMPARE(numbers.size(), drawings.size());
}

void TstDrawingsSandbox::disciplineIsAnObjectOnDrawingsAndAStringOnRevisions()
{
    const QJsonArray areas = all(projectPath(QStringLiteral("v1.1/projects/%1/drawing_areas")));
    const qint64 areaId = areas.first().toObject().value(QStringLiteral("id")).toInteger();
    const QJsonObject drawing = all(QStringLiteral("/rest/v1.1/drawing_areas/%1/drawings?project_id=%2").arg(areaId).arg(firstProject)).first().toObject();
    QVERIFY(drawing.value(QStringLiteral("discipline")).isObject());
    QVERIFY(!drawing.value(QStringLiteral("discipline")).toObject().value(QStringLiteral("name")).toString().isEmpty());
    const QJsonObject revision = all(projectPath(QStringLiteral("v1.0/projects/%1/drawing_revisions"))).first().toObject();
    QVERIFY(revision.value(QStringLiteral("discipline")).isString());
}

void TstDrawingsSandbox::revisionsFilterByUpdatedAtAndHideTombstonesUnlessAsked()
{
    const QJsonArray everything = all(projectPath(QStringLiteral("v1.0/projects/%1/drawing_revisions")));
    QVERIFY(everything.size() > 20);
    QString latest;
    for (const QJsonValue &revision : everything) {
        QVERIFY(!revision.toObject().contains(QStringLiteral("deleted_at")));
        latest = std::max(latest, revision.toObject().value(QStringLiteral("updated_at")).toString());
    }
    const QJsonArray recent = all(QStringLiteral("/rest/v1.0/projects/%1/drawing_revisions?filters[updated_at]=%2...").arg(firstProject).arg(latest));
    QVERIFY(!recent.isEmpty());
    QVERIFY(recent.size() < everything.size());
    for (const QJsonValue &revision : recent)
        QCOMPARE(revision.toObject().value(QStringLiteral("updated_at")).toString(), latest);
    const QJsonArray deleted = all(projectPath(QStringLiteral("v1.0/projects/%1/drawing_revisions?filters[deleted]=only")));
    QVERIFY(!deleted.isEmpty());
    for (const QJsonValue &revision : deleted)
        QVERIFY(revision.toObject().value(QStringLiteral("deleted_at")).isString());
}

void TstDrawingsSandbox::otherCompanyAndUnknownAreaAreRefused()
{
    const int status = m_server->get(projectPath(QStringLiteral("v1.1/projects/%1/drawing_areas")), m_token, otherCompany).status;
    QVERIFY(status == 403 || status == 404);
    QCOMPARE(m_server->get(projectPath(QStringLiteral("v1.1/projects/%1/drawing_areas")), QString(), northwind).status, 401);
    QCOMPARE(m_server->get(QStringLiteral("/rest/v1.1/drawing_areas/1/drawings?project_id=%1").arg(firstProject), m_token, northwind).status, 404);
    QCOMPARE(m_server->get(QStringLiteral("/rest/v1.1/projects/1/drawing_areas"), m_token, northwind).status, 404);
}

void TstDrawingsSandbox::oneRevisionIsShownWithAFreshFileUrl()
{
    const QJsonObject listed = all(projectPath(QStringLiteral("v1.0/projects/%1/drawing_revisions"))).first().toObject();
    const qint64 id = listed.value(QStringLiteral("id")).toInteger();
    const SandboxProcess::Reply shown = m_server->get(QStringLiteral("/rest/v1.0/projects/%1/drawing_revisions/%2").arg(firstProject).arg(id), m_token, northwind);
    QCOMPARE(shown.status, 200);
    const QJsonObject revision = shown.json().object();
    QCOMPARE(revision.value(QStringLiteral("id")).toInteger(), id);
    QCOMPARE(revision.value(QStringLiteral("pdf_url")).toString(), listed.value(QStringLiteral("pdf_url")).toString());
    QVERIFY(!revision.contains(QStringLiteral("_project_id")));
    QCOMPARE(m_server->get(QStringLiteral("/rest/v1.0/projects/%1/drawing_revisions/1").arg(firstProject), m_token, northwind).status, 404);
}

void TstDrawingsSandbox::expireFaultMakesTheStorageLinkStale()
{
    const QJsonObject revision = all(projectPath(QStringLiteral("v1.0/projects/%1/drawing_revisions"))).first().toObject();
    const QString pdfPath = QUrl(revision.value(QStringLiteral("pdf_url")).toString()).path();
    // The API's redirect, read by hand (as the client does) for the pre-signed storage URL.
    QNetworkAccessManager network;
    QNetworkRequest request(m_server->url(pdfPath));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    QNetworkReply *reply = network.get(request);
    QSignalSpy done(reply, &QNetworkReply::finished);
    QVERIFY(done.wait(10000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 302);
    const QUrl storage = reply->url().resolved(reply->header(QNetworkRequest::LocationHeader).toUrl());
    delete reply;
    const QString storagePathAndQuery = storage.path() + QLatin1Char('?') + storage.query();
    m_server->injectFault(QStringLiteral("expire"), 1, QStringLiteral("/__files/drawings/"));
    const SandboxProcess::Reply expired = m_server->get(storagePathAndQuery);
    QCOMPARE(expired.status, 403);
    QVERIFY(expired.body.contains("Request has expired"));
    const SandboxProcess::Reply fresh = m_server->get(storagePathAndQuery);
    QCOMPARE(fresh.status, 200);
    QVERIFY(fresh.body.startsWith("%PDF-"));
}

void TstDrawingsSandbox::thumbnailIsASmallPngOfTheSheetBehindTheSameRedirect()
{
    const QJsonObject revision = all(projectPath(QStringLiteral("v1.0/projects/%1/drawing_revisions"))).first().toObject();
    const QString thumbPath = QUrl(revision.value(QStringLiteral("thumbnail_url")).toString()).path();
    QCOMPARE(m_server->get(thumbPath).status, 401);   // the API host wants the token
    QNetworkAccessManager network;
    QNetworkRequest request(m_server->url(thumbPath));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    std::unique_ptr<QNetworkReply> reply(network.get(request));
    QSignalSpy done(reply.get(), &QNetworkReply::finished);
    QVERIFY(done.wait(10000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 302);
    const QUrl storage = reply->url().resolved(reply->header(QNetworkRequest::LocationHeader).toUrl());
    QVERIFY(storage.path().endsWith(QStringLiteral("-thumb.png")));
    const SandboxProcess::Reply png = m_server->get(storage.path() + QLatin1Char('?') + storage.query());
    QCOMPARE(png.status, 200);
    QVERIFY(png.body.startsWith("\x89PNG\r\n\x1a\n"));
    // Width and height from the IHDR chunk (big-endian, right after the signature and chunk header).
    auto be32 = [&png](int at) { return (quint32(quint8(png.body.at(at))) << 24) | (quint32(quint8(png.body.at(at + 1))) << 16)
                                        | (quint32(quint8(png.body.at(at + 2))) << 8) | quint32(quint8(png.body.at(at + 3))); };
    QCOMPARE(be32(16), 320u);
    QCOMPARE(be32(20), 226u);
    // A link signed for the thumbnail opens no PDF.
    QString pdfPath = storage.path();
    pdfPath.replace(QStringLiteral("-thumb.png"), QStringLiteral(".pdf"));
    QCOMPARE(m_server->get(pdfPath + QLatin1Char('?') + storage.query()).status, 403);
}

QTEST_GUILESS_MAIN(TstDrawingsSandbox)
#include "tst_drawingssandbox.moc"
