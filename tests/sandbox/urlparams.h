#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace sandbox {

// The decoded name/value pairs of a query string or an application/x-www-form-urlencoded body.
// Parsed by hand because QUrlQuery keeps '+' literally, while forms (and many clients' queries)
// mean a space by it.
class UrlParams
{
public:
    UrlParams() = default;
    static UrlParams parse(const QByteArray &encoded);

    QString value(const QString &name) const;   // the first value, "" when absent
    bool contains(const QString &name) const;
    const QList<QPair<QString, QString>> &items() const { return m_items; }

    void add(const QString &name, const QString &value) { m_items.append({name, value}); }
    void remove(const QString &name);
    // Percent-encodes every byte outside RFC 3986's unreserved set.
    QByteArray toEncoded() const;

private:
    QList<QPair<QString, QString>> m_items;
};

} // namespace sandbox
