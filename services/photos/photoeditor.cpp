#include "photos/photoeditor.h"

#include "api/apiclient.h"
#include "api/apireply.h"
#include "cache/cachedatabase.h"
#include "outbox/outboxservice.h"
#include "photos/photostore.h"
#include "projects/projectstore.h"

#include <QUrlQuery>

namespace sitedesk {

namespace {

QString imagePath(const Photo &photo)
{
    return QStringLiteral("/rest/v1.0/images/%1").arg(photo.id);
}

QString imagePathAndQuery(const Photo &photo)
{
    return QStringLiteral("%1?project_id=%2").arg(imagePath(photo)).arg(photo.projectId);
}

// Procore-Company-Id: a photo's record does not carry it; its cached project does.
qint64 companyOf(CacheDatabase *cache, const Photo &photo)
{
    const auto project = cache ? ProjectStore(*cache).find(photo.projectId) : std::nullopt;
    return project ? project->companyId : 0;
}

} // namespace

PhotoEditor::PhotoEditor(ApiClient *api, OutboxService *outbox, QObject *parent)
    : QObject(parent), m_api(api), m_outbox(outbox)
{
}

PhotoEditor::~PhotoEditor()
{
    if (m_reply)
        m_reply->abort();
}

void PhotoEditor::registerApplier()
{
    OutboxService::registerApplier(tool(), [](CacheDatabase &cache, const OutboxEntry &change, const QJsonObject &response) {
        const auto photo = Photo::fromJson(response, change.projectId);
        // An answer without a usable photo changes nothing here; the next sync brings Procore's copy.
        return !photo || PhotoStore(cache).mergePhotos(change.projectId, {*photo});
    });
}

qint64 PhotoEditor::edit(const Photo &photo, const QString &description, qint64 albumId, QString *error)
{
    if (!m_outbox || !m_outbox->cache()) {
        if (error)
            *error = tr("Sign in and choose a project to edit photos.");
        return 0;
    }
    QJsonObject image;
    if (description != photo.description)
        image.insert(QStringLiteral("description"), description);
    if (albumId != 0 && albumId != photo.albumId)
        image.insert(QStringLiteral("image_category_id"), albumId);
    if (image.isEmpty())
        return 0;
    OutboxEntry change;
    change.companyId = companyOf(m_outbox->cache(), photo);
    change.projectId = photo.projectId;
    change.tool = tool();
    change.method = QStringLiteral("PATCH");
    change.path = imagePathAndQuery(photo);
    change.body = QJsonObject{{QStringLiteral("image"), image}};
    change.itemKey = QStringLiteral("image:%1").arg(photo.id);
    change.baseUpdatedAt = photo.updatedAt;   // someone else's edit in Procore becomes a conflict
    change.summary = tr("Edit photo %1").arg(photo.filename);
    return m_outbox->submit(change, error);
}

bool PhotoEditor::canRemove(QString *error) const
{
    QString why;
    if (!m_api || !m_outbox || !m_outbox->cache())
        why = tr("Sign in and choose a project to delete photos.");
    else if (!m_api->isOnline())
        why = tr("Deleting photos needs a connection to Procore, and Sitedesk is offline. Try again when you are back online.");
    else if (isRemoving())
        why = tr("Photos are being deleted; wait until they are done.");
    if (error)
        *error = why;
    return why.isEmpty();
}

bool PhotoEditor::isOnline() const
{
    return m_api && m_api->isOnline();
}

bool PhotoEditor::remove(const QList<Photo> &photos, QString *error)
{
    if (!canRemove(error))
        return false;
    m_toRemove = photos;
    removeNext();
    return true;
}

void PhotoEditor::removeNext()
{
    if (m_toRemove.isEmpty()) {
        emit removalFinished();
        return;
    }
    const Photo photo = m_toRemove.takeFirst();
    ApiRequest request;
    request.method = QByteArrayLiteral("DELETE");
    request.path = imagePath(photo);
    request.query.addQueryItem(QStringLiteral("project_id"), QString::number(photo.projectId));
    request.companyId = companyOf(m_outbox ? m_outbox->cache() : nullptr, photo);
    m_reply = m_api->send(request);
    connect(m_reply, &ApiReply::finished, this, [this, photo] { onRemoved(photo); });
}

void PhotoEditor::onRemoved(const Photo &photo)
{
    ApiReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    const ApiError error = reply->error();
    if (error.isError() && error.kind != ApiError::Kind::NotFound) {   // 404: already gone, which is what was asked
        const bool offline = error.kind == ApiError::Kind::Offline;
        emit failed(offline ? tr("%1 was not deleted: Sitedesk went offline. Try again when you are back online.").arg(photo.filename)
                            : tr("%1 was not deleted: %2").arg(photo.filename, error.userMessage()));
        if (offline)
            m_toRemove.clear();
        return removeNext();
    }
    QString storeError;
    if (m_outbox && m_outbox->cache() && !PhotoStore(*m_outbox->cache()).removePhotos({photo.id}, &storeError))
        emit failed(tr("%1 was deleted in Procore, but Sitedesk could not update its copy: %2").arg(photo.filename, storeError));
    else
        emit removed(photo.id);
    removeNext();
}

} // namespace sitedesk
