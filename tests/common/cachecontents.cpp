#include "cachecontents.h"

#include "cache/cachedatabase.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>

namespace {

const QStringList kRunTables{QStringLiteral("sync_state"), QStringLiteral("sqlite_sequence"), QStringLiteral("outbox"),
                             QStringLiteral("daily_log_coverage")};

QString withoutUrlSignatures(QString text)
{
    static const QRegularExpression signedPart(QStringLiteral("([?&](?:expires|signature|X-Amz-[A-Za-z]+)=)[^&\"]*"));
    return text.replace(signedPart, QStringLiteral("\\1"));
}

} // namespace

QMap<QString, QStringList> cacheContents(sitedesk::CacheDatabase &cache)
{
    QMap<QString, QStringList> tables;
    QSqlQuery names(cache.connection());
    names.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"));
    while (names.next()) {
        const QString table = names.value(0).toString();
        if (kRunTables.contains(table))
            continue;
        QSqlQuery rows(cache.connection());
        rows.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table));
        QStringList lines;
        while (rows.next()) {
            QStringList fields;
            for (int i = 0; i < rows.record().count(); ++i)
                fields << withoutUrlSignatures(rows.value(i).toString());
            lines << fields.join(QChar(0x1F));
        }
        lines.sort();
        tables.insert(table, lines);
    }
    return tables;
}

QString cacheDifference(const QMap<QString, QStringList> &expected, const QMap<QString, QStringList> &actual)
{
    if (actual.keys() != expected.keys())
        return QStringLiteral("tables differ: %1 vs %2").arg(actual.keys().join(QLatin1Char(',')), expected.keys().join(QLatin1Char(',')));
    for (auto it = expected.begin(); it != expected.end(); ++it) {
        const QStringList &got = actual.value(it.key());
        if (got.size() != it.value().size())
            return QStringLiteral("%1: %2 rows, expected %3").arg(it.key()).arg(got.size()).arg(it.value().size());
        for (int i = 0; i < got.size(); ++i)
            if (got.at(i) != it.value().at(i))
                return QStringLiteral("%1 differs: %2\n  expected: %3").arg(it.key(), got.at(i).left(300), it.value().at(i).left(300));
    }
    return {};
}
