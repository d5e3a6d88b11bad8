#include "core/naturalorder.h"

#include <QStringView>

namespace sitedesk {

namespace {

// The next run of digits or of non-digits starting at `pos`.
QStringView nextChunk(const QString &text, qsizetype pos)
{
    const bool digits = text.at(pos).isDigit();
    qsizetype end = pos;
    while (end < text.size() && text.at(end).isDigit() == digits)
        ++end;
    return QStringView(text).mid(pos, end - pos);
}

int compareNumbers(QStringView a, QStringView b)
{
    while (a.size() > 1 && a.front() == u'0')
        a = a.mid(1);
    while (b.size() > 1 && b.front() == u'0')
        b = b.mid(1);
    if (a.size() != b.size())
        return a.size() < b.size() ? -1 : 1; // more digits, bigger number
    return a.compare(b);
}

} // namespace

int naturalCompare(const QString &left, const QString &right, const QCollator &collator)
{
    qsizetype l = 0;
    qsizetype r = 0;
    while (l < left.size() && r < right.size()) {
        const QStringView a = nextChunk(left, l);
        const QStringView b = nextChunk(right, r);
        const bool bothNumbers = a.front().isDigit() && b.front().isDigit();
        const int order = bothNumbers ? compareNumbers(a, b) : collator.compare(a, b);
        if (order != 0)
            return order < 0 ? -1 : 1;
        l += a.size();
        r += b.size();
    }
    if (l < left.size())
        return 1;
    return r < right.size() ? -1 : 0;
}

} // namespace sitedesk
