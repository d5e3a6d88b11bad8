#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>

namespace sandbox {

// Counts of /rest requests for GET /__admin/stats: in total, per path (no query) and per status.
class RequestStats
{
public:
    void count(const QString &path, int status);
    void reset();
    QJsonObject toJson(int tokenRefreshes) const;

private:
    int m_requests = 0;
    QMap<QString, int> m_byPath;
    QMap<QString, int> m_byStatus;
};

} // namespace sandbox
