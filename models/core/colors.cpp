#include "core/colors.h"

#include <QGuiApplication>
#include <QPalette>

namespace sitedesk::colors {

QColor inactiveText()
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return QColor(Qt::gray);
    return QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
}

} // namespace sitedesk::colors
