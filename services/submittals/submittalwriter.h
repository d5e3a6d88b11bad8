#pragma once

#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <optional>

namespace sitedesk {

class OutboxService;
struct OutboxEntry;
struct Submittal;

// Edits submittals through the outbox: the change is stored at once (the log and the detail
// show it, a restart keeps it) and reaches Procore as
// PATCH /rest/v1.1/projects/{project_id}/submittals/{id} {"submittal": {fields}} when the
// network allows. Fields are Procore's update fields: title, description, due_date, status_id.
// The submittal's updated_at goes along, so someone else's edit in Procore becomes a conflict
// in the Outbox panel instead of being overwritten.
class SubmittalWriter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SubmittalWriter)

public:
    explicit SubmittalWriter(OutboxService *outbox, QObject *parent = nullptr);

    // Writes Procore's answer to a sent edit into SubmittalStore (once per process).
    static void registerApplier();

    // The outbox id of the change, or 0 with *error set. An edit that still waits (or that
    // Procore refused) takes the new fields and is sent again.
    qint64 edit(const Submittal &submittal, const QJsonObject &fields, QString *error = nullptr);
    // The submittal's edit not yet confirmed by Procore, with its state and 422 field errors.
    std::optional<OutboxEntry> waitingEdit(qint64 submittalId) const;

private:
    bool ready(QString *error) const;

    QPointer<OutboxService> m_outbox;
};

} // namespace sitedesk
