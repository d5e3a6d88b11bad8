#pragma once

#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

namespace sandbox {

struct HttpRequest;
struct HttpResponse;

// Counts of /rest requests for GET /__admin/stats: in total, per path (no query) and per status,
// and what a client could have done at best: `minimum_requests` is, for every path it read, the
// pages its records fill at the page size it asked for (one request for a record or an empty
// list). A list read with filters[updated_at] adds no records (they are a subset of the full read).
// `pages` lists every GET answered with 200, path and query, so a benchmark can fetch the same
// pages with a plain HTTP client as a baseline.
class RequestStats
{
public:
    void count(const HttpRequest &request, const HttpResponse &response);
    void reset();
    QJsonObject toJson(int tokenRefreshes) const;

private:
    struct PathRecords
    {
        QSet<QByteArray> lists;   // each distinct query (paging aside) is one list of records
        qint64 records = 0;
        int perPage = 1;
    };

    int minimumRequests() const;

    int m_requests = 0;
    QMap<QString, int> m_byPath;
    QMap<QString, int> m_byStatus;
    QMap<QString, PathRecords> m_read;
    QStringList m_pages;
};

} // namespace sandbox
