#pragma once

#include "submittals/submittal.h"
#include "submittals/submittalrow.h"

#include <QList>

#include <optional>

namespace sitedesk {

class CacheDatabase;

// Reads and writes a project's submittals (schema v9). Every write is one transaction (a
// savepoint inside a caller's): on a failure the cached log stays exactly as it was.
class SubmittalStore
{
public:
    static QString table() { return QStringLiteral("submittals"); }

    struct Status
    {
        qint64 id = 0;
        QString name;
        QString group;
    };

    explicit SubmittalStore(CacheDatabase &database);

    // The project's submittals become exactly `submittals` (a full read: the deleted ones go).
    bool replaceAll(qint64 projectId, const QList<Submittal> &submittals, QString *error = nullptr);
    // Adds or updates `submittals` (an incremental read, Procore's answer to an edit, a refresh).
    bool merge(qint64 projectId, const QList<Submittal> &submittals, QString *error = nullptr);

    QList<SubmittalRow> log(qint64 projectId) const;   // by id; the models sort
    QList<Submittal> all(qint64 projectId) const;      // as stored, for export, by id
    std::optional<Submittal> find(qint64 id) const;
    int count(qint64 projectId) const;
    // The statuses the project's submittals use, by name: the choices of the edit form.
    QList<Status> statuses(qint64 projectId) const;

private:
    bool insert(qint64 projectId, const QList<Submittal> &submittals, QString *error);

    CacheDatabase &m_database;
};

} // namespace sitedesk
