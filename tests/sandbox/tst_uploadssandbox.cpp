// The sandbox's direct uploads as a client meets them over HTTP: a small file through its
// fields and a multipart POST, a segmented file through PUTs with ETags and a PATCH, storage
// that checks sizes, SHA-256, MD5, bearer tokens and age, a fault mid-segment, and attaching
// a finished upload to a submittal.
#include "sandboxprocess.h"

#include <QCryptographicHash>
#include <QEventLoop>
#include <QHttpMultiPart>
#include <QJsonArray>
#include <QNetworkReply>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

#include <memory>

namespace {

constexpr qint64 northwind = 562949953421312;
constexpr qint64 firstProject = 562949953600000;
const QString uploadsPath = QStringLiteral("/rest/v1.1/projects/%1/uploads").arg(firstProject);
constexpr qint64 segmentSize = 5 * 1024 * 1024;

QByteArray bytes(qint64 size, char seed)
{
    QByteArray data(size, Qt::Uninitialized);
    for (qint64 i = 0; i < size; ++i)
        data[i] = char(seed + i * 31 % 251);
    return data;
}

QString hex(const QByteArray &data, QCryptographicHash::Algorithm algorithm)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, algorithm).toHex());
}

} // namespace

class TstUploadsSandbox : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void smallFileIsPostedWithItsFieldsAndFileLast();
    void smallFilePostWithoutAFieldIsRefused();
    void segmentedFileCompletesWithEtagsInOrder();
    void segmentsSmallerThanFiveMegabytesAreRefused();
    void storageRefusesBearerTokenWrongSizeAndWrongHash();
    void completeWithMissingSegmentIs422();
    void droppedSegmentStoresNothingAndARetrySucceeds();
    void expiredUploadIsRefusedByStorage();
    void completedUploadAttachesToASubmittal();
    void companyUploadAttachesToAProjectsSubmittal();

private:
    SandboxProcess::Reply send(const QByteArray &verb, const QUrl &url, const QByteArray &body,
                               const QList<QPair<QByteArray, QByteArray>> &headers, bool rest = true);
    QJsonObject createUpload(const QJsonObject &body);
    SandboxProcess::Reply putSegment(const QJsonObject &segment, const QByteArray &data, const QByteArray &extraAuth = {});

    std::unique_ptr<SandboxProcess> m_server;
    QString m_token;
    QNetworkAccessManager m_network;
};

void TstUploadsSandbox::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_server = std::make_unique<SandboxProcess>();
    QVERIFY(m_server->isRunning());
    m_token = m_server->issueTokens().access;
}

void TstUploadsSandbox::cleanupTestCase() { m_server.reset(); }

SandboxProcess::Reply TstUploadsSandbox::send(const QByteArray &verb, const QUrl &url, const QByteArray &body,
                                              const QList<QPair<QByteArray, QByteArray>> &headers, bool rest)
{
    QNetworkRequest request(url);
    if (rest) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
        request.setRawHeader("Procore-Company-Id", QByteArray::number(northwind));
    }
    for (const auto &header : headers)
        request.setRawHeader(header.first, header.second);
    QNetworkReply *reply = m_network.sendCustomRequest(request, verb, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    SandboxProcess::Reply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    delete reply;
    return result;
}

QJsonObject TstUploadsSandbox::createUpload(const QJsonObject &body)
{
    const SandboxProcess::Reply reply = send("POST", m_server->url(uploadsPath), QJsonDocument(body).toJson(), {});
    if (reply.status != 201)
        qWarning("create upload: %d %s", reply.status, reply.body.constData());
    return reply.status == 201 ? reply.json().object() : QJsonObject();
}

