#pragma once

#include <QString>

namespace sandbox {

// How much data the sandbox generates (--scale). Each tool decides what a scale means for it.
enum class Scale { Tiny, Demo, Large, Huge };

bool parseScale(const QString &text, Scale *scale);

} // namespace sandbox
