#include "api/apierror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sitedesk {

namespace {

QString joinedTexts(const QJsonValue &value);

QString textOfObject(const QJsonObject &object)
{
    for (const char *key : {"message", "error_description", "reason", "error", "base", "details"}) {
        const QString text = joinedTexts(object.value(QLatin1String(key)));
        if (!text.isEmpty())
            return text;
    }
    // {"fields": {"title": ["can't be blank"]}} → "title: can't be blank"
    QStringList parts;
    const QJsonObject fields = object.value(QLatin1String("fields")).toObject();
    for (auto it = fields.begin(); it != fields.end(); ++it)
        parts << it.key() + QStringLiteral(": ") + joinedTexts(it.value());
    return parts.join(QStringLiteral("; "));
}

QString joinedTexts(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString().trimmed();
    case QJsonValue::Array: {
        QStringList parts;
        for (const QJsonValue &item : value.toArray()) {
            const QString text = joinedTexts(item);
            if (!text.isEmpty())
                parts << text;
        }
        return parts.join(QStringLiteral("; "));
    }
    case QJsonValue::Object:
        return textOfObject(value.toObject());
    default:
        return {};
    }
}

} // namespace

QString ApiError::procoreMessage(const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return {};
    if (document.isArray())
        return joinedTexts(document.array());
    const QJsonObject object = document.object();
    // Procore's shapes, in the order procore-api.md gives: error, errors, then message.
    for (const char *key : {"error", "errors", "message"}) {
        QString text = joinedTexts(object.value(QLatin1String(key)));
        if (text.isEmpty())
            continue;
        // OAuth errors: {"error":"invalid_grant","error_description":"…"}
        const QString description = object.value(QLatin1String("error_description")).toString();
        if (!description.isEmpty())
            text = description;
        return text;
    }
    return textOfObject(object);
}

ApiError ApiError::make(Kind kind, const QString &message)
{
    ApiError error;
    error.kind = kind;
    error.message = message;
    return error;
}

ApiError ApiError::fromHttp(int status, const QByteArray &body)
{
    ApiError error;
    error.httpStatus = status;
    error.rawBody = QString::fromUtf8(body.left(4096));
    error.message = procoreMessage(body);
    if (status == 401)
        error.kind = Kind::Unauthorized;
    else if (status == 403)
        error.kind = Kind::Forbidden;
    else if (status == 404)
        error.kind = Kind::NotFound;
    else if (status == 429)
        error.kind = Kind::RateLimited;
    else if (status >= 500)
        error.kind = Kind::Server;
    else if (status == 400 || status == 406 || status == 409 || status == 422)
        error.kind = Kind::Validation;
    else
        error.kind = Kind::Other;
    return error;
}

bool ApiError::isTransient() const
{
    return kind == Kind::Offline || kind == Kind::Timeout || kind == Kind::RateLimited
        || kind == Kind::Server;
}

QString ApiError::userMessage() const
{
    QString text;
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Offline:
        text = tr("Procore cannot be reached. Check the network connection.");
        break;
    case Kind::Timeout:
        text = tr("Procore stopped answering (timed out). Try again in a moment.");
        break;
    case Kind::Cancelled:
        return tr("Cancelled.");
    case Kind::Unauthorized:
        text = tr("Procore did not accept the sign-in.");
        break;
    case Kind::SignedOut:
        text = tr("You are signed out. Sign in with Procore again.");
        break;
    case Kind::Forbidden:
        text = tr("You do not have permission for this in Procore, or the tool is disabled.");
        break;
    case Kind::NotFound:
        text = tr("Procore could not find this item, or you no longer have access to it.");
        break;
    case Kind::Validation:
        text = tr("Procore refused the request.");
        break;
    case Kind::RateLimited:
        text = tr("Procore's request limit is reached. Sitedesk will try again later.");
        break;
    case Kind::Server:
        text = tr("Procore had a problem answering. Try again in a moment.");
        break;
    case Kind::BadResponse:
        text = tr("Procore sent an answer Sitedesk could not read.");
        break;
    case Kind::Storage:
        // SQLite's words for SQLITE_FULL, whichever store ran into it: the user can act on this one.
        if (message.contains(QLatin1String("database or disk is full")))
            return tr("The disk is full: Sitedesk could not save what it downloaded. Free some space on the disk "
                      "that holds the cache and sync again.");
        text = tr("The local cache could not be written.");
        break;
    case Kind::Other:
        text = tr("The request to Procore failed.");
        break;
    }
    if (!message.isEmpty())
        text += QLatin1Char(' ') + message;
    if (httpStatus > 0)
        text += QStringLiteral(" (HTTP %1)").arg(httpStatus);
    return text;
}

} // namespace sitedesk