SandboxProcess::Reply TstUploadsSandbox::putSegment(const QJsonObject &segment, const QByteArray &data, const QByteArray &extraAuth)
{
    QList<QPair<QByteArray, QByteArray>> headers;
    const QJsonObject given = segment.value(QStringLiteral("headers")).toObject();
    for (auto it = given.begin(); it != given.end(); ++it)
        if (it.key() != QLatin1String("Content-Length"))
            headers.append({it.key().toLatin1(), it.value().toString().toLatin1()});
    if (!extraAuth.isEmpty())
        headers.append({"Authorization", extraAuth});
    return send("PUT", QUrl(segment.value(QStringLiteral("url")).toString()), data, headers, false);
}

void TstUploadsSandbox::smallFileIsPostedWithItsFieldsAndFileLast()
{
    const QJsonObject upload = createUpload({{QStringLiteral("response_filename"), QStringLiteral("Plan Zürich.pdf")},
                                             {QStringLiteral("response_content_type"), QStringLiteral("application/pdf")}});
    QVERIFY(!upload.value(QStringLiteral("uuid")).toString().isEmpty());
    const QJsonObject fields = upload.value(QStringLiteral("fields")).toObject();
    QVERIFY(fields.contains(QStringLiteral("key")) && fields.contains(QStringLiteral("policy")));
    const QByteArray file = bytes(300000, 7);
    auto *multipart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        QHttpPart part;
        part.setHeader(QNetworkRequest::ContentDispositionHeader, QStringLiteral("form-data; name=\"%1\"").arg(it.key()));
        part.setBody(it.value().toString().toUtf8());
        multipart->append(part);
    }
    QHttpPart filePart;
    filePart.setHeader(QNetworkRequest::ContentDispositionHeader, QStringLiteral("form-data; name=\"file\"; filename=\"plan.pdf\""));
    filePart.setBody(file);
    multipart->append(filePart);
    QNetworkReply *reply = m_network.post(QNetworkRequest(QUrl(upload.value(QStringLiteral("url")).toString())), multipart);
    multipart->setParent(reply);
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 204);
    delete reply;
    const QJsonObject stored = send("GET", QUrl(upload.value(QStringLiteral("url")).toString()), {}, {}, false).json().object();
    QCOMPARE(stored.value(QStringLiteral("sha256")).toString(), hex(file, QCryptographicHash::Sha256));
    QCOMPARE(stored.value(QStringLiteral("status")).toString(), QStringLiteral("complete"));
}

void TstUploadsSandbox::smallFilePostWithoutAFieldIsRefused()
{
    const QJsonObject upload = createUpload({{QStringLiteral("response_filename"), QStringLiteral("a.txt")},
                                             {QStringLiteral("response_content_type"), QStringLiteral("text/plain")}});
    const QByteArray body = "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n\r\nhello\r\n--XyZ--\r\n";
    const SandboxProcess::Reply reply = send("POST", QUrl(upload.value(QStringLiteral("url")).toString()), body,
                                             {{"Content-Type", "multipart/form-data; boundary=XyZ"}}, false);
    QCOMPARE(reply.status, 403);
    QVERIFY(reply.body.contains("AccessDenied"));
}

