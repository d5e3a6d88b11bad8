#include "httpconnection.h"

#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

namespace sandbox {

namespace {

constexpr qsizetype maxHeaderBytes = 64 * 1024;
constexpr qint64 maxBodyBytes = qint64(1) << 30;

} // namespace

HttpConnection::HttpConnection(QTcpSocket *socket, const Handler &handler, const Logger &logger)
    : QObject(socket), m_socket(socket), m_handler(handler), m_logger(logger)
{
    connect(socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
}

void HttpConnection::onReadyRead()
{
    m_buffer += m_socket->readAll();
    processNext();
}

HttpConnection::Parse HttpConnection::parse(HttpRequest *request)
{
    const qsizetype headerEnd = m_buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return m_buffer.size() > maxHeaderBytes ? Parse::Broken : Parse::Incomplete;
    const QList<QByteArray> lines = m_buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1."))
        return Parse::Broken;

    request->method = requestLine.at(0);
    const QByteArray target = requestLine.at(1);
    const qsizetype question = target.indexOf('?');
    request->path = QUrl::fromPercentEncoding(question < 0 ? target : target.left(question));
    request->query = UrlParams::parse(question < 0 ? QByteArray() : target.mid(question + 1));
    request->headers.clear();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            request->headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
    }
    // Bodies by Content-Length only: the clients we serve never send chunked requests.
    if (request->headers.contains("transfer-encoding"))
        return Parse::Broken;
    bool ok = true;
    const QByteArray lengthText = request->header("content-length");
    const qint64 length = lengthText.isEmpty() ? 0 : lengthText.toLongLong(&ok);
    if (!ok || length < 0 || length > maxBodyBytes)
        return Parse::Broken;
    if (m_buffer.size() < headerEnd + 4 + length) {
        // curl waits (a second) for this before sending a larger body.
        if (!m_continueSent && request->header("expect").toLower() == "100-continue") {
            m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
            m_continueSent = true;
        }
        return Parse::Incomplete;
    }
    request->body = m_buffer.mid(headerEnd + 4, length);
    m_buffer.remove(0, headerEnd + 4 + length);
    m_continueSent = false;
    return Parse::Ready;
}

void HttpConnection::processNext()
{
    if (m_busy || m_closing)
        return;
    HttpRequest request;
    switch (parse(&request)) {
    case Parse::Incomplete:
        return;
    case Parse::Broken:
        return rejectAndClose(400);
    case Parse::Ready:
        break;
    }
    m_timer.start();
    const HttpResponse response = m_handler(request);
    if (response.delayMs <= 0)
        return send(request, response);
    m_busy = true;
    QTimer::singleShot(response.delayMs, this, [this, request, response] { send(request, response); });
}

void HttpConnection::send(const HttpRequest &request, const HttpResponse &response)
{
    m_busy = false;
    if (m_logger)
        m_logger(request, response, m_timer.elapsed());
    if (response.fault == HttpResponse::Fault::Drop) {
        m_closing = true;
        m_socket->abort();
        return;
    }
    const bool close = request.wantsClose() || response.fault == HttpResponse::Fault::Truncate;
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + HttpResponse::reasonPhrase(response.status) + "\r\n";
    for (const auto &[name, value] : response.headers)
        head += name + ": " + value + "\r\n";
    head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    head += close ? "Connection: close\r\n\r\n" : "Connection: keep-alive\r\n\r\n";
    // A truncated answer promises the whole body and stops half way, as a proxy that died would.
    const QByteArray body = response.fault == HttpResponse::Fault::Truncate ? response.body.left(response.body.size() / 2) : response.body;
    m_socket->write(head + body);
    if (close) {
        m_closing = true;
        m_socket->disconnectFromHost();
        return;
    }
    if (!m_buffer.isEmpty())
        QTimer::singleShot(0, this, &HttpConnection::processNext);
}

void HttpConnection::rejectAndClose(int status)
{
    HttpRequest request;
    request.headers.insert("connection", "close");
    HttpResponse response;
    response.status = status;
    response.body = HttpResponse::reasonPhrase(status);
    send(request, response);
}

} // namespace sandbox
