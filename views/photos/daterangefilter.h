#pragma once

#include <QDate>
#include <QWidget>

class QComboBox;
class QDateEdit;

namespace sitedesk {

// "When" for the photo grid: any time, today, the last 7 or 30 days, or a custom from–to
// (two date fields with calendars, shown only for a custom range). Days are local calendar
// days, as the timeline groups them. rangeChanged() gives the range with a null date for an
// open end.
class DateRangeFilter final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DateRangeFilter)

public:
    enum class Preset { AnyTime, Today, Last7Days, Last30Days, Custom };

    explicit DateRangeFilter(QWidget *parent = nullptr);

    void setPreset(Preset preset);
    Preset preset() const;
    // Switches to Custom with these days (a `to` before `from` is moved up to it).
    void setCustomRange(const QDate &from, const QDate &to);
    // The day "today" means (tests pin it; default: the computer's date when asked).
    void setToday(const QDate &today) { m_today = today; }

    QDate from() const { return m_from; }
    QDate to() const { return m_to; }
    QComboBox *presetChooser() const { return m_preset; }
    QDateEdit *fromEdit() const { return m_fromEdit; }
    QDateEdit *toEdit() const { return m_toEdit; }

signals:
    void rangeChanged(const QDate &from, const QDate &to);

private:
    void apply();
    void setRange(const QDate &from, const QDate &to);
    QDate today() const { return m_today.isValid() ? m_today : QDate::currentDate(); }

    QComboBox *m_preset;
    QDateEdit *m_fromEdit;
    QDateEdit *m_toEdit;
    QDate m_today;
    QDate m_from;
    QDate m_to;
    bool m_customChosen = false;   // the date fields hold the user's days, not the defaults
};

} // namespace sitedesk
