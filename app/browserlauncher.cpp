#include "browserlauncher.h"

#include <QDesktopServices>
#include <QProcess>

namespace sitedesk {

bool openInBrowser(const QUrl &url)
{
    const QString command = qEnvironmentVariable("SITEDESK_BROWSER");
    if (command.isEmpty())
        return QDesktopServices::openUrl(url);
    QStringList arguments = QProcess::splitCommand(command);
    if (arguments.isEmpty())
        return false;
    const QString program = arguments.takeFirst();
    arguments << url.toString(QUrl::FullyEncoded);
    return QProcess::startDetached(program, arguments);
}

} // namespace sitedesk
