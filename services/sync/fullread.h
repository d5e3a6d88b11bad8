#pragma once

#include "sync/toolsync.h"

#include <QString>

namespace sitedesk {

// What Procore cannot filter by updated_at or report as deleted — the drawing areas' drawings
// lists, the submittals that left the log — is read in full on a first sync and whenever an
// incremental sync shows news, and otherwise only when the last full read is this old: a re-sync
// with nothing changed then costs one request per endpoint (procore-api.md: "periodic full
// re-reads"), or when the user asks to check everything (SyncContext::everything). Each kind of
// full read is a sync_state row of its own (tool `what`).
namespace fullread {

constexpr qint64 maxAgeSecs = 6 * 60 * 60;

bool isDue(const SyncContext &context, const QString &what);
void markDone(const SyncContext &context, const QString &what);

} // namespace fullread
} // namespace sitedesk
