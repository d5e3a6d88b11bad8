#pragma once

#include "faultinjector.h"
#include "httprequest.h"
#include "httpresponse.h"
#include "sandboxdata.h"

#include <QHash>
#include <QUrl>

namespace sandbox {

class OAuthServer;

// The bytes behind drawing revisions' pdf_url, served as Procore does since 2023:
//   GET /sandbox/files/drawing_revisions/{id}.pdf   (the API host) demands the bearer token
//       (401 without) and answers 302 to a pre-signed storage URL;
//   GET /__files/drawings/{id}.pdf?expires=…&signature=…   (the "storage") refuses any request
//       carrying a bearer token (400, S3's XML), a bad signature or an expired link (403; links
//       live ten minutes), honours Range (206), and serves a real PDF (written by hand): a
//       vector sheet with grid lines and a title block naming the sheet number, title, revision
//       and set, so a screenshot shows which sheet is open. General sheets have two pages.
// The revision's thumbnail_url (/sandbox/files/drawing_revisions/{id}-thumb.png) takes the same
// path to /__files/drawings/{id}-thumb.png: a small PNG of the sheet (drawingthumbnail.h).
// Faults queued with a path_prefix of either path apply (drop, truncate, 500 …), so tests can
// cut a download half way ("truncate" sends half the body and closes: resume with Range), and
// "expire" on the storage path answers 403 "Request has expired" as a stale link would. A
// deleted revision answers 404.
class DrawingFiles
{
public:
    DrawingFiles(SandboxData &data, FaultInjector &faults, const OAuthServer &oauth)
        : m_data(data), m_faults(faults), m_oauth(oauth) {}
    Q_DISABLE_COPY_MOVE(DrawingFiles)

    bool handle(const HttpRequest &request, const QUrl &base, HttpResponse *response);

    static QByteArray renderPdf(const QJsonObject &revision, const QString &projectName);

private:
    HttpResponse api(const HttpRequest &request, const QUrl &base, qint64 id, bool thumbnail);
    HttpResponse storage(const HttpRequest &request, qint64 id, bool thumbnail);
    QByteArray pdfFor(const QJsonObject &revision);
    QByteArray thumbnailFor(const QJsonObject &revision);

    SandboxData &m_data;
    FaultInjector &m_faults;
    const OAuthServer &m_oauth;
    QHash<qint64, QByteArray> m_pdfs;   // drawn once per revision, so every download is byte-identical
    QHash<qint64, QByteArray> m_thumbnails;
};

} // namespace sandbox
