#include "sandboxtool.h"

#include "budgetendpoints.h"
#include "companiesendpoints.h"
#include "dailylogendpoints.h"
#include "projectsendpoints.h"

namespace sandbox {

std::vector<std::unique_ptr<SandboxTool>> SandboxTool::all()
{
    std::vector<std::unique_ptr<SandboxTool>> tools;
    tools.push_back(std::make_unique<CompaniesEndpoints>());
    tools.push_back(std::make_unique<ProjectsEndpoints>());
    tools.push_back(std::make_unique<BudgetEndpoints>());
    tools.push_back(std::make_unique<DailyLogEndpoints>());
    return tools;
}

} // namespace sandbox
