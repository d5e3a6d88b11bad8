#pragma once

#include <QByteArray>
#include <QList>

namespace sitedesk {

// The records of a list body exactly as Procore sent them: the elements of a bare array (v1.x)
// or of the "data" array of an object (v2.x), each as its own bytes. The cache stores these
// instead of re-serialising every parsed record, which cost a tenth of a sync's CPU and could
// reformat what Procore wrote. Empty when the body is no such list or is malformed; callers
// check the count against the parsed document before trusting it.
QList<QByteArray> listBodyItems(const QByteArray &body);

} // namespace sitedesk
