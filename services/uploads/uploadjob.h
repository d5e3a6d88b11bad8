#pragma once

#include "uploads/uploadentry.h"

#include <QObject>
#include <QPointer>

class QNetworkAccessManager;
class QNetworkReply;

namespace sitedesk {

class ApiClient;
class ApiReply;
class UploadStore;
struct ApiError;

// Carries one queued file through Procore's direct upload: create the upload, send the file
// (one multipart POST, or each segment by PUT with its headers), complete it, attach it.
// Every step is stored before the next starts; storage URLs never get the bearer token
// (they go through the plain network manager, not ApiClient). Ends with finished() in a
// settled state: Attached, Paused, Failed or Cancelled.
class UploadJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UploadJob)

public:
    UploadJob(UploadEntry entry, ApiClient *api, QNetworkAccessManager *network, UploadStore *store,
              QObject *parent = nullptr);
    ~UploadJob() override;

    qint64 id() const { return m_entry.id; }
    const UploadEntry &entry() const { return m_entry; }

    void start();
    // Stops the transfer now; the entry ends Paused (reason given) or Cancelled.
    void pause(const QString &reason, bool waitingForNetwork);
    void cancel();

    static constexpr int maxStorageAttempts = 4;
    static constexpr int maxRestarts = 2;

signals:
    void progress(qint64 id, qint64 bytes);
    void changed(qint64 id);
    void finished(qint64 id);

private:
    void step();
    void sendWithAttach();
    bool fileUnchanged();
    void createUpload();
    void createSegmented(const QList<UploadSegment> &plan);
    void onCreated(ApiReply *reply);
    void postSmallFile();
    void putNextSegment();
    void onStorageReply(int segmentIndex);
    void completeSegmented();
    void attach();
    void onApiError(const ApiError &error, const QString &what);
    void handleStorageFailure(QNetworkReply *reply, int status, int segmentIndex);
    void restartExpired();
    void setState(UploadEntry::State state, const QString &error = {});
    void fail(const QString &reason);
    void settle();
    void save();
    void abortTransfer();

    UploadEntry m_entry;
    ApiClient *m_api;
    QNetworkAccessManager *m_network;
    UploadStore *m_store;
    QPointer<QNetworkReply> m_transfer;
    QPointer<ApiReply> m_call;
    int m_storageAttempts = 0;
    bool m_settled = false;
    bool m_stopping = false;
};

} // namespace sitedesk
