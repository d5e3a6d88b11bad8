#pragma once

#include "httpconnection.h"

#include <QObject>
#include <QTcpServer>

namespace sandbox {

// A minimal HTTP/1.1 server on 127.0.0.1 only. Written on QTcpServer (not QHttpServer 6.4) so
// that faults — a dropped connection, a truncated body, a late answer — can be made on purpose.
class HttpServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpServer)

public:
    explicit HttpServer(HttpConnection::Handler handler, QObject *parent = nullptr);

    bool listen(quint16 port);
    quint16 port() const { return m_server.serverPort(); }
    QString errorString() const { return m_server.errorString(); }
    void setLogger(HttpConnection::Logger logger) { m_logger = std::move(logger); }

private:
    void onNewConnection();

    QTcpServer m_server;
    HttpConnection::Handler m_handler;
    HttpConnection::Logger m_logger;
};

} // namespace sandbox
