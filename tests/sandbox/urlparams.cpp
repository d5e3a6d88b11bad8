#include "urlparams.h"

#include <QUrl>

namespace sandbox {

namespace {

QString decode(QByteArray text)
{
    text.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(text));
}

} // namespace

UrlParams UrlParams::parse(const QByteArray &encoded)
{
    UrlParams params;
    for (const QByteArray &pair : encoded.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype equals = pair.indexOf('=');
        params.add(decode(equals < 0 ? pair : pair.left(equals)), equals < 0 ? QString() : decode(pair.mid(equals + 1)));
    }
    return params;
}

QString UrlParams::value(const QString &name) const
{
    for (const auto &[key, value] : m_items)
        if (key == name)
            return value;
    return {};
}

bool UrlParams::contains(const QString &name) const
{
    for (const auto &item : m_items)
        if (item.first == name)
            return true;
    return false;
}

void UrlParams::remove(const QString &name)
{
    m_items.removeIf([&name](const QPair<QString, QString> &item) { return item.first == name; });
}

QByteArray UrlParams::toEncoded() const
{
    QByteArray out;
    for (const auto &[key, value] : m_items) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    return out;
}

} // namespace sandbox
