#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace sandbox {

// The generated demo company: deterministic for a seed and scale (timestamps come from a fixed
// epoch and a sandbox clock that only admin changes advance, never from the wall clock).
// Each Procore resource is a named collection of JSON records; a new tool adds a collection
// in its own generator file and its endpoints beside it.
class SandboxData
{
public:
    enum class Scale { Tiny, Demo, Large, Huge };

    static bool parseScale(const QString &text, Scale *scale);
    static SandboxData generate(quint32 seed, Scale scale);

    QJsonObject me;
    QMap<QString, QList<QJsonObject>> collections;

    QList<QJsonObject> &collection(const QString &name) { return collections[name]; }
    bool hasCollection(const QString &name) const { return collections.contains(name); }
    QJsonObject *find(const QString &collectionName, qint64 id);
    bool remove(const QString &collectionName, qint64 id);

    // The sandbox clock, as Procore formats it ("2026-01-05T08:00:00Z").
    QString now() const;
    // Moves the clock on by a second and returns the new time (for changes made through admin).
    QString tick();
    qint64 nextId(const QString &collectionName) const;

private:
    QDateTime m_clock;
};

} // namespace sandbox