void TstUploadsSandbox::segmentedFileCompletesWithEtagsInOrder()
{
    const QByteArray first = bytes(segmentSize, 1), second = bytes(segmentSize, 2), last = bytes(123457, 3);
    QJsonArray requested;
    for (const QByteArray *part : {&first, &second, &last})
        requested.append(QJsonObject{{QStringLiteral("size"), qint64(part->size())},
                                     {QStringLiteral("sha256"), hex(*part, QCryptographicHash::Sha256)},
                                     {QStringLiteral("md5"), hex(*part, QCryptographicHash::Md5)}});
    const QJsonObject upload = createUpload({{QStringLiteral("response_filename"), QStringLiteral("model.ifc")},
                                             {QStringLiteral("segments"), requested}});
    QCOMPARE(upload.value(QStringLiteral("status")).toString(), QStringLiteral("ready"));
    const QJsonArray segments = upload.value(QStringLiteral("segments")).toArray();
    QCOMPARE(segments.size(), 3);
    QVERIFY(segments.at(0).toObject().value(QStringLiteral("headers")).toObject().contains(QStringLiteral("Content-MD5")));
    QJsonArray etags;
    int index = 0;
    for (const QByteArray *part : {&first, &second, &last}) {
        const SandboxProcess::Reply reply = putSegment(segments.at(index++).toObject(), *part);
        QCOMPARE(reply.status, 200);
        QVERIFY(!reply.header("ETag").isEmpty());
        etags.append(QJsonObject{{QStringLiteral("etag"), QString::fromLatin1(reply.header("ETag"))}});
    }
    const QString uuid = upload.value(QStringLiteral("uuid")).toString();
    QJsonArray swapped = etags;
    swapped.replace(0, etags.at(1));
    swapped.replace(1, etags.at(0));
    QCOMPARE(send("PATCH", m_server->url(uploadsPath + QLatin1Char('/') + uuid), QJsonDocument(QJsonObject{{QStringLiteral("segments"), swapped}}).toJson(), {}).status, 422);
    const SandboxProcess::Reply done = send("PATCH", m_server->url(uploadsPath + QLatin1Char('/') + uuid),
                                            QJsonDocument(QJsonObject{{QStringLiteral("segments"), etags}}).toJson(), {});
    QCOMPARE(done.status, 200);
    QCOMPARE(done.json().object().value(QStringLiteral("status")).toString(), QStringLiteral("complete"));
}

void TstUploadsSandbox::segmentsSmallerThanFiveMegabytesAreRefused()
{
    const QByteArray small = bytes(1000, 4);
    const QJsonObject segment{{QStringLiteral("size"), 1000}, {QStringLiteral("sha256"), hex(small, QCryptographicHash::Sha256)}};
    const SandboxProcess::Reply reply = send("POST", m_server->url(uploadsPath),
                                             QJsonDocument(QJsonObject{{QStringLiteral("segments"), QJsonArray{segment, segment}}}).toJson(), {});
    QCOMPARE(reply.status, 422);
    QVERIFY(reply.json().object().contains(QStringLiteral("errors")));
}

void TstUploadsSandbox::storageRefusesBearerTokenWrongSizeAndWrongHash()
{
    const QByteArray data = bytes(2000, 5);
    const QJsonObject upload = createUpload({{QStringLiteral("segments"), QJsonArray{QJsonObject{
        {QStringLiteral("size"), 2000}, {QStringLiteral("sha256"), hex(data, QCryptographicHash::Sha256)}}}}});
    const QJsonObject segment = upload.value(QStringLiteral("segments")).toArray().at(0).toObject();
    QCOMPARE(putSegment(segment, data, "Bearer " + m_token.toLatin1()).status, 400);
    QCOMPARE(putSegment(segment, data.left(1999)).status, 400);
    QByteArray changed = data;
    changed[10] = char(changed[10] + 1);
    const SandboxProcess::Reply wrongHash = putSegment(segment, changed);
    QCOMPARE(wrongHash.status, 400);
    QVERIFY(wrongHash.body.contains("SHA256"));
    QCOMPARE(putSegment(segment, data).status, 200);
}

void TstUploadsSandbox::completeWithMissingSegmentIs422()
{
    const QByteArray a = bytes(segmentSize, 6), b = bytes(10, 7);
    const QJsonObject upload = createUpload({{QStringLiteral("segments"), QJsonArray{
        QJsonObject{{QStringLiteral("size"), qint64(a.size())}, {QStringLiteral("sha256"), hex(a, QCryptographicHash::Sha256)}},
        QJsonObject{{QStringLiteral("size"), qint64(b.size())}, {QStringLiteral("sha256"), hex(b, QCryptographicHash::Sha256)}}}}});
    const SandboxProcess::Reply first = putSegment(upload.value(QStringLiteral("segments")).toArray().at(0).toObject(), a);
    QCOMPARE(first.status, 200);
    const QJsonArray etags{QJsonObject{{QStringLiteral("etag"), QString::fromLatin1(first.header("ETag"))}},
                           QJsonObject{{QStringLiteral("etag"), QStringLiteral("\"0\"")}}};
    const SandboxProcess::Reply reply = send("PATCH", m_server->url(uploadsPath + QLatin1Char('/') + upload.value(QStringLiteral("uuid")).toString()),
                                             QJsonDocument(QJsonObject{{QStringLiteral("segments"), etags}}).toJson(), {});
    QCOMPARE(reply.status, 422);
}

