#include "cache/cachefile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace sitedesk {

namespace {

constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteNotADatabase = 26;
const QByteArray kSqliteMagic("SQLite format 3\0", 16);
const QStringList kCompanions = {QStringLiteral("-wal"), QStringLiteral("-shm"),
                                 QStringLiteral("-journal")};

QString tr(const char *text)
{
    return QCoreApplication::translate("sitedesk::CacheFile", text);
}

CacheFile::Probe verdict(CacheFile::State state, const QString &detail, int version = 0)
{
    return {state, version, detail};
}

CacheFile::Probe failedQuery(const QSqlQuery &query)
{
    const QSqlError error = query.lastError();
    const int code = error.nativeErrorCode().toInt() & 0xff; // primary SQLite result code
    const bool damaged = code == kSqliteCorrupt || code == kSqliteNotADatabase;
    return verdict(damaged ? CacheFile::State::Corrupt : CacheFile::State::Unreadable,
                   error.text());
}

CacheFile::Probe checkHeader(const QString &filePath)
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return verdict(CacheFile::State::Unreadable, file.errorString());
    const QByteArray header = file.read(100); // the SQLite header is 100 bytes
    if (header.size() < 100 || !header.startsWith(kSqliteMagic))
        return verdict(CacheFile::State::Corrupt, tr("it is not an SQLite database"));
    return {};
}

CacheFile::Probe checkContent(QSqlDatabase &db, int latestVersion, bool fullCheck)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return failedQuery(query);
    const int version = query.value(0).toInt();
    if (version > latestVersion)
        return verdict(CacheFile::State::TooNew, QString(), version);
    if (!fullCheck)
        return verdict(CacheFile::State::Healthy, QString(), version);
    if (!query.exec(QStringLiteral("PRAGMA quick_check")) || !query.next())
        return failedQuery(query);
    const QString result = query.value(0).toString();
    if (result != QLatin1String("ok"))
        return verdict(CacheFile::State::Corrupt, result, version);
    return verdict(CacheFile::State::Healthy, QString(), version);
}

QString freeName(const QString &filePath)
{
    const QString base = filePath + QLatin1String(".corrupt-")
        + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString name = base;
    for (int n = 2; QFile::exists(name); ++n)
        name = base + QLatin1Char('-') + QString::number(n);
    return name;
}

} // namespace

CacheFile::Probe CacheFile::probe(const QString &filePath, int latestVersion, bool fullCheck)
{
    Probe result = checkHeader(filePath);
    if (result.state != State::Healthy)
        return result;
    const QString name = QStringLiteral("sitedesk-cache-probe-")
        + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(filePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open())
            result = verdict(State::Unreadable, db.lastError().text());
        else
            result = checkContent(db, latestVersion, fullCheck);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

bool CacheFile::moveAside(const QString &filePath, QString *movedTo, QString *error)
{
    const QString target = freeName(filePath);
    QFile file(filePath);
    if (!file.rename(target)) {
        *error = tr("the damaged file could not be moved aside (%1)").arg(file.errorString());
        return false;
    }
    for (const QString &suffix : kCompanions) {
        QFile companion(filePath + suffix);
        if (companion.exists() && !companion.rename(target + suffix) && !companion.remove()) {
            *error = tr("%1 could not be moved aside (%2)").arg(companion.fileName(),
                                                                 companion.errorString());
            return false;
        }
    }
    *movedTo = target;
    return true;
}

} // namespace sitedesk
