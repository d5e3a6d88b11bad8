#pragma once

#include "httprequest.h"
#include "httpresponse.h"
#include "restcontext.h"

#include <QJsonObject>
#include <QList>

#include <functional>

namespace sandbox {

// Answers a Procore list endpoint from a collection's records, in this order:
//   deletions  tombstones hidden, unless the endpoint names a deleted filter
//              (filters[include_deleted]=with|only, or filters[deleted] for drawing revisions);
//   filters[updated_at]=<ISO>...<ISO>  inclusive, either end may be empty;
//   sort=field | -field  (stable; default: the collection's order, ids ascending);
//   page (1-based) and per_page (default 100, clamped to the endpoint's maximum), with the
//   Total, Per-Page and Link (first/prev/next/last, absolute, other parameters kept) headers.
// A page past the end is an empty list with 200. Endpoint-specific filters (filters[active] …)
// are applied by the caller before.
class ListEndpoint
{
public:
    struct Options
    {
        int maxPerPage = 10000;
        int defaultPerPage = 100;
        bool wrapData = false;            // v2.x: {"data": [...]}
        bool filterUpdatedAt = true;      // false where Procore has no filters[updated_at]
        QString deletedFilter;            // e.g. "filters[include_deleted]"; empty: none
    };
    using Projection = std::function<QJsonObject(const QJsonObject &)>;

    ListEndpoint() = default;
    explicit ListEndpoint(Options options) : m_options(std::move(options)) {}

    HttpResponse respond(const HttpRequest &request, const RestContext &context, QList<QJsonObject> records,
                         const Projection &projection = {}) const;

private:
    void filterDeleted(const HttpRequest &request, QList<QJsonObject> *records) const;
    static bool filterUpdatedAt(const HttpRequest &request, QList<QJsonObject> *records);
    static void sort(const QString &sort, QList<QJsonObject> *records);
    static QByteArray pageUrl(const RestContext &context, const HttpRequest &request, int page, int perPage);

    Options m_options;
};

} // namespace sandbox
