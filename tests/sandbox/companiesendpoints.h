#pragma once

#include "sandboxtool.h"

namespace sandbox {

// The signed-in user (/rest/v1.0/me) and the companies they can see (/rest/v1.0/companies):
// the two calls that need no Procore-Company-Id.
class CompaniesEndpoints final : public SandboxTool
{
public:
    static constexpr qint64 firstCompanyId = 562949953421312;   // 15 digits, like Procore's ids
    static constexpr qint64 companyIdStep = 1013;

    QString name() const override { return QStringLiteral("companies"); }
    void generate(SandboxData &data, QRandomGenerator &random, Scale scale) const override;
    void addRoutes(Router &router) const override;
};

} // namespace sandbox
