#include "auth/loopbackreceiver.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

namespace sitedesk {

namespace {
constexpr qsizetype maxRequestBytes = 16 * 1024;
}

LoopbackReceiver::LoopbackReceiver(QObject *parent)
    : QObject(parent), m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &LoopbackReceiver::onNewConnection);
}

LoopbackReceiver::~LoopbackReceiver() = default;

bool LoopbackReceiver::listen(quint16 port, int tryNext)
{
    m_done = false;
    for (int offset = 0; offset <= tryNext; ++offset) {
        const quint16 candidate = port == 0 ? 0 : quint16(port + offset);
        if (m_server->listen(QHostAddress::LocalHost, candidate))
            return true;
        if (port == 0)
            break;
    }
    return false;
}

quint16 LoopbackReceiver::port() const { return m_server->serverPort(); }

QString LoopbackReceiver::redirectUri() const
{
    return QStringLiteral("http://127.0.0.1:%1/callback").arg(port());
}

void LoopbackReceiver::close() { m_server->close(); }

void LoopbackReceiver::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        // A browser may open speculative connections and send nothing.
        QTimer::singleShot(30000, socket, [socket] { socket->abort(); });
    }
}

void LoopbackReceiver::onReadyRead(QTcpSocket *socket)
{
    if (socket->bytesAvailable() > maxRequestBytes)
        return socket->abort();
    if (!socket->canReadLine())
        return;
    const QList<QByteArray> requestLine = socket->readLine().trimmed().split(' ');
    if (requestLine.size() < 2 || requestLine.at(0) != "GET")
        return reply(socket, 405, tr("Not allowed"), tr("Only the sign-in redirect is served here."));
    const QUrl target(QString::fromLatin1(requestLine.at(1)));
    if (target.path() != QLatin1String("/callback"))
        return reply(socket, 404, tr("Not found"), tr("This address only receives the Procore sign-in."));
    if (m_done)
        return reply(socket, 410, tr("Already signed in"), tr("This sign-in link was already used. You can close this tab."));

    const QUrlQuery query(target);
    m_done = true;
    if (query.hasQueryItem(QStringLiteral("error")))
        reply(socket, 200, tr("Sign-in cancelled"), tr("Sitedesk was not signed in. You can close this tab and return to Sitedesk."));
    else
        reply(socket, 200, tr("Signed in"), tr("Sitedesk is signed in to Procore. You can close this tab."));
    // One shot: stop listening before anything else can knock.
    m_server->close();
    emit callbackReceived(query);
}

void LoopbackReceiver::reply(QTcpSocket *socket, int status, const QString &title, const QString &text)
{
    const QByteArray body = QStringLiteral(
        "<!doctype html><html><head><meta charset=\"utf-8\"><title>%1</title></head>"
        "<body style=\"font-family:sans-serif;margin:4em\"><h1>%1</h1><p>%2</p></body></html>")
        .arg(title.toHtmlEscaped(), text.toHtmlEscaped()).toUtf8();
    const QByteArray reason = status == 200 ? "OK" : status == 404 ? "Not Found"
                            : status == 405 ? "Method Not Allowed" : "Gone";
    socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n"
                  "Content-Type: text/html; charset=utf-8\r\n"
                  "Cache-Control: no-store\r\n"
                  "Connection: close\r\n"
                  "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    socket->disconnectFromHost();
}

} // namespace sitedesk
