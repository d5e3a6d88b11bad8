#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonDocument>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace sandbox {

struct HttpRequest
{
    QByteArray method;
    QString path;                       // decoded path, no query
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers;   // names lower-cased
    QByteArray body;

    QByteArray header(const char *name) const { return headers.value(QByteArray(name)); }
    QString queryValue(const QString &key) const { return query.queryItemValue(key, QUrl::FullyDecoded); }
    // The form fields of an application/x-www-form-urlencoded body.
    QUrlQuery form() const;
    QString bearerToken() const;
};

struct HttpResponse
{
    enum class Fault { None, Drop, Truncate };

    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    Fault fault = Fault::None;
    int delayMs = 0;

    void setHeader(const QByteArray &name, const QByteArray &value);
    static HttpResponse json(int status, const QJsonDocument &document);
    static HttpResponse json(int status, const QJsonObject &object);
    static HttpResponse html(int status, const QString &html);
    static HttpResponse redirect(const QString &location);
};

QByteArray reasonPhrase(int status);

} // namespace sandbox
