#pragma once

#include <QByteArray>
#include <QLocale>
#include <QModelIndexList>
#include <QString>

class QAbstractItemModel;

namespace sitedesk {

// The budget table as text, rows in the order shown (tree rows flattened depth first, each
// row's label indented by its level), amounts as plain decimals (DecimalTextRole: "-1234.50",
// never the formatted "($1,234.50)") so spreadsheets read them as numbers.
namespace budgetexport {

enum class Format {
    Tsv,     // tab-separated, for the clipboard
    Csv,     // RFC 4180: comma, CRLF, UTF-8, '.' as the decimal point
    Excel    // what Excel opens by double click in the user's locale: UTF-8 BOM, the locale's
             // decimal point, ';' when that point is ',', CRLF
};

// The whole model (every expanded or not row), with a header line.
QByteArray table(const QAbstractItemModel &model, Format format, const QLocale &locale = QLocale::c());
// Just the selected cells, as their rows and columns (for Copy).
QString selection(const QModelIndexList &selected);

} // namespace budgetexport
} // namespace sitedesk
