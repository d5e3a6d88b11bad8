#pragma once

#include <QIcon>

namespace sitedesk {

// The app's own icons (hand-written SVG compiled into the views library). Theme icons are
// preferred where the desktop has one, so the app looks native; ours are the fallback.
class Icons final
{
public:
    Icons() = delete;

    static QIcon app();
    static QIcon sync();
    static QIcon offline();
    static QIcon online();
    static QIcon project();
    static QIcon pin();   // a sheet or file kept offline
};

} // namespace sitedesk
