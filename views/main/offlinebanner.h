#pragma once

#include "common/noticebar.h"

#include <QDateTime>

#include <optional>

namespace sitedesk {

// "Offline — showing data cached on <date>. Sitedesk will sync when the network is back."
// Shown above the tool tabs while Session::isOnline() is false.
class OfflineBanner final : public NoticeBar
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OfflineBanner)

public:
    explicit OfflineBanner(QWidget *parent = nullptr);

    // When the data on screen was last synced; nullopt when never (or unknown).
    void setCachedOn(const std::optional<QDateTime> &when);

    static QString textFor(const std::optional<QDateTime> &when, const QLocale &locale);
};

} // namespace sitedesk
