#pragma once

#include "sandboxdata.h"

#include <QRandomGenerator>

namespace sandbox {

// Companies, projects and the signed-in user, in Procore's shapes (15-digit ids, non-ASCII
// names, nulls where Procore leaves values out, and a few fields the client does not know).
void generateCompaniesAndProjects(SandboxData &data, QRandomGenerator &random, SandboxData::Scale scale,
                                  const QDateTime &epoch);

} // namespace sandbox
