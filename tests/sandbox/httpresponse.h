#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace sandbox {

// One HTTP response, plus what the wire should do wrong with it (for injected faults) and how
// long to hold it back (for --latency).
struct HttpResponse
{
    enum class Fault { None, Drop, Truncate };

    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    Fault fault = Fault::None;
    int delayMs = 0;

    void setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(const QByteArray &name) const;

    static HttpResponse json(int status, const QJsonDocument &document);
    static HttpResponse json(int status, const QJsonObject &object);
    static HttpResponse html(int status, const QString &html);
    static HttpResponse redirect(const QString &location);
    static QByteArray reasonPhrase(int status);
};

} // namespace sandbox
