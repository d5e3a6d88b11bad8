#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace sitedesk {

// One change the user made that Procore has not confirmed yet: a create or an edit, stored
// before anything is sent so that a crash, a kill or a dropped network never loses it.
struct OutboxEntry
{
    enum class State {
        Pending,    // waiting to be sent (offline, or a transient failure: tried again later)
        Sending,    // on the wire; found at start-up, it means Sitedesk stopped mid-send
        Rejected,   // Procore refused it (422 and other 4xx): the user edits, retries or discards
        Conflict,   // the item changed in Procore since the user started editing
        Uncertain   // a create interrupted mid-send: it may have reached Procore; the user decides
    };

    qint64 id = 0;                 // local, increasing: entries are sent in this order
    qint64 companyId = 0;
    qint64 projectId = 0;
    QString tool;                  // "submittals", "daily_log", … (the applier's key)
    QString method;                // "POST", "PATCH", "DELETE"
    QString path;                  // "/rest/v1.1/projects/1/submittals/2"
    QString checkPath;             // GET path for the conflict check; "" = path
    QJsonObject body;
    QString itemKey;               // "submittal:2", "manpower_logs:new-7": orders one item's changes
    QString summary;               // for the user, e.g. "Edit submittal 12 – Doors"
    QString baseUpdatedAt;         // the item's updated_at when editing began; "" = no check
    State state = State::Pending;
    QString error;                 // the last failure, in words
    QJsonObject fieldErrors;       // Procore's 422 "errors": {"field": ["message", …]}
    QJsonObject serverVersion;     // the item as Procore has it, after a conflict
    int attempts = 0;
    QDateTime createdAt;           // UTC
    QDateTime updatedAt;           // UTC, last state change

    bool needsUser() const { return state == State::Rejected || state == State::Conflict || state == State::Uncertain; }
    // A create may not be sent twice blindly: Procore has no idempotency key.
    bool isCreate() const { return method == QLatin1String("POST"); }

    static QString stateName(State state);            // stored form: "pending", …
    static State stateFromName(const QString &name);  // unknown → Pending
};

} // namespace sitedesk