void TstUploadsSandbox::droppedSegmentStoresNothingAndARetrySucceeds()
{
    const QByteArray data = bytes(segmentSize, 8);
    const QJsonObject upload = createUpload({{QStringLiteral("segments"), QJsonArray{QJsonObject{
        {QStringLiteral("size"), qint64(data.size())}, {QStringLiteral("sha256"), hex(data, QCryptographicHash::Sha256)}}}}});
    const QJsonObject segment = upload.value(QStringLiteral("segments")).toArray().at(0).toObject();
    // QNetworkAccessManager itself sends a request again when the connection closes before any
    // answer (three attempts in all), so the storage drops three to leave the caller without one.
    m_server->injectFault(QStringLiteral("drop"), 3, QStringLiteral("/__storage/"));
    const SandboxProcess::Reply dropped = putSegment(segment, data);
    const QUrl state(segment.value(QStringLiteral("url")).toString().section(QStringLiteral("/segments/"), 0, 0));
    QCOMPARE(dropped.status, 0);   // no HTTP answer at all
    QVERIFY(send("GET", state, {}, {}, false).json().object().value(QStringLiteral("segments")).toArray().at(0).toObject()
                .value(QStringLiteral("etag")).toString().isEmpty());
    QCOMPARE(putSegment(segment, data).status, 200);
    const QJsonObject stored = send("GET", state, {}, {}, false).json().object().value(QStringLiteral("segments")).toArray().at(0).toObject();
    QVERIFY(!stored.value(QStringLiteral("etag")).toString().isEmpty());
    QCOMPARE(stored.value(QStringLiteral("puts")).toInt(), 1);   // the dropped one never arrived
}

void TstUploadsSandbox::expiredUploadIsRefusedByStorage()
{
    const QByteArray data = bytes(100, 9);
    const QJsonObject upload = createUpload({{QStringLiteral("segments"), QJsonArray{QJsonObject{
        {QStringLiteral("size"), 100}, {QStringLiteral("sha256"), hex(data, QCryptographicHash::Sha256)}}}}});
    const QJsonObject segment = upload.value(QStringLiteral("segments")).toArray().at(0).toObject();
    const QUrl state(segment.value(QStringLiteral("url")).toString().section(QStringLiteral("/segments/"), 0, 0));
    const qint64 id = send("GET", state, {}, {}, false).json().object().value(QStringLiteral("id")).toInteger();
    // An hour later: move its expiry into the past through the admin records endpoint.
    QCOMPARE(m_server->postJson(QStringLiteral("/__admin/records/uploads/%1").arg(id), {{QStringLiteral("_expires_ms"), 0}}).status, 200);
    const SandboxProcess::Reply reply = putSegment(segment, data);
    QCOMPARE(reply.status, 403);
    QVERIFY(reply.body.contains("expired"));
}

