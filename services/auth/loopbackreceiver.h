#pragma once

#include <QObject>
#include <QUrlQuery>

class QTcpServer;
class QTcpSocket;

namespace sitedesk {

// A one-shot HTTP listener on 127.0.0.1 for the OAuth redirect. It answers the browser's
// request for /callback with a small page ("You can close this tab"), reports the query,
// and closes. It never listens on other interfaces.
class LoopbackReceiver final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoopbackReceiver)

public:
    explicit LoopbackReceiver(QObject *parent = nullptr);
    ~LoopbackReceiver() override;

    // Listens on `port`; when it is busy and tryNext > 0, on the next free port up to
    // port + tryNext; port 0 = any free port. False when none could be opened.
    bool listen(quint16 port, int tryNext = 0);
    quint16 port() const;
    QString redirectUri() const;   // "http://127.0.0.1:PORT/callback"
    void close();

signals:
    // The redirect's query (code + state, or error + error_description).
    void callbackReceived(const QUrlQuery &query);

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void reply(QTcpSocket *socket, int status, const QString &title, const QString &text);

    QTcpServer *m_server;
    bool m_done = false;
};

} // namespace sitedesk
