#include "datagenerator.h"

namespace sandbox {

namespace {

// FNV-1a: qHash is randomised per process, this is not.
quint32 stableHash(const QString &text)
{
    quint32 hash = 2166136261u;
    for (const char byte : text.toUtf8()) {
        hash ^= static_cast<unsigned char>(byte);
        hash *= 16777619u;
    }
    return hash;
}

} // namespace

SandboxData DataGenerator::generate(const std::vector<std::unique_ptr<SandboxTool>> &tools, quint32 seed, Scale scale)
{
    SandboxData data;
    for (const auto &tool : tools) {
        const quint32 seeds[] = {seed, stableHash(tool->name())};
        QRandomGenerator random(seeds, 2);
        tool->generate(data, random, scale);
    }
    return data;
}

} // namespace sandbox
