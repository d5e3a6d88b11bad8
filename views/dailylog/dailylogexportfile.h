#pragma once

#include "dailylog/dailylogitem.h"
#include "dailylog/dailylogreport.h"

namespace sitedesk::dailylogexportfile {

// Writes the items to `path` whole or not at all: a printable PDF daily report under the
// project header, or CSV (dailylogexport::csv). *error says why it failed.
bool write(const QString &path, bool pdf, const DailyLogReport::Header &header, const QList<DailyLogItem> &items, QString *error);

} // namespace sitedesk::dailylogexportfile
