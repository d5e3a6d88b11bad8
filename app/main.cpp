// Sitedesk: the composition root. With a command word (sync, export, …) it runs headless;
// otherwise it opens the window.
#include "cli/cli.h"
#include "gui.h"
#include "translator.h"

#include <QApplication>
#include <QCoreApplication>

#include <cstdio>
#include <memory>

namespace {

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Sitedesk"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("sitedesk.app"));
    QCoreApplication::setApplicationName(QStringLiteral("Sitedesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SITEDESK_VERSION));
}

bool wantsVersion(int argc, char **argv)
{
    return argc == 2 && (qstrcmp(argv[1], "--version") == 0 || qstrcmp(argv[1], "-v") == 0);
}

bool isHeadless(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (argv[i][0] == '-')
            continue;
        return sitedesk::Cli::isCommand(QString::fromLocal8Bit(argv[i]));
    }
    return false;
}

} // namespace

int main(int argc, char **argv)
{
    if (wantsVersion(argc, argv)) {
        std::printf("sitedesk %s\n", SITEDESK_VERSION);
        return 0;
    }
    setIdentity();
    if (isHeadless(argc, argv)) {
        QCoreApplication app(argc, argv);
        setIdentity();
        sitedesk::installTranslations(app);
        sitedesk::Cli cli(app.arguments());
        // A usage error finishes before the event loop runs; remember it rather than exec().
        int exitCode = -1;
        QObject::connect(&cli, &sitedesk::Cli::finished, &app, [&exitCode](int code) {
            exitCode = code;
            QCoreApplication::exit(code);
        });
        cli.start();
        return exitCode >= 0 ? exitCode : app.exec();
    }
    QApplication app(argc, argv);
    setIdentity();
    sitedesk::installTranslations(app);
    return sitedesk::runGui(app);
}
