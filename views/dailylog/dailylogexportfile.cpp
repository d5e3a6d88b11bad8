#include "dailylog/dailylogexportfile.h"

#include "dailylog/dailylogexport.h"

#include <QSaveFile>

namespace sitedesk::dailylogexportfile {

bool write(const QString &path, bool pdf, const DailyLogReport::Header &header, const QList<DailyLogItem> &items, QString *error)
{
    if (pdf)
        return DailyLogReport(header, items).writeFile(path, error);
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(dailylogexport::csv(items)) >= 0 && file.commit())
        return true;
    if (error)
        *error = file.errorString();
    return false;
}

} // namespace sitedesk::dailylogexportfile
