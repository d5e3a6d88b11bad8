#include "sandboxdata.h"

#include <algorithm>

namespace sandbox {

namespace {

const QString idKey = QStringLiteral("id");
const QString updatedKey = QStringLiteral("updated_at");
const QString createdKey = QStringLiteral("created_at");
const QString deletedKey = QStringLiteral("deleted_at");

} // namespace

SandboxData::SandboxData() : m_clock(epoch())
{
}

QDateTime SandboxData::epoch()
{
    return QDateTime(QDate(2026, 1, 5), QTime(8, 0), Qt::UTC);
}

QString SandboxData::timestamp(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'"));
}

bool SandboxData::isDeleted(const QJsonObject &record)
{
    return record.value(deletedKey).isString();
}

QJsonObject *SandboxData::find(const QString &collectionName, qint64 id)
{
    if (!hasCollection(collectionName))
        return nullptr;
    for (QJsonObject &record : collection(collectionName))
        if (record.value(idKey).toInteger() == id && !isDeleted(record))
            return &record;
    return nullptr;
}

QJsonObject *SandboxData::patch(const QString &collectionName, qint64 id, const QJsonObject &fields)
{
    QJsonObject *record = find(collectionName, id);
    if (!record)
        return nullptr;
    for (auto it = fields.begin(); it != fields.end(); ++it)
        if (it.key() != idKey)
            record->insert(it.key(), it.value());
    record->insert(updatedKey, tick());
    return record;
}

QJsonObject SandboxData::insert(const QString &collectionName, QJsonObject record)
{
    if (!record.value(idKey).isDouble())
        record.insert(idKey, nextId(collectionName));
    const QString time = tick();
    if (!record.contains(createdKey))
        record.insert(createdKey, time);
    record.insert(updatedKey, time);
    collection(collectionName).append(record);
    return record;
}

bool SandboxData::remove(const QString &collectionName, qint64 id)
{
    QJsonObject *record = find(collectionName, id);
    if (!record)
        return false;
    const QString time = tick();
    record->insert(deletedKey, time);
    record->insert(updatedKey, time);
    return true;
}

QString SandboxData::tick()
{
    m_clock = m_clock.addSecs(1);
    return now();
}

qint64 SandboxData::nextId(const QString &collectionName) const
{
    qint64 highest = 562949953421312;   // 15 digits, like Procore's ids
    for (const QJsonObject &record : m_collections.value(collectionName))
        highest = std::max(highest, record.value(idKey).toInteger());
    return highest + 1;
}

} // namespace sandbox