void TstUploadsSandbox::completedUploadAttachesToASubmittal()
{
    const QJsonArray log = m_server->listAll(QStringLiteral("/rest/v1.1/projects/%1/submittals").arg(firstProject), m_token, northwind);
    const QJsonObject submittal = log.first().toObject();
    const QString path = QStringLiteral("/rest/v1.1/projects/%1/submittals/%2").arg(firstProject).arg(submittal.value(QStringLiteral("id")).toInteger());
    const qsizetype before = submittal.value(QStringLiteral("associated_attachments")).toArray().size();

    const QByteArray data = bytes(50, 10);
    const QJsonObject upload = createUpload({{QStringLiteral("response_filename"), QStringLiteral("Prüfbericht.pdf")},
                                             {QStringLiteral("segments"), QJsonArray{QJsonObject{
        {QStringLiteral("size"), 50}, {QStringLiteral("sha256"), hex(data, QCryptographicHash::Sha256)}}}}});
    const QString uuid = upload.value(QStringLiteral("uuid")).toString();
    const QJsonObject attach{{QStringLiteral("submittal"), QJsonObject{{QStringLiteral("upload_ids"), QJsonArray{uuid}}}}};
    QCOMPARE(send("PATCH", m_server->url(path), QJsonDocument(attach).toJson(), {}).status, 422);   // not complete yet

    const SandboxProcess::Reply put = putSegment(upload.value(QStringLiteral("segments")).toArray().at(0).toObject(), data);
    const QJsonArray etags{QJsonObject{{QStringLiteral("etag"), QString::fromLatin1(put.header("ETag"))}}};
    QCOMPARE(send("PATCH", m_server->url(uploadsPath + QLatin1Char('/') + uuid), QJsonDocument(QJsonObject{{QStringLiteral("segments"), etags}}).toJson(), {}).status, 200);
    const SandboxProcess::Reply attached = send("PATCH", m_server->url(path), QJsonDocument(attach).toJson(), {});
    QCOMPARE(attached.status, 200);
    const QJsonObject shown = m_server->get(path, m_token, northwind).json().object();
    const QJsonArray attachments = shown.value(QStringLiteral("associated_attachments")).toArray();
    QCOMPARE(attachments.size(), before + 1);
    QCOMPARE(attachments.last().toObject().value(QStringLiteral("filename")).toString(), QStringLiteral("Prüfbericht.pdf"));
    QVERIFY(shown.value(QStringLiteral("updated_at")).toString() > submittal.value(QStringLiteral("updated_at")).toString());
}

void TstUploadsSandbox::companyUploadAttachesToAProjectsSubmittal()
{
    const QString companyUploads = QStringLiteral("/rest/v1.1/companies/%1/uploads").arg(northwind);
    const QByteArray data = bytes(64, 11);
    const SandboxProcess::Reply created = send("POST", m_server->url(companyUploads), QJsonDocument(QJsonObject{
        {QStringLiteral("response_filename"), QStringLiteral("company.pdf")},
        {QStringLiteral("segments"), QJsonArray{QJsonObject{{QStringLiteral("size"), 64}, {QStringLiteral("sha256"), hex(data, QCryptographicHash::Sha256)}}}}}).toJson(), {});
    QCOMPARE(created.status, 201);
    const QJsonObject upload = created.json().object();
    const QString uuid = upload.value(QStringLiteral("uuid")).toString();
    const SandboxProcess::Reply put = putSegment(upload.value(QStringLiteral("segments")).toArray().at(0).toObject(), data);
    const QJsonArray etags{QJsonObject{{QStringLiteral("etag"), QString::fromLatin1(put.header("ETag"))}}};
    QCOMPARE(send("PATCH", m_server->url(companyUploads + QLatin1Char('/') + uuid), QJsonDocument(QJsonObject{{QStringLiteral("segments"), etags}}).toJson(), {}).status, 200);
    const QJsonArray log = m_server->listAll(QStringLiteral("/rest/v1.1/projects/%1/submittals").arg(firstProject), m_token, northwind);
    const QString path = QStringLiteral("/rest/v1.1/projects/%1/submittals/%2").arg(firstProject).arg(log.first().toObject().value(QStringLiteral("id")).toInteger());
    const QJsonObject attach{{QStringLiteral("submittal"), QJsonObject{{QStringLiteral("upload_ids"), QJsonArray{uuid}}}}};
    QCOMPARE(send("PATCH", m_server->url(path), QJsonDocument(attach).toJson(), {}).status, 200);
    QCOMPARE(m_server->get(path, m_token, northwind).json().object().value(QStringLiteral("associated_attachments")).toArray()
                 .last().toObject().value(QStringLiteral("filename")).toString(), QStringLiteral("company.pdf"));
}

QTEST_GUILESS_MAIN(TstUploadsSandbox)
#include "tst_uploadssandbox.moc"
