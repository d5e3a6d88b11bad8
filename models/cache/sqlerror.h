#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

// Small helpers the stores share: a failed statement as an error value, and values to bind.
namespace sitedesk::sql {

// Sets *error (when given) to "<what>: <SQLite message>" and returns false.
inline bool fail(QString *error, const QString &what, const QString &detail)
{
    if (error)
        *error = detail.isEmpty() ? what : what + QLatin1String(": ") + detail;
    return false;
}

inline bool fail(QString *error, const QString &what, const QSqlQuery &query)
{
    return fail(error, what, query.lastError().text());
}

// Qt binds a null QString as SQL NULL; text columns are NOT NULL DEFAULT '', so a record
// with an absent field must be stored as ''.
inline QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

// A record's `raw` column: the bytes Procore sent when known, else the parsed object, compact.
// Bind it to `CAST(? AS TEXT)`: Qt binds a QByteArray as a BLOB, and the column holds JSON text
// (json functions, the sqlite3 shell) — for UTF-8 bytes the cast changes nothing else.
inline QByteArray rawJson(const QJsonObject &parsed, const QByteArray &received)
{
    return received.isEmpty() ? QJsonDocument(parsed).toJson(QJsonDocument::Compact) : received;
}

// "[1,2,3]" for `id NOT IN (SELECT value FROM json_each(?))`: one bound value however many
// ids, instead of a statement that grows with the list.
template<typename Container, typename IdOf>
QString idArray(const Container &items, IdOf idOf)
{
    QString text;
    text.reserve(int(items.size()) * 16 + 2);
    text += QLatin1Char('[');
    for (const auto &item : items) {
        if (text.size() > 1)
            text += QLatin1Char(',');
        text += QString::number(idOf(item));
    }
    text += QLatin1Char(']');
    return text;
}

} // namespace sitedesk::sql
