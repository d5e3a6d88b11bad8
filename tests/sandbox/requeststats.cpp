#include "requeststats.h"

namespace sandbox {

void RequestStats::count(const QString &path, int status)
{
    ++m_requests;
    ++m_byPath[path];
    ++m_byStatus[QString::number(status)];
}

void RequestStats::reset()
{
    m_requests = 0;
    m_byPath.clear();
    m_byStatus.clear();
}

QJsonObject RequestStats::toJson(int tokenRefreshes) const
{
    QJsonObject byPath;
    for (auto it = m_byPath.cbegin(); it != m_byPath.cend(); ++it)
        byPath.insert(it.key(), it.value());
    QJsonObject byStatus;
    for (auto it = m_byStatus.cbegin(); it != m_byStatus.cend(); ++it)
        byStatus.insert(it.key(), it.value());
    return QJsonObject{{QStringLiteral("requests"), m_requests},
                       {QStringLiteral("by_path"), byPath},
                       {QStringLiteral("status_counts"), byStatus},
                       {QStringLiteral("token_refreshes"), tokenRefreshes}};
}

} // namespace sandbox
