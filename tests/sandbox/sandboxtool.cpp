#include "sandboxtool.h"

#include "budgetendpoints.h"
#include "companiesendpoints.h"
#include "dailylogendpoints.h"
#include "drawingsendpoints.h"
#include "photosendpoints.h"
#include "projectsendpoints.h"
#include "submittalsendpoints.h"
#include "uploadsendpoints.h"

namespace sandbox {

std::vector<std::unique_ptr<SandboxTool>> SandboxTool::all()
{
    std::vector<std::unique_ptr<SandboxTool>> tools;
    tools.push_back(std::make_unique<CompaniesEndpoints>());
    tools.push_back(std::make_unique<ProjectsEndpoints>());
    tools.push_back(std::make_unique<BudgetEndpoints>());
    tools.push_back(std::make_unique<DailyLogEndpoints>());
    tools.push_back(std::make_unique<SubmittalsEndpoints>());
    tools.push_back(std::make_unique<UploadsEndpoints>());
    tools.push_back(std::make_unique<DrawingsEndpoints>());
    tools.push_back(std::make_unique<PhotosEndpoints>());
    return tools;
}

} // namespace sandbox
