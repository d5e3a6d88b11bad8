#include "photos/daterangefilter.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QSignalBlocker>

namespace sitedesk {

DateRangeFilter::DateRangeFilter(QWidget *parent)
    : QWidget(parent), m_preset(new QComboBox(this)), m_fromEdit(new QDateEdit(this)), m_toEdit(new QDateEdit(this))
{
    m_preset->addItem(tr("Any time"), int(Preset::AnyTime));
    m_preset->addItem(tr("Today"), int(Preset::Today));
    m_preset->addItem(tr("Last 7 days"), int(Preset::Last7Days));
    m_preset->addItem(tr("Last 30 days"), int(Preset::Last30Days));
    m_preset->addItem(tr("From… to…"), int(Preset::Custom));
    m_preset->setToolTip(tr("Show photos taken in this period"));
    m_preset->setAccessibleName(tr("Taken"));
    for (QDateEdit *edit : {m_fromEdit, m_toEdit}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
        edit->setVisible(false);
    }
    m_fromEdit->setToolTip(tr("First day"));
    m_fromEdit->setAccessibleName(tr("Taken from"));
    m_toEdit->setToolTip(tr("Last day"));
    m_toEdit->setAccessibleName(tr("Taken until"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_preset);
    layout->addWidget(m_fromEdit);
    layout->addWidget(m_toEdit);

    connect(m_preset, &QComboBox::currentIndexChanged, this, &DateRangeFilter::apply);
    connect(m_fromEdit, &QDateEdit::dateChanged, this, [this](const QDate &from) {
        if (m_toEdit->date() < from)
            m_toEdit->setDate(from);   // never an empty range by accident
        apply();
    });
    connect(m_toEdit, &QDateEdit::dateChanged, this, [this](const QDate &to) {
        if (m_fromEdit->date() > to)
            m_fromEdit->setDate(to);
        apply();
    });
}

void DateRangeFilter::setPreset(Preset preset)
{
    m_preset->setCurrentIndex(m_preset->findData(int(preset)));
}

DateRangeFilter::Preset DateRangeFilter::preset() const
{
    return Preset(m_preset->currentData().toInt());
}

void DateRangeFilter::setCustomRange(const QDate &from, const QDate &to)
{
    {
        const QSignalBlocker blockFrom(m_fromEdit);
        const QSignalBlocker blockTo(m_toEdit);
        m_fromEdit->setDate(from);
        m_toEdit->setDate(std::max(from, to));
    }
    m_customChosen = true;
    if (preset() == Preset::Custom)
        apply();
    else
        setPreset(Preset::Custom);
}

void DateRangeFilter::apply()
{
    const Preset chosen = preset();
    const bool custom = chosen == Preset::Custom;
    if (custom && !m_customChosen) {   // first time: start from the last 30 days
        const QSignalBlocker blockFrom(m_fromEdit);
        const QSignalBlocker blockTo(m_toEdit);
        m_fromEdit->setDate(today().addDays(-29));
        m_toEdit->setDate(today());
        m_customChosen = true;
    }
    m_fromEdit->setVisible(custom);
    m_toEdit->setVisible(custom);
    switch (chosen) {
    case Preset::AnyTime: return setRange({}, {});
    case Preset::Today: return setRange(today(), today());
    case Preset::Last7Days: return setRange(today().addDays(-6), today());
    case Preset::Last30Days: return setRange(today().addDays(-29), today());
    case Preset::Custom: return setRange(m_fromEdit->date(), m_toEdit->date());
    }
}

void DateRangeFilter::setRange(const QDate &from, const QDate &to)
{
    if (from == m_from && to == m_to)
        return;
    m_from = from;
    m_to = to;
    emit rangeChanged(from, to);
}

} // namespace sitedesk
