#pragma once

class QDockWidget;

namespace sitedesk {

class MainWindow;
class OutboxPanel;
class OutboxService;

// Puts the outbox into the window: a bottom panel (View ▸ Outbox, Ctrl+Shift+O) that follows
// the window's cache and project, and a status-bar button that says how many changes wait
// (highlighted when one needs the user) and opens the panel. Returns the panel.
OutboxPanel *installOutbox(MainWindow *window, OutboxService *outbox);

} // namespace sitedesk
