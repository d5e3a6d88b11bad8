#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace sandbox {

// All the sandbox's Procore records: named collections ("companies", "projects", later
// "drawings", "images" …) of JSON objects in Procore's own shapes, so endpoints mostly pick,
// filter and page. Deterministic: timestamps come from a fixed epoch and a sandbox clock that
// only admin changes move on (one second each), never from the wall clock.
//
// A deleted record stays in its collection as a tombstone with `deleted_at` set (and
// `updated_at` bumped), so endpoints that offer filters[include_deleted] can report it; every
// other endpoint hides it (ListEndpoint does both).
class SandboxData
{
public:
    SandboxData();

    // The fixed epoch: generated data is older, admin changes are newer.
    static QDateTime epoch();
    static QString timestamp(const QDateTime &time);   // "2026-01-05T08:00:00Z"

    QJsonObject me() const { return m_me; }
    void setMe(const QJsonObject &me) { m_me = me; }

    bool hasCollection(const QString &name) const { return m_collections.contains(name); }
    // The records with tombstones; creates an empty collection on first use.
    QList<QJsonObject> &collection(const QString &name) { return m_collections[name]; }
    QList<QJsonObject> collection(const QString &name) const { return m_collections.value(name); }

    // The live (not deleted) record with this id, or nullptr.
    QJsonObject *find(const QString &collectionName, qint64 id);
    // Admin changes, each one tick of the sandbox clock later than the last.
    QJsonObject *patch(const QString &collectionName, qint64 id, const QJsonObject &fields);
    QJsonObject insert(const QString &collectionName, QJsonObject record);
    bool remove(const QString &collectionName, qint64 id);

    QString now() const { return timestamp(m_clock); }

    static bool isDeleted(const QJsonObject &record);

private:
    QString tick();
    qint64 nextId(const QString &collectionName) const;

    QJsonObject m_me;
    QMap<QString, QList<QJsonObject>> m_collections;
    QDateTime m_clock;
};

} // namespace sandbox
