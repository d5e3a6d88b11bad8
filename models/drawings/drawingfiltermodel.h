#pragma once

#include <QCollator>
#include <QSortFilterProxyModel>
#include <QStringList>

namespace sitedesk {

class DrawingLogModel;

// The drawing log as the user narrows it: search-as-you-type over number and title (every
// typed word, case- and accent-insensitive), and an area, discipline and set chosen in the
// tree or the filters. Numbers sort naturally ("A-9" before "A-10"), dates chronologically.
// Reads the source's rows directly, so a keystroke over 20,000 drawings stays well under 50 ms.
class DrawingFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DrawingFilterModel)

public:
    explicit DrawingFilterModel(QObject *parent = nullptr);

    void setLog(DrawingLogModel *log);
    void setSearchText(const QString &text);
    void setArea(qint64 areaId);                  // 0: every area
    void setDiscipline(const QString &discipline); // "": every discipline
    void setSetId(qint64 setId);                  // 0: every set
    qint64 area() const { return m_areaId; }
    QString discipline() const { return m_discipline; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    DrawingLogModel *m_log = nullptr;
    QStringList m_words;
    qint64 m_areaId = 0;
    QString m_discipline;
    qint64 m_setId = 0;
    QCollator m_collator;
};

} // namespace sitedesk
