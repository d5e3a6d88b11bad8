#pragma once

#include <QUrl>

namespace sitedesk {

// Opens the sign-in page in the user's browser: QDesktopServices, or the command in
// SITEDESK_BROWSER (e.g. a headless browser in tests and demos) with the URL appended.
bool openInBrowser(const QUrl &url);

} // namespace sitedesk
