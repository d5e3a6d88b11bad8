#pragma once

#include <QColor>

namespace sitedesk::colors {

// Text colour for rows that are listed but not in use (inactive companies and projects):
// the palette's disabled text, or grey when there is no QGuiApplication (headless CLI).
QColor inactiveText();

} // namespace sitedesk::colors
