#pragma once

#include <QString>

namespace sitedesk {

// One line of the submittal log, as the log, its filters and groups need it: the typed columns
// only (read in one query, no JSON), plus the user's change that Procore has not confirmed yet.
struct SubmittalRow
{
    qint64 id = 0;
    QString number;
    QString revision;
    QString title;
    QString specSection;
    QString type;
    qint64 statusId = 0;
    QString statusName;
    QString statusGroup;            // "Draft", "Open", "Closed"
    QString ballInCourt;            // names, comma-separated
    QString ballInCourtIds;         // ",id,id,"
    QString responsibleContractor;
    QString dueDate;                // ISO day
    QString requiredOnSiteDate;     // ISO day
    QString updatedAt;
    QString searchText;             // number, title and spec section folded for search-as-you-type
    QString pendingState;           // the outbox state of a waiting edit ("pending", "rejected" …); "" = none

    bool isClosed() const { return statusGroup.compare(QLatin1String("Closed"), Qt::CaseInsensitive) == 0; }
    bool hasBallInCourt(qint64 userId) const
    {
        return userId != 0 && ballInCourtIds.contains(QLatin1Char(',') + QString::number(userId) + QLatin1Char(','));
    }
};

} // namespace sitedesk
