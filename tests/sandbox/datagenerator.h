#pragma once

#include "sandboxdata.h"
#include "sandboxtool.h"
#include "scale.h"

namespace sandbox {

// Builds the sandbox's data: every tool in order, each from its own random stream derived from
// the seed and the tool's name. Same seed and scale → the same records, byte for byte.
class DataGenerator
{
public:
    static SandboxData generate(const std::vector<std::unique_ptr<SandboxTool>> &tools, quint32 seed, Scale scale);
};

} // namespace sandbox
