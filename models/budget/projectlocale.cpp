#include "budget/projectlocale.h"

namespace sitedesk {

QLocale projectLocale(const QString &countryCode, const QLocale &userLocale)
{
    if (countryCode.size() != 2)
        return userLocale;
    const QLocale::Territory territory = QLocale::codeToTerritory(countryCode.toUpper());
    if (territory == QLocale::AnyTerritory)
        return userLocale;
    const QLocale users(userLocale.language(), territory);
    if (users.territory() == territory && users.language() == userLocale.language())
        return users;
    // CLDR's first locale of the United States is Cherokee; everywhere else the country's own.
    if (territory == QLocale::UnitedStates)
        return QLocale(QLocale::English, territory);
    const QLocale own(QLocale::AnyLanguage, territory);
    return own.territory() == territory ? own : userLocale;
}

} // namespace sitedesk
