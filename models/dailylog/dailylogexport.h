#pragma once

#include "dailylog/dailylogitem.h"

#include <QByteArray>
#include <QList>

namespace sitedesk {

// Daily log entries as CSV (RFC 4180: comma, CRLF, UTF-8 with a BOM so spreadsheets read
// accents right, quotes doubled), one line per entry in the order given, numbers as plain
// decimals with '.', the date as YYYY-MM-DD.
namespace dailylogexport {

QByteArray csv(const QList<DailyLogItem> &items);

} // namespace dailylogexport
} // namespace sitedesk
