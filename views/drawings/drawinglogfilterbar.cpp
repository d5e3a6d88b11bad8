#include "drawings/drawinglogfilterbar.h"

#include "drawings/drawingfiltermodel.h"
#include "drawings/drawinglogmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace sitedesk {

DrawingLogFilterBar::DrawingLogFilterBar(DrawingLogModel *log, DrawingFilterModel *filter, QWidget *parent)
    : QWidget(parent),
      m_log(log),
      m_filter(filter),
      m_search(new QLineEdit(this)),
      m_sets(new QComboBox(this)),
      m_disciplines(new QComboBox(this)),
      m_currentOnly(new QCheckBox(tr("Current only"), this))
{
    m_search->setObjectName(QStringLiteral("drawingSearch"));
    m_search->setPlaceholderText(tr("Search sheet number or title"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(160);
    m_sets->setObjectName(QStringLiteral("drawingSetFilter"));
    m_sets->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_sets->setToolTip(tr("Show the sheets of one drawing set"));
    m_disciplines->setObjectName(QStringLiteral("drawingDisciplineFilter"));
    m_disciplines->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_disciplines->setToolTip(tr("Show the sheets of one discipline"));
    m_currentOnly->setObjectName(QStringLiteral("drawingCurrentOnly"));
    m_currentOnly->setChecked(true);
    m_currentOnly->setToolTip(tr("Show only each sheet's current revision; clear it to list every revision"));

    // The search gets a row of its own, so it keeps its room beside a narrow log.
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_sets);
    filters->addWidget(m_disciplines);
    filters->addWidget(m_currentOnly);
    filters->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addLayout(filters);

    connect(m_search, &QLineEdit::textChanged, m_filter, &DrawingFilterModel::setSearchText);
    connect(m_sets, &QComboBox::currentIndexChanged, this, [this] { m_filter->setSetId(m_sets->currentData().toLongLong()); });
    connect(m_disciplines, &QComboBox::currentIndexChanged, this, [this] {
        const QString discipline = m_disciplines->currentData().toString();
        m_filter->setDiscipline(discipline);
        emit disciplineChosen(discipline);
    });
    connect(m_currentOnly, &QCheckBox::toggled, this, [this](bool currentOnly) { m_log->setAllRevisions(!currentOnly); });
}

void DrawingLogFilterBar::setChoices(QComboBox *combo, const QString &allText, const QList<QPair<QString, QVariant>> &choices)
{
    const QVariant chosen = combo->currentData();
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(allText, QVariant());
    for (const auto &[text, value] : choices)
        combo->addItem(text, value);
    combo->setCurrentIndex(chosen.isValid() ? std::max(0, combo->findData(chosen)) : 0);
}

void DrawingLogFilterBar::reload(const QList<DrawingSet> &sets)
{
    QList<QPair<QString, QVariant>> setItems;
    for (const DrawingSet &set : sets)
        setItems.append({set.name, set.id});
    setChoices(m_sets, tr("All drawing sets"), setItems);
    QStringList disciplines;
    for (const DrawingRow &row : m_log->rows())
        if (!row.discipline.isEmpty() && !disciplines.contains(row.discipline))
            disciplines.append(row.discipline);
    disciplines.sort(Qt::CaseInsensitive);
    QList<QPair<QString, QVariant>> disciplineChoices;
    for (const QString &discipline : std::as_const(disciplines))
        disciplineChoices.append({discipline, discipline});
    setChoices(m_disciplines, tr("All disciplines"), disciplineChoices);
}

void DrawingLogFilterBar::showDiscipline(const QString &discipline)
{
    const QSignalBlocker blocker(m_disciplines);
    m_disciplines->setCurrentIndex(discipline.isEmpty() ? 0 : std::max(0, m_disciplines->findData(discipline)));
}

} // namespace sitedesk
