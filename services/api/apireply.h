#pragma once

#include "api/apierror.h"
#include "api/apirequest.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QObject>
#include <QPointer>

class QNetworkReply;

namespace sitedesk {

class ApiClient;

// One logical request (however many attempts it takes). Emits finished() exactly once.
class ApiReply final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiReply)

public:
    const ApiRequest &request() const { return m_request; }
    const ApiError &error() const { return m_error; }
    int httpStatus() const { return m_status; }
    QByteArray body() const { return m_body; }
    // The body parsed as JSON (null document when the body was empty or not JSON).
    QJsonDocument json() const { return m_json; }
    // The records of a list body as the bytes Procore sent (listbody.h); empty when the body is
    // no list or they could not be told apart. ListItems checks them against json()'s list.
    QList<QByteArray> rawItems() const { return m_rawItems; }
    // The body was a list read as records only (ApiRequest::listRecordsOnly): json() is null
    // and rawItems() holds every record, checked as valid JSON.
    bool isRecordsOnly() const { return m_recordsOnly; }
    QByteArray header(const QByteArray &name) const;
    int attempts() const { return m_attempts; }
    bool isFinished() const { return m_finished; }

    void abort();

signals:
    void finished();

private:
    friend class ApiClient;
    friend class PagedReply;   // to ask for records only once its pages turn out to be streamed
    ApiReply(ApiClient *client, ApiRequest request);

    ApiClient *m_client;
    ApiRequest m_request;
    ApiError m_error;
    int m_status = 0;
    QByteArray m_body;
    QJsonDocument m_json;
    QList<QByteArray> m_rawItems;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    QPointer<QNetworkReply> m_networkReply;
    QString m_sentWithToken;   // to tell whether a 401 was answered by a refresh already
    int m_attempts = 0;
    bool m_finished = false;
    bool m_aborted = false;
    bool m_replayedAfterRefresh = false;
    bool m_recordsOnly = false;
};

} // namespace sitedesk
