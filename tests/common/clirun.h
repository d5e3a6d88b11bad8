#pragma once

#include <QByteArray>
#include <QDir>
#include <QProcess>
#include <QStringList>

// Runs the real sitedesk binary as a user's script would. Header-only on purpose: SITEDESK_PATH
// is defined per test target (sitedesk_add_test … NEEDS_APP), so it must be seen where used.

struct CliRun
{
    int exitCode = -1;   // -1 when it crashed or did not finish
    QByteArray out;
    QByteArray err;
};

inline QString sitedeskPath()
{
#ifdef SITEDESK_PATH
    return QStringLiteral(SITEDESK_PATH);
#else
    return QStringLiteral("sitedesk");
#endif
}

// The CLI's settings and default data live under `home` (a throwaway folder); `token` goes in
// SITEDESK_ACCESS_TOKEN, and none is set when it is empty.
inline CliRun runSitedesk(const QStringList &arguments, const QString &home, const QString &token = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), QDir(home).filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), QDir(home).filePath(QStringLiteral("data")));
    if (token.isEmpty())
        env.remove(QStringLiteral("SITEDESK_ACCESS_TOKEN"));
    else
        env.insert(QStringLiteral("SITEDESK_ACCESS_TOKEN"), token);
    process.setProcessEnvironment(env);
    process.start(sitedeskPath(), arguments);
    process.waitForFinished(120000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            process.readAllStandardError()};
}
