#include "settings/appsettings.h"

#include <QDir>
#include <QStandardPaths>

namespace sitedesk {

namespace {

constexpr auto defaultClientId = "sitedesk-demo";

QString key(const char *name) { return QString::fromLatin1(name); }

} // namespace

AppSettings::AppSettings(QObject *parent) : QObject(parent) {}

AppSettings::AppSettings(const QString &iniFile, QObject *parent)
    : QObject(parent), m_settings(iniFile, QSettings::IniFormat)
{
}

ServerConfig AppSettings::serverConfig() const
{
    const auto environment = ServerConfig::environmentFromKey(
        m_settings.value(key("server/environment"), QStringLiteral("production")).toString());
    ServerConfig config = ServerConfig::forEnvironment(environment);
    if (environment == ServerConfig::Environment::Custom) {
        config.loginBase = m_settings.value(key("server/loginBase")).toUrl();
        config.apiBase = m_settings.value(key("server/apiBase")).toUrl();
    }
    config.clientId = m_settings.value(key("server/clientId"), QString::fromLatin1(defaultClientId)).toString();
    config.redirectPort = quint16(m_settings.value(key("server/redirectPort"), 8765).toUInt());
    config.anyLoopbackPort = m_settings.value(key("server/anyLoopbackPort"),
                                              environment == ServerConfig::Environment::Custom).toBool();
    return config;
}

void AppSettings::setServerConfig(const ServerConfig &config)
{
    m_settings.setValue(key("server/environment"), ServerConfig::environmentKey(config.environment));
    m_settings.setValue(key("server/loginBase"), config.loginBase);
    m_settings.setValue(key("server/apiBase"), config.apiBase);
    m_settings.setValue(key("server/clientId"), config.clientId);
    m_settings.setValue(key("server/redirectPort"), config.redirectPort);
    m_settings.setValue(key("server/anyLoopbackPort"), config.anyLoopbackPort);
    emit serverConfigChanged();
    emit changed();
}

qint64 AppSettings::lastCompanyId() const { return m_settings.value(key("state/companyId")).toLongLong(); }
void AppSettings::setLastCompanyId(qint64 id) { m_settings.setValue(key("state/companyId"), id); emit changed(); }
qint64 AppSettings::lastProjectId() const { return m_settings.value(key("state/projectId")).toLongLong(); }
void AppSettings::setLastProjectId(qint64 id) { m_settings.setValue(key("state/projectId"), id); emit changed(); }
QString AppSettings::lastTab() const { return m_settings.value(key("state/tab")).toString(); }
void AppSettings::setLastTab(const QString &tab) { m_settings.setValue(key("state/tab"), tab); }

qint64 AppSettings::userId() const
{
    return userIdFor(serverConfig().accountKey());
}

qint64 AppSettings::userIdFor(const QString &accountKey) const
{
    return m_settings.value(QStringLiteral("accounts/%1/userId").arg(accountKey)).toLongLong();
}

QString AppSettings::userName() const
{
    return m_settings.value(QStringLiteral("accounts/%1/userName").arg(serverConfig().accountKey())).toString();
}

void AppSettings::setUser(qint64 id, const QString &name)
{
    setUserFor(serverConfig().accountKey(), id, name);
}

void AppSettings::setUserFor(const QString &account, qint64 id, const QString &name)
{
    m_settings.setValue(QStringLiteral("accounts/%1/userId").arg(account), id);
    m_settings.setValue(QStringLiteral("accounts/%1/userName").arg(account), name);
    emit changed();
}

QString AppSettings::cacheRoot() const
{
    const QString custom = m_settings.value(key("cache/root")).toString();
    if (!custom.isEmpty())
        return custom;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/cache");
}

void AppSettings::setCacheRoot(const QString &folder)
{
    m_settings.setValue(key("cache/root"), folder);
    emit changed();
}

QString AppSettings::cacheDatabasePath() const
{
    return cacheDatabasePath(serverConfig().accountKey(), userId());
}

QString AppSettings::cacheDatabasePath(const QString &accountKey, qint64 userId) const
{
    // One database per server and user, so two accounts never mix their data.
    const QString folder = QStringLiteral("%1/%2/%3").arg(cacheRoot(), accountKey).arg(userId);
    return QDir::cleanPath(folder) + QStringLiteral("/sitedesk.sqlite");
}

int AppSettings::autoSyncMinutes() const { return m_settings.value(key("sync/autoMinutes"), 30).toInt(); }
void AppSettings::setAutoSyncMinutes(int minutes) { m_settings.setValue(key("sync/autoMinutes"), minutes); emit changed(); }

qint64 AppSettings::fileCacheLimitBytes() const
{
    return m_settings.value(key("files/cacheLimitBytes"), qint64(2) * 1024 * 1024 * 1024).toLongLong();
}

void AppSettings::setFileCacheLimitBytes(qint64 bytes)
{
    m_settings.setValue(key("files/cacheLimitBytes"), bytes);
    emit changed();
}

void AppSettings::sync() { m_settings.sync(); }

} // namespace sitedesk
