#pragma once

#include "httprequest.h"
#include "httpresponse.h"

#include <QElapsedTimer>
#include <QObject>

#include <functional>

class QTcpSocket;

namespace sandbox {

// One client connection: reads requests by Content-Length, answers them strictly in order
// (a keep-alive client may pipeline several), honours Connection: close, and carries out the
// wire faults (drop, truncate) and delays a response asks for. Lives as a child of its socket.
class HttpConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpConnection)

public:
    using Handler = std::function<HttpResponse(const HttpRequest &)>;
    using Logger = std::function<void(const HttpRequest &, const HttpResponse &, qint64 ms)>;

    HttpConnection(QTcpSocket *socket, const Handler &handler, const Logger &logger);

private:
    enum class Parse { Incomplete, Ready, Broken };

    void onReadyRead();
    void processNext();
    Parse parse(HttpRequest *request);
    void send(const HttpRequest &request, const HttpResponse &response);
    void rejectAndClose(int status);

    QTcpSocket *m_socket;
    const Handler &m_handler;
    const Logger &m_logger;
    QByteArray m_buffer;
    QElapsedTimer m_timer;
    bool m_busy = false;     // a response is being held back; later requests wait
    bool m_closing = false;
    bool m_continueSent = false;   // "100 Continue" already sent for the request being read
};

} // namespace sandbox
