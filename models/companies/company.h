#pragma once

#include <QJsonObject>
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

    // nullopt when the object has no usable id.
    static std::optional<Company> fromJson(const QJsonObject &object);
};

} // namespace sitedesk
