#include "common/icons.h"

namespace sitedesk {

QIcon Icons::app()
{
    return QIcon(QStringLiteral(":/icons/sitedesk.svg"));
}

QIcon Icons::sync()
{
    return QIcon::fromTheme(QStringLiteral("view-refresh"), QIcon(QStringLiteral(":/icons/sync.svg")));
}

QIcon Icons::offline()
{
    return QIcon(QStringLiteral(":/icons/offline.svg"));
}

QIcon Icons::online()
{
    return QIcon(QStringLiteral(":/icons/online.svg"));
}

QIcon Icons::project()
{
    return QIcon(QStringLiteral(":/icons/project.svg"));
}

QIcon Icons::pin()
{
    return QIcon(QStringLiteral(":/icons/pin.svg"));
}

} // namespace sitedesk
