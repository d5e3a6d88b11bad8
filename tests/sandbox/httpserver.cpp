#include "httpserver.h"

#include <QDateTime>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

namespace sandbox {

namespace {

constexpr qsizetype maxHeaderBytes = 64 * 1024;
constexpr qsizetype maxBodyBytes = 512 * 1024 * 1024;
const char *busyProperty = "sandboxBusy";
const char *bufferProperty = "sandboxBuffer";

} // namespace

HttpServer::HttpServer(Handler handler, QObject *parent) : QObject(parent), m_handler(std::move(handler))
{
    connect(&m_server, &QTcpServer::newConnection, this, &HttpServer::onNewConnection);
}

bool HttpServer::listen(quint16 port)
{
    return m_server.listen(QHostAddress::LocalHost, port);
}

void HttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
            socket->setProperty(bufferProperty, socket->property(bufferProperty).toByteArray() + socket->readAll());
            processBuffer(socket);
        });
    }
}

void HttpServer::processBuffer(QTcpSocket *socket)
{
    if (socket->property(busyProperty).toBool())
        return;
    QByteArray buffer = socket->property(bufferProperty).toByteArray();
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        if (buffer.size() > maxHeaderBytes)
            socket->abort();
        return;
    }
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() < 3)
        return socket->abort();

    HttpRequest request;
    request.method = requestLine.at(0);
    const QUrl target(QString::fromUtf8(requestLine.at(1)));
    request.path = target.path(QUrl::FullyDecoded);
    request.query = QUrlQuery(target.query(QUrl::FullyEncoded));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            request.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
    }
    const qint64 length = request.header("content-length").toLongLong();
    if (length < 0 || length > maxBodyBytes)
        return socket->abort();
    if (buffer.size() < headerEnd + 4 + length)
        return;   // wait for the rest of the body
    request.body = buffer.mid(headerEnd + 4, length);
    socket->setProperty(bufferProperty, buffer.mid(headerEnd + 4 + length));

    const qint64 started = QDateTime::currentMSecsSinceEpoch();
    const HttpResponse response = m_handler(request);
    socket->setProperty(busyProperty, true);
    QPointer<QTcpSocket> guard(socket);
    auto deliver = [this, guard, request, response, started] {
        if (guard)
            send(guard, request, response, started);
    };
    if (response.delayMs > 0)
        QTimer::singleShot(response.delayMs, this, deliver);
    else
        deliver();
}

void HttpServer::send(QTcpSocket *socket, const HttpRequest &request, const HttpResponse &response, qint64 startedMs)
{
    if (m_logger)
        m_logger(request, response, QDateTime::currentMSecsSinceEpoch() - startedMs);
    if (response.fault == HttpResponse::Fault::Drop) {
        socket->abort();
        return;
    }
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    for (const auto &[name, value] : response.headers)
        head += name + ": " + value + "\r\n";
    const bool close = request.header("connection").toLower() == "close";
    head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    head += close ? "Connection: close\r\n\r\n" : "Connection: keep-alive\r\n\r\n";
    if (response.fault == HttpResponse::Fault::Truncate) {
        socket->write(head + response.body.left(response.body.size() / 2));
        socket->flush();
        socket->disconnectFromHost();
        return;
    }
    socket->write(head + response.body);
    if (close) {
        socket->disconnectFromHost();
        return;
    }
    socket->setProperty(busyProperty, false);
    if (!socket->property(bufferProperty).toByteArray().isEmpty())
        QTimer::singleShot(0, socket, [this, socket] { processBuffer(socket); });
}

} // namespace sandbox
