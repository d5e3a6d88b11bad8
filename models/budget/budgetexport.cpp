#include "budget/budgetexport.h"

#include "budget/budgettreemodel.h"

#include <QAbstractItemModel>
#include <QMap>
#include <QStringList>

namespace sitedesk::budgetexport {

namespace {

struct Style
{
    QChar separator;
    QString lineEnd;
    QString decimalPoint;
};

Style styleOf(Format format, const QLocale &locale)
{
    switch (format) {
    case Format::Tsv: return {u'\t', QStringLiteral("\n"), QStringLiteral(".")};
    case Format::Csv: return {u',', QStringLiteral("\r\n"), QStringLiteral(".")};
    case Format::Excel: {
        const QString point = locale.decimalPoint();
        return {point == QLatin1String(",") ? u';' : u',', QStringLiteral("\r\n"), point};
    }
    }
    return {u',', QStringLiteral("\r\n"), QStringLiteral(".")};
}

QString quoted(const QString &text, const Style &style)
{
    if (style.separator == u'\t') {
        QString flat = text;
        return flat.replace(u'\t', u' ').replace(u'\n', u' ');
    }
    if (!text.contains(style.separator) && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r'))
        return text;
    QString escaped = text;
    return u'"' + escaped.replace(QStringLiteral("\""), QStringLiteral("\"\"")) + u'"';
}

QString cell(const QModelIndex &index, const Style &style, int depth)
{
    if (index.column() == 0)
        return quoted(QString(depth * 2, u' ') + index.data().toString(), style);
    QString value = index.data(BudgetTreeModel::DecimalTextRole).toString();
    if (value.isEmpty())
        value = index.data().toString();
    else if (style.decimalPoint != QLatin1String("."))
        value.replace(u'.', style.decimalPoint);
    return quoted(value, style);
}

void appendRows(const QAbstractItemModel &model, const QModelIndex &parent, int depth, const Style &style, QString *out)
{
    for (int row = 0; row < model.rowCount(parent); ++row) {
        QStringList cells;
        for (int column = 0; column < model.columnCount(parent); ++column)
            cells << cell(model.index(row, column, parent), style, depth);
        *out += cells.join(style.separator) + style.lineEnd;
        const QModelIndex child = model.index(row, 0, parent);
        if (model.hasChildren(child))
            appendRows(model, child, depth + 1, style, out);
    }
}

int depthOf(QModelIndex index)
{
    int depth = 0;
    while ((index = index.parent()).isValid())
        ++depth;
    return depth;
}

// A sort key that orders indexes as a depth-first walk of the tree shows them.
QString orderKey(QModelIndex index)
{
    QString key;
    for (; index.isValid(); index = index.parent())
        key.prepend(QStringLiteral("%1/").arg(index.row(), 8, 10, QLatin1Char('0')));
    return key;
}

} // namespace

QByteArray table(const QAbstractItemModel &model, Format format, const QLocale &locale)
{
    const Style style = styleOf(format, locale);
    QStringList header;
    for (int column = 0; column < model.columnCount(); ++column)
        header << quoted(model.headerData(column, Qt::Horizontal).toString(), style);
    QString out = header.join(style.separator) + style.lineEnd;
    appendRows(model, {}, 0, style, &out);
    QByteArray bytes = out.toUtf8();
    if (format == Format::Excel)
        bytes.prepend("\xEF\xBB\xBF");
    return bytes;
}

QString selection(const QModelIndexList &selected)
{
    const Style style = styleOf(Format::Tsv, QLocale::c());
    QMap<QString, QMap<int, QModelIndex>> rows;   // row order key → column → index
    for (const QModelIndex &index : selected)
        rows[orderKey(index.siblingAtColumn(0))].insert(index.column(), index);
    QString out;
    for (const auto &columns : std::as_const(rows)) {
        QStringList cells;
        for (const QModelIndex &index : columns)
            cells << cell(index, style, depthOf(index));
        out += cells.join(style.separator) + style.lineEnd;
    }
    return out;
}

} // namespace sitedesk::budgetexport
