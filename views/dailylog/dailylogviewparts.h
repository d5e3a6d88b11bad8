#pragma once

#include <QString>

class QAbstractItemModel;
class QLabel;
class QTableView;
class QWidget;

namespace sitedesk::dailylogviewparts {

// A read-only, row-selecting table as the Daily Log tab's lists and totals use it.
QTableView *makeTable(QAbstractItemModel *model, const QString &name, QWidget *parent);
// The centred text shown instead of an empty list.
QLabel *makeEmptyLabel(const QString &name, QWidget *parent);

} // namespace sitedesk::dailylogviewparts
