#pragma once

#include "settings/serverconfig.h"

#include <QObject>
#include <QSettings>

namespace sitedesk {

// Every setting of the app in one place (QSettings, native format). Secrets never go here:
// the client secret and tokens live in the keychain (auth/tokenstore.h).
class AppSettings final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppSettings)

public:
    explicit AppSettings(QObject *parent = nullptr);
    // For tests and the CLI: settings in an explicit file.
    explicit AppSettings(const QString &iniFile, QObject *parent = nullptr);

    ServerConfig serverConfig() const;
    void setServerConfig(const ServerConfig &config);

    qint64 lastCompanyId() const;
    void setLastCompanyId(qint64 id);
    qint64 lastProjectId() const;
    void setLastProjectId(qint64 id);
    QString lastTab() const;
    void setLastTab(const QString &tab);

    // The signed-in user of the current account (not secret; names the cache folder).
    qint64 userId() const;
    QString userName() const;
    void setUser(qint64 id, const QString &name);

    // Folder holding one cache folder per account and user; default under AppDataLocation.
    QString cacheRoot() const;
    void setCacheRoot(const QString &folder);   // empty = default
    // The cache database file of the current account and user.
    QString cacheDatabasePath() const;
    // The same for any account (a server named by ServerConfig::accountKey()) and user.
    QString cacheDatabasePath(const QString &accountKey, qint64 userId) const;
    qint64 userIdFor(const QString &accountKey) const;
    void setUserFor(const QString &accountKey, qint64 id, const QString &name);

    int autoSyncMinutes() const;   // 0 = off
    void setAutoSyncMinutes(int minutes);

    // Downloaded files (drawing sheets, attachments) may use this much disk before the least
    // recently used unpinned ones are deleted (FileStore).
    qint64 fileCacheLimitBytes() const;
    void setFileCacheLimitBytes(qint64 bytes);

    void sync();

signals:
    void serverConfigChanged();
    void changed();

private:
    QSettings m_settings;
};

} // namespace sitedesk
