#pragma once

class QApplication;

namespace sitedesk {

// Builds the services, the session and the main window, and runs the event loop.
int runGui(QApplication &app);

} // namespace sitedesk
