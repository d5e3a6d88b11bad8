#include "requeststats.h"

#include "httprequest.h"
#include "httpresponse.h"

#include <QJsonArray>

namespace sandbox {

void RequestStats::count(const HttpRequest &request, const HttpResponse &response)
{
    ++m_requests;
    ++m_byPath[request.path];
    ++m_byStatus[QString::number(response.status)];
    if (request.method != "GET" || response.status != 200)
        return;
    m_pages.append(request.query.items().isEmpty() ? request.path
                                                   : request.path + QLatin1Char('?') + QString::fromLatin1(request.query.toEncoded()));
    PathRecords &read = m_read[request.path];
    const QByteArray total = response.header("Total");
    if (total.isEmpty() || request.query.contains(QStringLiteral("filters[updated_at]")))
        return;
    UrlParams list = request.query;
    list.remove(QStringLiteral("page"));
    list.remove(QStringLiteral("per_page"));
    if (read.lists.contains(list.toEncoded()))
        return;
    read.lists.insert(list.toEncoded());
    read.records += total.toLongLong();
    read.perPage = std::max(read.perPage, response.header("Per-Page").toInt());
}

void RequestStats::reset()
{
    m_requests = 0;
    m_byPath.clear();
    m_byStatus.clear();
    m_read.clear();
    m_pages.clear();
}

int RequestStats::minimumRequests() const
{
    qint64 minimum = 0;
    for (const PathRecords &read : m_read)
        minimum += std::max<qint64>(1, (read.records + read.perPage - 1) / read.perPage);
    return int(minimum);
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
                       {QStringLiteral("minimum_requests"), minimumRequests()},
                       {QStringLiteral("pages"), QJsonArray::fromStringList(m_pages)},
                       {QStringLiteral("token_refreshes"), tokenRefreshes}};
}

} // namespace sandbox
