#pragma once

#include "sandbox.h"

namespace sandbox {

// /rest/v1.0/me, companies, and projects (v1.0, v1.1 and the company-scoped short form).
bool handleCoreEndpoints(const HttpRequest &request, RestContext &context, HttpResponse *response);

} // namespace sandbox
