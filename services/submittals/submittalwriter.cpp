#include "submittals/submittalwriter.h"

#include "cache/cachedatabase.h"
#include "outbox/outboxservice.h"
#include "outbox/outboxstore.h"
#include "projects/projectstore.h"
#include "submittals/submittal.h"
#include "submittals/submittalstore.h"

namespace sitedesk {

namespace {

const QString bodyKey = QStringLiteral("submittal");

} // namespace

SubmittalWriter::SubmittalWriter(OutboxService *outbox, QObject *parent)
    : QObject(parent),
      m_outbox(outbox)
{
}

void SubmittalWriter::registerApplier()
{
    OutboxService::registerApplier(Submittal::tool(), [](CacheDatabase &cache, const OutboxEntry &change, const QJsonObject &response) {
        const auto submittal = Submittal::fromJson(response, change.projectId);
        // An answer without a usable submittal changes nothing here; the next sync brings Procore's copy.
        return !submittal || SubmittalStore(cache).merge(change.projectId, {*submittal});
    });
}

bool SubmittalWriter::ready(QString *error) const
{
    if (m_outbox && m_outbox->cache() && m_outbox->cache()->isOpen())
        return true;
    if (error)
        *error = tr("Sign in and choose a project to edit submittals.");
    return false;
}

std::optional<OutboxEntry> SubmittalWriter::waitingEdit(qint64 submittalId) const
{
    if (!ready(nullptr))
        return std::nullopt;
    const QList<OutboxEntry> waiting = OutboxStore(*m_outbox->cache()).forItem(Submittal::itemKey(submittalId));
    if (waiting.isEmpty())
        return std::nullopt;
    return waiting.last();
}

qint64 SubmittalWriter::edit(const Submittal &submittal, const QJsonObject &fields, QString *error)
{
    if (!ready(error))
        return 0;
    OutboxStore store(*m_outbox->cache());
    for (OutboxEntry waiting : store.forItem(Submittal::itemKey(submittal.id))) {
        if (waiting.state == OutboxEntry::State::Sending || waiting.state == OutboxEntry::State::Conflict)
            continue;   // on the wire, or for the user to resolve in the Outbox: a new change follows it
        QJsonObject body = waiting.body.value(bodyKey).toObject();
        for (auto it = fields.begin(); it != fields.end(); ++it)
            body.insert(it.key(), it.value());
        waiting.body = QJsonObject{{bodyKey, body}};
        waiting.state = OutboxEntry::State::Pending;
        waiting.error.clear();
        waiting.fieldErrors = {};
        if (!store.update(waiting, error))
            return 0;
        m_outbox->flush();
        return waiting.id;
    }
    const auto project = ProjectStore(*m_outbox->cache()).find(submittal.projectId);
    OutboxEntry change;
    change.companyId = project ? project->companyId : 0;
    change.projectId = submittal.projectId;
    change.tool = Submittal::tool();
    change.method = QStringLiteral("PATCH");
    change.path = Submittal::pathOf(submittal.projectId, submittal.id);
    change.body = QJsonObject{{bodyKey, fields}};
    change.itemKey = Submittal::itemKey(submittal.id);
    change.baseUpdatedAt = submittal.updatedAt;
    change.summary = tr("Edit submittal %1 – %2").arg(submittal.number, submittal.title);
    return m_outbox->submit(change, error);
}

} // namespace sitedesk
