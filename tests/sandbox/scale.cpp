#include "scale.h"

#include <QList>
#include <QPair>

namespace sandbox {

bool parseScale(const QString &text, Scale *scale)
{
    static const QList<QPair<QString, Scale>> names{{QStringLiteral("tiny"), Scale::Tiny}, {QStringLiteral("demo"), Scale::Demo},
                                                    {QStringLiteral("large"), Scale::Large}, {QStringLiteral("huge"), Scale::Huge}};
    for (const auto &[name, value] : names) {
        if (name == text) {
            *scale = value;
            return true;
        }
    }
    return false;
}

} // namespace sandbox
