#pragma once

#include "httpresponse.h"
#include "sandboxdata.h"

#include <QUrl>

namespace sandbox {

// What a REST handler works with besides the request: the data, the base URL (for absolute
// Link headers) and the company named by the Procore-Company-Id header (0 when absent).
struct RestContext
{
    SandboxData &data;
    QUrl baseUrl;
    qint64 companyId = 0;

    // A company-scoped call is allowed for `companyId`: false with a 404 (no such company) or
    // a 403 (the Procore-Company-Id header names another company) in *error.
    bool checkCompany(qint64 companyId, HttpResponse *error) const;
};

} // namespace sandbox
