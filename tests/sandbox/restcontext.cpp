#include "restcontext.h"

#include "procoreerror.h"

namespace sandbox {

bool RestContext::checkCompany(qint64 id, HttpResponse *error) const
{
    if (!data.find(QStringLiteral("companies"), id)) {
        *error = ProcoreError::notFound();
        return false;
    }
    if (id != companyId) {
        *error = ProcoreError::forbidden(QStringLiteral("The Procore-Company-Id header does not match the requested company."));
        return false;
    }
    return true;
}

} // namespace sandbox
