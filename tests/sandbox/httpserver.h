#pragma once

#include "httpmessage.h"

#include <QObject>
#include <QTcpServer>

#include <functional>

class QTcpSocket;

namespace sandbox {

// A minimal HTTP/1.1 server on 127.0.0.1: keep-alive, Content-Length bodies, one request at a
// time per connection. Written on QTcpServer (not QHttpServer 6.4) so that faults — a dropped
// connection, a truncated body, a late answer — can be produced on purpose.
class HttpServer final : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<HttpResponse(const HttpRequest &)>;
    using Logger = std::function<void(const HttpRequest &, const HttpResponse &, qint64 ms)>;

    explicit HttpServer(Handler handler, QObject *parent = nullptr);

    bool listen(quint16 port);
    quint16 port() const { return m_server.serverPort(); }
    void setLogger(Logger logger) { m_logger = std::move(logger); }

private:
    void onNewConnection();
    void processBuffer(QTcpSocket *socket);
    void send(QTcpSocket *socket, const HttpRequest &request, const HttpResponse &response, qint64 startedMs);

    QTcpServer m_server;
    Handler m_handler;
    Logger m_logger;
};

} // namespace sandbox
