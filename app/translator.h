#pragma once

class QCoreApplication;

namespace sitedesk {

// Loads Sitedesk's and Qt's translations for the system locale (embedded .qm files).
void installTranslations(QCoreApplication &app);

} // namespace sitedesk
