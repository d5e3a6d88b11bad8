#pragma once

#include "router.h"
#include "sandboxdata.h"
#include "scale.h"

#include <QRandomGenerator>

#include <memory>
#include <vector>

namespace sandbox {

// One Procore tool in the sandbox (companies, projects, later drawings, submittals, photos …):
// it generates its collections and adds its /rest routes. To add a tool, write one subclass
// and list it in SandboxTool::all().
class SandboxTool
{
public:
    virtual ~SandboxTool() = default;

    // A stable name: it seeds the tool's own random stream, so adding a tool never changes the
    // data of the others for the same --seed.
    virtual QString name() const = 0;
    // Fills the tool's collections. Runs after the tools listed before it (projects may read
    // companies). Every timestamp must lie before SandboxData::epoch().
    virtual void generate(SandboxData &data, QRandomGenerator &random, Scale scale) const = 0;
    virtual void addRoutes(Router &router) const = 0;

    // Every tool, in generation order.
    static std::vector<std::unique_ptr<SandboxTool>> all();
};

} // namespace sandbox
