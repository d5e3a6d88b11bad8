#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace sitedesk {

// One field of the add/edit form of a daily log type, named as Procore's create/update body
// names it. The form is built from these, so one dialog serves every editable type.
struct DailyLogField
{
    enum class Kind {
        Text,       // a line of text
        LongText,   // comments, notes
        Integer,    // whole numbers ≥ 0 (num_workers)
        Decimal,    // numbers ≥ 0 with a fraction (num_hours)
        Vendor,     // a company of the project's directory, sent as its id ("vendor_id")
        Location,   // typed as Procore's path "Building 1>Level 2", sent as mt_location tiers
        Choice      // one of `choices`, or free text
    };

    QString key;        // body key: "num_workers", "vendor_id", "mt_location"
    QString label;      // translated
    Kind kind = Kind::Text;
    QStringList choices;
    bool required = false;

    // The types Sitedesk can add and edit (the common field ones).
    static QStringList editableTypes();
    static bool isEditable(const QString &type) { return editableTypes().contains(type); }
    static QList<DailyLogField> forType(const QString &type);

    // The form's starting value from an entry as Procore sent it (or a draft's body): text,
    // a number, a vendor id, or a location path.
    QJsonValue initialValue(const QJsonObject &raw) const;
    // "Building 1 > Level 2 >" → ["Building 1", "Level 2"]; empty tiers are dropped.
    static QStringList locationTiers(const QString &path);
    // The key of the related record a vendor field's id names: "vendor_id" → "vendor".
    QString relatedKey() const;
};

} // namespace sitedesk
