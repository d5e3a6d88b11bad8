#include "outbox/outboxentry.h"

#include <array>
#include <utility>

namespace sitedesk {

namespace {

constexpr std::array<std::pair<OutboxEntry::State, const char *>, 5> names{{
    {OutboxEntry::State::Pending, "pending"},
    {OutboxEntry::State::Sending, "sending"},
    {OutboxEntry::State::Rejected, "rejected"},
    {OutboxEntry::State::Conflict, "conflict"},
    {OutboxEntry::State::Uncertain, "uncertain"},
}};

} // namespace

QString OutboxEntry::stateName(State state)
{
    for (const auto &[value, name] : names)
        if (value == state)
            return QString::fromLatin1(name);
    return QStringLiteral("pending");
}

OutboxEntry::State OutboxEntry::stateFromName(const QString &name)
{
    for (const auto &[value, text] : names)
        if (name == QLatin1String(text))
            return value;
    return State::Pending;
}

} // namespace sitedesk
