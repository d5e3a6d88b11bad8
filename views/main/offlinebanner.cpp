#include "main/offlinebanner.h"

#include "common/icons.h"

#include <QLocale>

namespace sitedesk {

OfflineBanner::OfflineBanner(QWidget *parent)
    : NoticeBar(parent)
{
    setObjectName(QStringLiteral("offlineBanner"));
    setKind(Kind::Warning);
    setIcon(Icons::offline());
    setAccessibleName(tr("Offline"));
    setCachedOn(std::nullopt);
}

void OfflineBanner::setCachedOn(const std::optional<QDateTime> &when)
{
    setText(textFor(when, locale()));
}

QString OfflineBanner::textFor(const std::optional<QDateTime> &when, const QLocale &locale)
{
    if (!when || !when->isValid())
        return tr("Offline — showing cached data. Sitedesk will sync when the network is back.");
    const QString date = locale.toString(when->toLocalTime(), QLocale::ShortFormat);
    return tr("Offline — showing data cached on %1. Sitedesk will sync when the network is back.")
        .arg(date);
}

} // namespace sitedesk
