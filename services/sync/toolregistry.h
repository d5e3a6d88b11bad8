#pragma once

#include "sync/toolsync.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace sitedesk {

// The tools Sitedesk can sync, by their public name (the CLI's --tools and --tool values).
// Each tool issue adds one entry in toolregistry.cpp.
class ToolRegistry
{
public:
    struct Entry
    {
        QString name;                          // "companies", "projects", …
        ToolSync::Scope scope;
        std::function<QString()> displayName;  // translated, for progress text
        std::function<ToolSync *(QObject *parent)> create;
    };

    static const QList<Entry> &entries();
    static const Entry *find(const QString &name);
    static QStringList names();
    // Tools of a project sync, in dependency order, when the user names none.
    static QStringList defaultProjectTools();
};

} // namespace sitedesk
