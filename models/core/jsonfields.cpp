#include "core/jsonfields.h"

#include <QLocale>

namespace sitedesk::json {

namespace {

// Procore ids are positive; anything else is treated as "no id".
qint64 positiveOrZero(qint64 id)
{
    return id > 0 ? id : 0;
}

QString numberText(const QJsonValue &value)
{
    // toInteger keeps all 64 bits when the number was sent as an integer.
    const double asDouble = value.toDouble();
    const qint64 asInteger = value.toInteger(0);
    if (asInteger != 0 || asDouble == 0.0)
        return QString::number(asInteger);
    return QString::number(asDouble, 'g', QLocale::FloatingPointShortest);
}

} // namespace

qint64 toId(const QJsonValue &value)
{
    if (value.isDouble())
        return positiveOrZero(value.toInteger(0)); // 0 for fractions and out-of-range values
    if (value.isString()) {
        bool ok = false;
        const qint64 id = value.toString().trimmed().toLongLong(&ok, 10);
        return ok ? positiveOrZero(id) : 0;
    }
    return 0;
}

QString toText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
        return numberText(value);
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        const QString name = toText(object.value(QLatin1String("name")));
        return name.isEmpty() ? toText(object.value(QLatin1String("title"))) : name;
    }
    default:
        return {};
    }
}

bool toBool(const QJsonValue &value, bool fallback)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool();
    case QJsonValue::Double:
        return value.toDouble() != 0.0;
    case QJsonValue::String: {
        const QString text = value.toString().trimmed().toLower();
        if (text == QLatin1String("true") || text == QLatin1String("1")
            || text == QLatin1String("yes") || text == QLatin1String("y"))
            return true;
        if (text == QLatin1String("false") || text == QLatin1String("0")
            || text == QLatin1String("no") || text == QLatin1String("n"))
            return false;
        return fallback;
    }
    default:
        return fallback;
    }
}

qint64 toNestedId(const QJsonValue &value)
{
    if (value.isObject())
        return toId(value.toObject().value(QLatin1String("id")));
    return toId(value);
}

} // namespace sitedesk::json
