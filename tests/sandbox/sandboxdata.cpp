#include "sandboxdata.h"

#include "projectsgenerator.h"



namespace sandbox {

namespace {
const QDateTime epoch(QDate(2026, 1, 5), QTime(8, 0), Qt::UTC);
}

bool SandboxData::parseScale(const QString &text, Scale *scale)
{
    const QMap<QString, Scale> names{{QStringLiteral("tiny"), Scale::Tiny}, {QStringLiteral("demo"), Scale::Demo},
                                     {QStringLiteral("large"), Scale::Large}, {QStringLiteral("huge"), Scale::Huge}};
    if (!names.contains(text))
        return false;
    *scale = names.value(text);
    return true;
}

SandboxData SandboxData::generate(quint32 seed, Scale scale)
{
    SandboxData data;
    data.m_clock = epoch;
    QRandomGenerator random(seed);
    generateCompaniesAndProjects(data, random, scale, epoch);
    return data;
}

QJsonObject *SandboxData::find(const QString &collectionName, qint64 id)
{
    QList<QJsonObject> &items = collection(collectionName);
    for (QJsonObject &item : items)
        if (item.value(QLatin1String("id")).toInteger() == id)
            return &item;
    return nullptr;
}

bool SandboxData::remove(const QString &collectionName, qint64 id)
{
    QList<QJsonObject> &items = collection(collectionName);
    return items.removeIf([id](const QJsonObject &item) { return item.value(QLatin1String("id")).toInteger() == id; }) > 0;
}

QString SandboxData::now() const
{
    return m_clock.toString(Qt::ISODate);
}

QString SandboxData::tick()
{
    m_clock = m_clock.addSecs(1);
    return now();
}

qint64 SandboxData::nextId(const QString &collectionName) const
{
    qint64 highest = 562949953421312;
    for (const QJsonObject &item : collections.value(collectionName))
        highest = std::max(highest, item.value(QLatin1String("id")).toInteger());
    return highest + 1;
}

} // namespace sandbox
