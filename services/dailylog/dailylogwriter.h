#pragma once

#include "dailylog/dailylogentry.h"

#include <QDate>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

namespace sitedesk {

class OutboxService;

// Adds and edits daily log entries through the outbox: every change is stored at once (so it
// shows in the day view and survives a restart) and reaches Procore when the network allows.
// Fields are Procore's create/update body fields (DailyLogField keys); the date is the day's.
class DailyLogWriter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DailyLogWriter)

public:
    explicit DailyLogWriter(OutboxService *outbox, QObject *parent = nullptr);

    // Writes Procore's answer to a sent change into DailyLogStore (once per process).
    static void registerApplier();

    // The outbox id of the new change, or 0 with *error set.
    qint64 create(qint64 projectId, const QString &type, const QDate &date, const QJsonObject &fields, QString *error = nullptr);
    // An edit of an entry Procore has; merged into an edit of it that still waits.
    qint64 edit(const DailyLogEntry &entry, const QJsonObject &fields, QString *error = nullptr);
    // A change that still waits (a draft, or one Procore refused) rewritten and sent again.
    bool revise(qint64 outboxId, const QJsonObject &fields, QString *error = nullptr);
    // Copies the manpower of the last earlier day that has some onto `date`; how many entries
    // were copied (0 with *error empty when there was nothing to copy).
    int copyManpower(qint64 projectId, const QDate &date, QString *error = nullptr);

private:
    bool ready(QString *error) const;
    qint64 companyOf(qint64 projectId) const;

    QPointer<OutboxService> m_outbox;
};

} // namespace sitedesk
