#pragma once

#include "photos/photo.h"

#include <QObject>
#include <QPointer>

namespace sitedesk {

class ApiClient;
class ApiReply;
class OutboxService;
struct ApiError;

// Changes to photos Procore has:
//   - edit (description, album): PATCH /rest/v1.0/images/{id}?project_id=… {image{…}} through
//     the outbox, so an edit made offline waits and is sent later; an edit of a photo someone
//     changed in Procore meanwhile becomes a conflict for the user. Procore's answer replaces
//     the cached photo (registerApplier()).
//   - delete: DELETE /rest/v1.0/images/{id}?project_id=…, online only (a deletion queued for
//     later could remove a photo someone else just annotated); on success the photo leaves the
//     cache. Each one is reported by removed() or failed().
class PhotoEditor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PhotoEditor)

public:
    PhotoEditor(ApiClient *api, OutboxService *outbox, QObject *parent = nullptr);
    ~PhotoEditor() override;

    static QString tool() { return QStringLiteral("photos"); }
    // Writes Procore's answer to a sent edit into the photos table (once per process).
    static void registerApplier();

    // The outbox id of the change, or 0 with *error set (nothing changed: 0 and no error).
    qint64 edit(const Photo &photo, const QString &description, qint64 albumId, QString *error = nullptr);
    // Whether a delete could start now (signed in, online, none running); *error says why not.
    bool canRemove(QString *error = nullptr) const;
    // Deletes the photos one after another; false (with *error) when it cannot start at all.
    bool remove(const QList<Photo> &photos, QString *error = nullptr);
    bool isOnline() const;
    bool isRemoving() const { return !m_reply.isNull(); }

signals:
    void removed(qint64 photoId);
    void failed(const QString &message);
    void removalFinished();

private:
    void removeNext();
    void onRemoved(const Photo &photo);

    QPointer<ApiClient> m_api;
    QPointer<OutboxService> m_outbox;
    QList<Photo> m_toRemove;
    QPointer<ApiReply> m_reply;
};

} // namespace sitedesk
