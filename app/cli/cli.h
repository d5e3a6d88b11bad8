#pragma once

#include <QCommandLineParser>
#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>

namespace sitedesk {

class AppSettings;
class CacheDatabase;
class ServiceHub;
struct UploadTarget;

// The headless command line: `sitedesk sync|export|companies|projects|upload …`. Drives the same
// services as the window. Data on stdout, progress and errors on stderr; exit code 0 on
// success, 1 on failure (with a one-line reason), 2 on a usage error.
class Cli final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Cli)

public:
    enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

    static bool isCommand(const QString &word);
    static QStringList commands();

    explicit Cli(QStringList arguments, QObject *parent = nullptr);
    ~Cli() override;

    // Parses and starts the command; the result arrives through finished(exitCode).
    void start();

signals:
    void finished(int exitCode);

private:
    void addCommonOptions(QCommandLineParser &parser);
    bool parse();
    void runSync();
    void runExport();
    void runList(const QString &tool);
    void runUpload();   // cliupload.cpp
    void runOffline();  // clioffline.cpp
    void uploadFiles(CacheDatabase &cache, const UploadTarget &target, const QStringList &files);

    void withToken(std::function<void()> next);
    void withCache(bool needUser, std::function<void(CacheDatabase &)> next);
    void sendOutbox(std::function<void()> next);
    void sync(const QStringList &tools, qint64 companyId, qint64 projectId, std::function<void()> next);

    void usageError(const QString &message);
    void fail(const QString &message);
    void succeed();
    qint64 idOption(const QString &name, bool *ok);

    QStringList m_arguments;
    QString m_command;
    QCommandLineParser m_parser;
    std::unique_ptr<AppSettings> m_settings;
    ServiceHub *m_hub = nullptr;
    CacheDatabase *m_cache = nullptr;
    QString m_accountKey;
};

} // namespace sitedesk
