#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace sitedesk {

// A Procore company as listed by GET /rest/v1.0/companies. `raw` is the record exactly as
// Procore sent it (unknown fields included); export writes it back out unchanged.
struct Company
{
    qint64 id = 0;
    QString name;
    bool isActive = true;
    QJsonObject raw;
    bool isMine = false;   // Procore's my_company: the signed-in user's own company

    // nullopt when the object has no usable id.
    static std::optional<Company> fromJson(const QJsonObject &object);
    // Where to start when no company is chosen yet: the user's own, else the first; -1 if none.
    static qsizetype preferredIndex(const QList<Company> &companies);
};

} // namespace sitedesk
