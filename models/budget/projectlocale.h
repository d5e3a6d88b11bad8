#pragma once

#include <QLocale>
#include <QString>

namespace sitedesk {

// The locale a project's money is shown in: the user's language in the project's country when
// that pair exists (en_CH, fr_CA), else the country's own main locale (ja_JP, pt_BR); the user's
// locale when the country is unknown. Digits, separators and currency placement follow it.
QLocale projectLocale(const QString &countryCode, const QLocale &userLocale = QLocale());

} // namespace sitedesk
