#include "core/searchtext.h"

#include <QRegularExpression>

namespace sitedesk::search {

namespace {

// Letters that carry no combining mark under Unicode decomposition but that users type
// without the accent anyway.
QString spelledOut(QChar c)
{
    switch (c.unicode()) {
    case 0x00DF: return QStringLiteral("ss"); // ß
    case 0x00E6: return QStringLiteral("ae"); // æ
    case 0x0153: return QStringLiteral("oe"); // œ
    case 0x00F8: return QStringLiteral("o");  // ø
    case 0x0142: return QStringLiteral("l");  // ł
    case 0x0111: return QStringLiteral("d");  // đ
    case 0x00FE: return QStringLiteral("th"); // þ
    default: return QString(c);
    }
}

// Plain ASCII (most file names and descriptions) has nothing to decompose: lower-casing is all
// folding does to it, and it is many times cheaper than the Unicode path.
bool isAscii(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x80)
            return false;
    }
    return true;
}

} // namespace

QString fold(const QString &text)
{
    if (isAscii(text))
        return text.toLower();
    const QString decomposed = text.toCaseFolded().normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            folded += spelledOut(c);
    }
    return folded;
}

QStringList words(const QString &typed)
{
    static const QRegularExpression separators(QStringLiteral("\\s+"));
    return fold(typed).split(separators, Qt::SkipEmptyParts);
}

bool matchesAll(const QString &foldedText, const QStringList &foldedWords)
{
    for (const QString &word : foldedWords) {
        if (!foldedText.contains(word))
            return false;
    }
    return true;
}

} // namespace sitedesk::search
