#pragma once

#include "httpmessage.h"

#include <QJsonObject>
#include <QList>
#include <QUrl>

namespace sandbox {

// A Procore list answer: filters[updated_at] ("a...b", either side may be empty), sort=field or
// -field, then page/per_page (1-based; per_page clamped to the endpoint's maximum) with the
// Total, Per-Page and Link headers. `wrapData` gives v2's {"data": [...]} shape.
struct ListOptions
{
    int maxPerPage = 10000;
    int defaultPerPage = 100;
    bool wrapData = false;
};

HttpResponse listResponse(const HttpRequest &request, const QUrl &baseUrl, QList<QJsonObject> items,
                          const ListOptions &options = {});

// Applies filters[updated_at]; false (and a 400 in *error) when the range cannot be read.
bool filterUpdatedAt(const HttpRequest &request, QList<QJsonObject> *items, HttpResponse *error);

} // namespace sandbox
